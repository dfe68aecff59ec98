import { defineMessages } from '../defineMessages';

/** Strings of offline use and updates: the service worker's notices and the first-visit-offline message. */
export const offline = defineMessages(
  {
    offline: {
      dataUpdated: 'The atlas data has been updated since your last visit.',
      newVersion: 'A new version of the atlas is available.',
      reload: 'Reload',
      firstVisit: 'You appear to be offline, and the atlas has not been saved on this device yet. Connect to the internet and reload: after one complete visit it also works offline.',
    },
  },
  {
    ru: {
      offline: {
        dataUpdated: 'Данные атласа обновились с вашего прошлого визита.',
        newVersion: 'Доступна новая версия атласа.',
        reload: 'Обновить',
        firstVisit: 'Похоже, нет подключения к интернету, а атлас ещё не сохранён на этом устройстве. Подключитесь и обновите страницу: после одного полного посещения атлас работает и без сети.',
      },
    },
    kk: {
      offline: {
        dataUpdated: 'Сіздің соңғы кіруіңізден бері атлас деректері жаңартылды.',
        newVersion: 'Атластың жаңа нұсқасы қолжетімді.',
        reload: 'Жаңарту',
        firstVisit: 'Интернет байланысы жоқ сияқты, ал атлас бұл құрылғыда әлі сақталмаған. Интернетке қосылып, бетті жаңартыңыз: бір толық кіруден кейін атлас желісіз де жұмыс істейді.',
      },
    },
    zh: {
      offline: {
        dataUpdated: '自您上次访问以来，地图集数据已更新。',
        newVersion: '地图集有新版本可用。',
        reload: '重新加载',
        firstVisit: '您似乎处于离线状态，且此设备尚未保存地图集。请连接互联网后重新加载：完整访问一次后，地图集即可离线使用。',
      },
    },
  },
);
