import { defineMessages } from '../defineMessages';

/** Strings for recovering from faults: a part of the page that failed, a data file to retry. */
export const recovery = defineMessages(
  {
    recovery: {
      part: {
        header: 'The header hit a problem and was closed. The map and the panel still work.',
        map: 'The map hit a problem and was closed. The panel and the lists still work.',
        panel: 'This panel hit a problem and was closed. The map still works.',
      },
      retry: 'Try again',
      retryFile: 'Retry loading {{file}}',
      reason: { network: 'network error', json: 'not valid JSON' },
      sourcesMissing: 'The sources of this record could not be loaded yet; retry the data file from its notice.',
      notLoaded: {
        links: 'Links could not be loaded, so none are shown here (not “none in these years”).',
        missions: 'Missions could not be loaded, so none are shown here.',
        events: 'Events could not be loaded, so none are shown here.',
        places: 'Places could not be loaded; ties to cities are missing.',
      },
    },
  },
  {
    ru: {
      recovery: {
        part: {
          header: 'В шапке страницы произошла ошибка, она закрыта. Карта и панель работают.',
          map: 'В карте произошла ошибка, она закрыта. Панель и списки работают.',
          panel: 'В этой панели произошла ошибка, и она закрыта. Карта работает.',
        },
        retry: 'Повторить',
        retryFile: 'Повторить загрузку {{file}}',
        reason: { network: 'ошибка сети', json: 'файл повреждён: это не JSON' },
        sourcesMissing: 'Источники этой записи пока не загрузились; повторите загрузку файла данных из уведомления.',
        notLoaded: {
          links: 'Связи не удалось загрузить, поэтому здесь их нет (это не значит «нет связей в эти годы»).',
          missions: 'Представительства не удалось загрузить, поэтому здесь их нет.',
          events: 'События не удалось загрузить, поэтому здесь их нет.',
          places: 'Не удалось загрузить населённые пункты; связи с городами не показаны.',
        },
      },
    },
    kk: {
      recovery: {
        part: {
          header: 'Беттің жоғарғы жолағында қате болды, ол жабылды. Карта мен панель жұмыс істейді.',
          map: 'Картада қате болды, ол жабылды. Панель мен тізімдер жұмыс істейді.',
          panel: 'Бұл панельде қате болды, ол жабылды. Карта жұмыс істейді.',
        },
        retry: 'Қайталау',
        retryFile: '{{file}} файлын қайта жүктеу',
        reason: { network: 'желі қатесі', json: 'файл бүлінген: JSON емес' },
        sourcesMissing: 'Бұл жазбаның дереккөздері әлі жүктелмеді; деректер файлын хабарламадан қайта жүктеңіз.',
        notLoaded: {
          links: 'Байланыстарды жүктеу мүмкін болмады, сондықтан олар мұнда жоқ («бұл жылдары байланыс жоқ» дегенді білдірмейді).',
          missions: 'Өкілдіктерді жүктеу мүмкін болмады, сондықтан олар мұнда жоқ.',
          events: 'Оқиғаларды жүктеу мүмкін болмады, сондықтан олар мұнда жоқ.',
          places: 'Елді мекендерді жүктеу мүмкін болмады; қалалармен байланыстар көрсетілмейді.',
        },
      },
    },
    zh: {
      recovery: {
        part: {
          header: '页眉出现问题，已关闭。地图和面板仍可使用。',
          map: '地图出现问题，已关闭。面板和列表仍可使用。',
          panel: '此面板出现问题，已关闭。地图仍可使用。',
        },
        retry: '重试',
        retryFile: '重新加载 {{file}}',
        reason: { network: '网络错误', json: '文件已损坏，不是有效的 JSON' },
        sourcesMissing: '该记录的来源尚未加载；请在提示中重新加载数据文件。',
        notLoaded: {
          links: '联系数据未能加载，因此此处没有显示（并非“这些年份没有联系”）。',
          missions: '驻外机构数据未能加载，因此此处没有显示。',
          events: '事件数据未能加载，因此此处没有显示。',
          places: '地点数据未能加载；与城市的联系未显示。',
        },
      },
    },
  },
);
