import { useTranslation } from 'react-i18next';
import type { RegionProps } from '../data/boundaries';
import { LANGS, type Lang } from '../data/schema';
import { namesFromProps, pickName } from '../i18n/names';
import { DetailsPanel } from './DetailsPanel';

type Props = {
  region: RegionProps;
  lang: Lang;
  onClose: () => void;
};

/** Details of one region: names in every language we know, kind, centre and ISO code. */
export function RegionDetails({ region, lang, onClose }: Props) {
  const { t } = useTranslation();
  const names = namesFromProps(region);
  const centre = namesFromProps(region, 'centre_');
  const hasCentre = Object.keys(centre).length > 0;
  return (
    <DetailsPanel
      title={pickName(names, lang).text}
      subtitle={`${t(`kind.${region.kind}`)} · ${t(`country.${region.country}`)}`}
      onClose={onClose}
    >
      <dl className="facts">
        <dt>{t('details.code')}</dt>
        <dd>
          <code>{region.id}</code>
        </dd>
        <dt>{t('details.kind')}</dt>
        <dd>{t(`kind.${region.kind}`)}</dd>
        {hasCentre && (
          <>
            <dt>{t('details.centre')}</dt>
            <dd>{pickName(centre, lang).text}</dd>
          </>
        )}
        <dt>{t('details.names')}</dt>
        <dd>
          <ul className="names">
            {LANGS.filter((l) => names[l]).map((l) => (
              <li key={l} lang={l}>
                <span className="names__lang">{l}</span> {names[l]}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </DetailsPanel>
  );
}
