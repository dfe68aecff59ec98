import type { TFunction } from '../i18n';
import type { HoverTarget } from '../map/MapController';
import type { AtlasModel } from '../model/atlasModel';
import { labelled, parenthesized } from '../i18n/punct';
import { planAt, tieDates } from '../data/status';
import { formatPartialDate, formatUsd } from '../i18n/format';
import { phaseWord } from '../ui/phaseWord';

/** One line for the map tooltip: the name; for regions their shaded value or else the mission that serves them; for ties and missions their phase and certainty. */
export function tooltipText(hover: HoverTarget, model: AtlasModel, t: TFunction): string {
  const { names, districts, visible, data } = model;
  const name = names.of(hover.id);
  if (hover.kind === 'region') {
    // Shaded regions show their value, not the districts the shading hides.
    const { shading } = model;
    if (shading) {
      const value = shading.values.get(hover.id);
      const year = shading.years.get(hover.id);
      const shown =
        value === undefined
          ? t('legend.shade.noData')
          : shading.measure === 'trade'
            ? `${formatUsd(value, names.lang)}${year === undefined ? '' : parenthesized(t, String(year))}`
            : t('legend.shade.count', { count: value });
      return `${name} — ${shown}`;
    }
    const serving = districts?.servedBy.get(hover.id);
    if (serving) return `${name} — ${names.of(serving.mission.id)}`;
    if (districts?.unpublished.has(hover.id)) return `${name} — ${t('tooltip.districtUnpublished')}`;
    return name;
  }
  const phase = visible?.phases.get(hover.id);
  const entity = data.index?.byId.get(hover.id);
  const lastReported = entity?.kind === 'link' && tieDates(entity.record).lastReported;
  // A plan's date is what a reader hovering a pale line wants next, as in the lists.
  const plan = entity?.kind === 'link' && entity.record.type !== 'trade' ? planAt(entity.record.status, model.day) : null;
  // In words what a tie's style shows (pale or grey for its phase, a question mark when uncertain);
  // a phase may hold a comma of its own ("announced, not yet operating"), hence the semicolon.
  const notes = [
    ...(phase && phase !== 'operating' ? [phaseWord(t, phase, lastReported)] : []),
    ...(plan ? [t('facts.status.plannedStart', { date: formatPartialDate(plan.start, names.lang) })] : []),
    ...((entity?.kind === 'link' || entity?.kind === 'mission') && entity.record.certainty === 'uncertain' ? [t('panel.uncertain')] : []),
  ];
  const label = notes.length ? `${name}${parenthesized(t, notes.join(t('punct.semicolon')))}` : name;
  return entity?.kind === 'link' && entity.record.summary ? labelled(t, label, entity.record.summary[names.lang]) : label;
}
