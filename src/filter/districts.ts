/**
 * Consular districts on a date: which mission serves which region. Missions publish
 * dated assignments (`district`); a mission with `district: null` has not published one
 * and serves nothing here (the UI explains why through `districtNote`).
 */
import type { DistrictAssignment, Mission, PartialDate, RegionId } from '../data/schema';
import { partialDateEnd, partialDateStart } from './dates';

/** The mission serving a region and the date its current assignment began. */
export type DistrictServing = { mission: Mission; since: PartialDate };

// A date is read as its last day ("as of 2026" = by the end of 2026), so a district that
// changes mid-year shows its newest state for that year.
const asOfMs = (date: PartialDate): number => partialDateEnd(date);

// A mission stops serving from the first day of its `closed` date: "closed 2020" means
// closed as of the end of 2020, whenever in the year that happened.
const isOpenAt = (mission: Mission, t: number): boolean =>
  partialDateStart(mission.opened) <= t && (mission.closed == null || t < partialDateStart(mission.closed));

const coversAt = (a: DistrictAssignment, t: number): boolean =>
  partialDateStart(a.from) <= t && (a.to == null || t <= partialDateEnd(a.to));

/**
 * Every served region on a date. When two assignments overlap (a hand-over published with
 * the same day at both ends), the one that began later wins; ties go to the lower mission
 * id so the answer never depends on file order.
 */
function servingAsOf(missions: readonly Mission[], date: PartialDate): Map<RegionId, DistrictServing> {
  const t = asOfMs(date);
  const result = new Map<RegionId, DistrictServing & { startMs: number }>();
  for (const mission of missions) {
    if (mission.district === null || !isOpenAt(mission, t)) continue;
    for (const assignment of mission.district) {
      if (!coversAt(assignment, t)) continue;
      const startMs = partialDateStart(assignment.from);
      for (const region of assignment.regions) {
        const held = result.get(region);
        const wins =
          held === undefined ||
          startMs > held.startMs ||
          (startMs === held.startMs && mission.id < held.mission.id);
        if (wins) result.set(region, { mission, since: assignment.from, startMs });
      }
    }
  }
  return new Map([...result].map(([region, { mission, since }]) => [region, { mission, since }]));
}

/** Region id → id of the mission whose consular district includes it on `date` (read as its last day). */
export function districtAsOf(missions: readonly Mission[], date: PartialDate): Map<RegionId, string> {
  return new Map([...servingAsOf(missions, date)].map(([region, s]) => [region, s.mission.id]));
}

/** The mission serving `regionId` on `date` (read as its last day) and since when, or null. */
export function districtForRegion(
  missions: readonly Mission[],
  regionId: RegionId,
  date: PartialDate,
): DistrictServing | null {
  return servingAsOf(missions, date).get(regionId) ?? null;
}
