import type { CountryId, MissionKind } from '../data/schema';
import { SENDER_COLOUR } from '../style/linkStyle';
import { missionShapePath } from '../style/missionShape';

type Props = {
  sender: CountryId;
  kind: MissionKind;
  /** CSS pixels; the map draws the symbol at 20. */
  size?: number;
};

/**
 * The map's mission symbol (shape = kind, colour = sending country) as inline SVG, for the
 * panels and the legend. Decorative: the kind and the country are always written next to it.
 */
export function MissionSymbol({ sender, kind, size = 20 }: Props) {
  return (
    <svg
      className="mission-symbol"
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      data-kind={kind}
    >
      <path d={missionShapePath(kind, 20)} fill={SENDER_COLOUR[sender]} stroke="#ffffff" strokeWidth={2} />
    </svg>
  );
}
