import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { MISSION_KINDS, type LinkType, type MissionKind } from '../data/schema';
import type { Phase } from '../data/status';
import { lineWidthFor, type LinkWeight } from '../filter/linkWeight';
import { formatUsd } from '../i18n/format';
import { useModel } from '../model/useAtlasModel';
import { useAtlas, useLayers } from '../state/store';
import { BUNDLE_STYLE, DISTRICT_FILL_OPACITY, LINK_OPACITY, LINK_STYLE, PHASE_STYLE, SENDER_COLOUR } from '../style/linkStyle';
import { BASE } from '../style/palette';
import { missionShapePath } from '../style/missionShape';
import { UNCERTAIN_MARK_PARTS, UNCERTAIN_MARK_SIZE } from '../style/uncertainMark';
import type { LayerId } from '../view/view';
import { HatchSwatch } from './HatchSwatch';
import { isPhoneLayout } from './phoneLayout';
import { ShadeControl } from './ShadeControl';
import './Legend.css';

// Sample figures for the width scales; widths come from `lineWidthFor`, as on the map.
const FLIGHT_SAMPLES = [1, 7, 14] as const;
const TRADE_SAMPLES = [1e8, 1e9, 2e10] as const;
const SAMPLE_W = 56;
const SAMPLE_H = 16;
const SYMBOL = 20;

/**
 * The map legend: one section per map layer, each with a switch that shows or hides the
 * layer and the number of items it shows. Colours, symbols, dashes and widths are read
 * from the modules that draw the map, so the legend cannot drift from it. `startFolded`
 * defaults to folded on phones, where the legend competes with the map for the screen.
 */
export function Legend({ startFolded }: { startFolded?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const layers = useLayers();
  const { data, colours, districts, visible, names, shading } = useModel();
  const counts = visible?.counts ?? null;
  const missions = data.index?.missions ?? [];
  const districtMissionIds = districts?.districtOf ?? new Map<string, unknown>();
  const [open, setOpen] = useState(() => !(startFolded ?? isPhoneLayout()));

  const byId = new Map(missions.map((m) => [m.id, m]));
  const districtSwatches = [...colours]
    .filter(([missionId]) => districtMissionIds.has(missionId) && byId.has(missionId))
    .map(([missionId, colour]) => ({ mission: byId.get(missionId)!, colour }));

  return (
    <section className="legend" aria-labelledby={`${id}-title`}>
      <h2 className="legend__title" id={`${id}-title`}>
        <button
          type="button"
          className="legend__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          {t('legend.title')}
          <span className="legend__chevron" aria-hidden="true" />
        </button>
      </h2>
      <div className="legend__body" id={`${id}-body`} hidden={!open}>
        <ShadeControl />
        {/* While regions are shaded the map draws no district colours (the shading's caption says
            so): their key would read as part of the shading's. */}
        <LayerSection layer="districts" title={t('legend.districts')} count={counts && districtSwatches.length}>
          {shading && <p className="legend__note">{t('legend.districtsShaded')}</p>}
          {!shading && districtSwatches.length === 0 && <p className="legend__note">{t('legend.noDistricts')}</p>}
          <ul className="legend__items" hidden={shading !== null}>
            {districtSwatches.map(({ mission, colour }) => {
              const name = names.picked(mission.id);
              return (
                <li key={mission.id}>
                  <span className="legend__swatch" aria-hidden="true">
                    <span className="legend__fill" style={{ backgroundColor: colour, opacity: DISTRICT_FILL_OPACITY }} />
                  </span>
                  <span lang={name.lang === names.lang ? undefined : name.lang}>{name.text}</span>
                </li>
              );
            })}
            <li>
              <HatchSwatch />
              {t('legend.unpublished')}
            </li>
          </ul>
        </LayerSection>

        {/* Link counts are facet counts (what switching on would show); the mission count is
            only known while the layer is on, and a "(0)" beside an off switch would mislead. */}
        <LayerSection
          layer="missions"
          title={t('legend.missions')}
          count={layers.includes('missions') ? (counts?.missions ?? null) : null}
        >
          <ul className="legend__items">
            {MISSION_KINDS.map((kind) => (
              <li key={kind}>
                <KindSymbol kind={kind} />
                {t(`vocab.missionKind.${kind}`)}
              </li>
            ))}
            {(['KZ', 'CN'] as const).map((sender) => (
              <li key={sender}>
                <span
                  className="legend__chip"
                  aria-hidden="true"
                  style={{ backgroundColor: SENDER_COLOUR[sender] }}
                />
                {t(`legend.sender.${sender}`)}
              </li>
            ))}
          </ul>
        </LayerSection>

        <LayerSection
          layer="partnerships"
          title={t('legend.partnerships')}
          count={counts?.linksByType.partnership ?? null}
        >
          <ul className="legend__items">
            <li>
              <LineSample type="partnership" />
              {t('legend.partnershipLine')}
            </li>
          </ul>
        </LayerSection>

        <LayerSection layer="flights" title={t('legend.flights')} count={counts?.linksByType.flight ?? null}>
          <p className="legend__caption">{t('legend.flightWidth')}</p>
          <ul className="legend__items">
            {FLIGHT_SAMPLES.map((perWeek) => (
              <li key={perWeek}>
                <LineSample type="flight" weight={{ unit: 'perWeek', value: perWeek }} />
                {t('legend.perWeek', { count: perWeek })}
              </li>
            ))}
            <li>
              <LineSample type="flight" />
              {t('legend.noFigure')}
            </li>
          </ul>
        </LayerSection>

        <LayerSection layer="trade" title={t('legend.trade')} count={counts?.linksByType.trade ?? null}>
          <p className="legend__caption">{t('legend.tradeWidth')}</p>
          <ul className="legend__items">
            {TRADE_SAMPLES.map((value) => (
              <li key={value}>
                {/* The year does not change the width; any year will do. */}
                <LineSample type="trade" weight={{ unit: 'usd', value, year: 0 }} />
                {formatUsd(value, names.lang)}
              </li>
            ))}
            <li>
              <LineSample type="trade" />
              {t('legend.noFigure')}
            </li>
            <li>
              <LineSample type="trade" arrow />
              {t('legend.arrow')}
            </li>
          </ul>
        </LayerSection>

        <LayerSection layer="transport" title={t('legend.transport')} count={counts?.linksByType.transport ?? null}>
          <ul className="legend__items">
            <li>
              <LineSample type="transport" crossing />
              {t('legend.transportLine')}
            </li>
          </ul>
        </LayerSection>

        <KeySection id={`${id}-phases`} title={t('legend.phases')}>
          <li>
            <LineSample type="flight" />
            {t('legend.phaseOperating')}
          </li>
          <li>
            <LineSample type="flight" phase="announced" />
            {t('legend.phaseAnnounced')}
          </li>
          <li>
            <LineSample type="flight" phase="ended" />
            {t('legend.phasePaused')}
          </li>
        </KeySection>

        <KeySection id={`${id}-bundles`} title={t('legend.bundleTitle')}>
          <li>
            <BundleSample />
            {t('legend.bundle')}
          </li>
        </KeySection>

        <KeySection id={`${id}-certainty`} title={t('legend.certainty')}>
          <li>
            <LineSample type="flight" uncertain />
            {t('legend.uncertain')}
          </li>
        </KeySection>
      </div>
    </section>
  );
}

/** A titled group of line samples that belongs to no one layer (phases, certainty). */
function KeySection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="legend__key" aria-labelledby={props.id}>
      <h3 className="legend__layer-title" id={props.id}>
        {props.title}
      </h3>
      <ul className="legend__items">{props.children}</ul>
    </section>
  );
}

function LayerSection(props: { layer: LayerId; title: string; count: number | null; children: ReactNode }) {
  const { t } = useTranslation();
  const on = useLayers().includes(props.layer);
  const toggleLayer = useAtlas((s) => s.toggleLayer);
  return (
    <section className={on ? 'legend__layer' : 'legend__layer legend__layer--off'}>
      <h3 className="legend__layer-title">
        <label>
          <input type="checkbox" role="switch" checked={on} onChange={() => toggleLayer(props.layer)} />
          {props.title}
          {props.count !== null && (
            <>
              {/* A space before the bracket where the language's punctuation has one (not Chinese's full-width one). */}
              {t('punct.open').startsWith(' ') ? ' ' : ''}
              <span className="legend__count">{t('legend.count', { count: props.count })}</span>
            </>
          )}
        </label>
      </h3>
      {props.children}
    </section>
  );
}

/**
 * A link line as the map draws it: the type's colour and dash (MapLibre scales dashes by
 * the line width, so the SVG does too) and the width `lineWidthFor` gives the weight.
 */
function LineSample(props: { type: LinkType; weight?: LinkWeight; arrow?: boolean; crossing?: boolean; uncertain?: boolean; phase?: Phase }) {
  const style = LINK_STYLE[props.type];
  const phase = PHASE_STYLE[props.phase ?? 'operating'];
  const width = phase.width ?? lineWidthFor(props.weight ?? null);
  const colour = phase.colour ?? style.colour;
  const y = SAMPLE_H / 2;
  return (
    <svg className="legend__sample" width={SAMPLE_W} height={SAMPLE_H} viewBox={`0 0 ${SAMPLE_W} ${SAMPLE_H}`} aria-hidden="true">
      <line
        x1={3}
        x2={SAMPLE_W - 3}
        y1={y}
        y2={y}
        stroke={colour}
        strokeWidth={width}
        strokeOpacity={LINK_OPACITY * phase.opacity}
        strokeLinecap={props.type === 'partnership' ? 'round' : 'butt'}
        strokeDasharray={style.dash?.map((d) => d * width).join(' ')}
      />
      {props.crossing && <circle cx={SAMPLE_W / 2} cy={y} r={5} fill={style.colour} stroke="#ffffff" strokeWidth={1} />}
      {props.uncertain && <UncertainMark x={SAMPLE_W / 2 - UNCERTAIN_MARK_SIZE / 2} y={y - UNCERTAIN_MARK_SIZE / 2} />}
      {props.arrow && (
        // The map's arrowhead (src/map/icons.ts), turned to point right, with its white halo.
        <polygon
          points="13,7 2,12 5,7 2,2"
          transform={`translate(${SAMPLE_W / 2 - 7} ${y - 7})`}
          fill={style.colour}
          stroke="#ffffff"
          strokeWidth={1}
        />
      )}
    </svg>
  );
}

/** Sample tie count written on the legend's bundle. */
const BUNDLE_SAMPLE = 3;

/** A bundle as the map draws it at low zoom: one grey arc for several ties, their number on it. */
function BundleSample() {
  const y = SAMPLE_H / 2;
  const width = BUNDLE_STYLE.base + BUNDLE_STYLE.perSqrtTie * Math.sqrt(BUNDLE_SAMPLE);
  return (
    <svg className="legend__sample" width={SAMPLE_W} height={SAMPLE_H} viewBox={`0 0 ${SAMPLE_W} ${SAMPLE_H}`} aria-hidden="true">
      <line x1={3} x2={SAMPLE_W - 3} y1={y} y2={y} stroke={BASE.bundle} strokeWidth={width} strokeOpacity={BUNDLE_STYLE.opacity} strokeLinecap="round" />
      <text
        x={SAMPLE_W / 2}
        y={y}
        dominantBaseline="central"
        textAnchor="middle"
        fontSize={11}
        fill="#ffffff"
        stroke={BASE.bundle}
        strokeWidth={BUNDLE_STYLE.labelHalo}
        paintOrder="stroke"
      >
        {BUNDLE_SAMPLE}
      </text>
    </svg>
  );
}

/** The map's mark of an uncertain fact (src/style/uncertainMark.ts), at (x, y). */
function UncertainMark({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      {UNCERTAIN_MARK_PARTS.map((part) => (
        <path key={part.d} d={part.d} fill={part.fill ?? 'none'} stroke={part.stroke} strokeWidth={part.strokeWidth} strokeLinecap="round" />
      ))}
    </g>
  );
}

/**
 * The map's symbol for a mission kind, in a neutral colour: the legend shows shape (kind)
 * and colour (sending country) apart. Geometry from `missionShapePath`, as `MissionSymbol`.
 */
function KindSymbol({ kind }: { kind: MissionKind }) {
  return (
    <svg className="legend__symbol" width={SYMBOL} height={SYMBOL} viewBox={`0 0 ${SYMBOL} ${SYMBOL}`} aria-hidden="true" focusable="false">
      <path d={missionShapePath(kind, SYMBOL)} fill="currentColor" stroke="#ffffff" strokeWidth={2} />
    </svg>
  );
}
