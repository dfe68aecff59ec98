import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import type { Certainty as CertaintyLevel, Lang, LocalizedText } from '../../data/schema';
import { Localized } from './Localized';

type Props = {
  certainty?: CertaintyLevel;
  /** Why the fact is uncertain, or any caveat worth showing with it. */
  note?: LocalizedText;
  /** Source markers for the note, shown after it. */
  cite?: ReactNode;
  lang: Lang;
  /** Badge only, for a line in a list or a table cell. */
  inline?: boolean;
};

/**
 * How sure a fact is: an "uncertain" badge (a word, not only a colour) and the record's note.
 * Renders nothing for a certain fact without a note.
 */
export function Certainty({ certainty, note, cite, lang, inline = false }: Props) {
  const { t } = useTranslation();
  const badge = certainty === 'uncertain' && <span className="badge badge--uncertain">{t('panel.uncertain')}</span>;
  if (inline) return badge || null;
  if (!badge && !note) return null;
  return (
    <div className={badge ? 'certainty certainty--uncertain' : 'certainty'}>
      {badge}
      {note && <Localized text={note} lang={lang} className="certainty__note" cite={cite} />}
    </div>
  );
}
