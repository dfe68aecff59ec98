/**
 * Consular districts on a date: which mission serves which region. Missions publish dated
 * assignments (`district`); a mission with `district: null` has not published one and serves
 * nothing here (the UI explains why through `districtNote`). Only a mission operating on the
 * date serves: an announced consulate has no district yet, a suspended one serves no one.
 */
import { partialDateEnd, partialDateStart } from '../data/dates';
import type { DistrictAssignment, Mission, PartialDate, RegionId } from '../data/schema';
import { phaseAt } from '../data/status';

/** The mission serving a region, since when, and the assignment that says so (for its sources). */
export type DistrictServing = { mission: Mission; since: PartialDate; assignment: DistrictAssignment };

const coversAt = (a: DistrictAssignment, t: number): boolean =>
  partialDateStart(a.from) <= t && (a.to == null || t <= partialDateEnd(a.to));

/**
 * Every served region on a date (read as its last day: "as of 2026" = by the end of 2026, so
 * a district that changes mid-year shows its newest state). When two assignments overlap (a
 * hand-over published with the same day at both ends), the one that began later wins; ties go
 * to the lower mission id so the answer never depends on file order.
 */
export function districtsAsOf(missions: readonly Mission[], date: PartialDate): Map<RegionId, DistrictServing> {
  const t = partialDateEnd(date);
  const result = new Map<RegionId, DistrictServing & { startMs: number }>();
  for (const mission of missions) {
    if (mission.district === null || phaseAt(mission.status, date) !== 'operating') continue;
    for (const assignment of mission.district) {
      if (!coversAt(assignment, t)) continue;
      const startMs = partialDateStart(assignment.from);
      for (const region of assignment.regions) {
        const held = result.get(region);
        const wins =
          held === undefined || startMs > held.startMs || (startMs === held.startMs && mission.id < held.mission.id);
        if (wins) result.set(region, { mission, since: assignment.from, assignment, startMs });
      }
    }
  }
  return new Map([...result].map(([region, { startMs: _, ...serving }]) => [region, serving]));
}
