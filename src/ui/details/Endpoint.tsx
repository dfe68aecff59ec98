import { useTranslation } from '../../i18n';
import { CITY_KINDS } from '../../data/boundaries';
import { namesOneCity } from '../../data/names';
import type { DetailsEnv } from './detailsEnv';
import { EntityLink } from './EntityLink';

type Props = {
  /** A link or visit endpoint: region, place or country id. */
  id: string;
  env: DetailsEnv;
};

/**
 * A link endpoint by name: a region as a link to it, a place with a link to its region
 * ("Urumqi (Xinjiang)"; "Yining (Ghulja), Xinjiang" when the name has brackets of its own), a
 * whole country as plain text.
 */
export function Endpoint({ id, env }: Props) {
  const { t } = useTranslation();
  const { names, index, onSelect } = env;
  const entity = index.byId.get(id);
  // The link sits in a line of text: its brackets stay with it, so a line never ends on "(" or
  // starts with ")", and on a phone its 44px box overlaps the lines around it (details.css).
  const linked = (region: string, before: string | null = null, after: string | null = null) => (
    <span className="endpoint__region">
      {before}
      <EntityLink id={region} label={names.of(region)} onSelect={onSelect} />
      {after}
    </span>
  );
  if (entity?.kind === 'region') return linked(id);
  if (entity?.kind === 'place') {
    const region = entity.record.region;
    const name = names.of(id);
    // "Beijing (Beijing)" says nothing twice: a city that names its region is the region's link,
    // also where the region's name adds its word ("阿拉木图（阿拉木图市）") or an official form
    // ("Гонконг (Сянган (Гонконг))").
    const regionName = names.of(region);
    const regionEntity = index.byId.get(region);
    const cityRegion = regionEntity?.kind === 'region' && CITY_KINDS.has(regionEntity.record.kind);
    if (name === regionName || (cityRegion && namesOneCity(name, regionName, env.lang))) return linked(region);
    if (/[(（]/.test(name)) {
      return (
        <>
          {name}
          {t('punct.comma')}
          {linked(region)}
        </>
      );
    }
    // A space before the bracket stays outside, where the line may break.
    const open = t('punct.open');
    const space = open.match(/^\s*/)![0];
    return (
      <>
        {name}
        {space}
        {linked(region, open.slice(space.length), t('punct.close'))}
      </>
    );
  }
  return <>{names.of(id)}</>;
}
