import { describe, expect, it } from 'vitest';
import { districtAsOf, districtForRegion } from './districts';
import { aktobeCg, beijingEmbassy, guangzhouCg } from './testFixtures';

describe('districtForRegion', () => {
  it('has no district for Guangdong as of 2025 and the Guangzhou consulate as of 2026', () => {
    const missions = [beijingEmbassy(), guangzhouCg()];
    expect(districtForRegion(missions, 'CN-GD', '2025')).toBeNull();
    expect(districtForRegion(missions, 'CN-GD', '2026')).toEqual({ mission: missions[1], since: '2026-01-16' });
  });

  it('switches on the exact day the assignment starts', () => {
    const missions = [guangzhouCg()];
    expect(districtForRegion(missions, 'CN-GD', '2026-01-15')).toBeNull();
    expect(districtForRegion(missions, 'CN-GD', '2026-01-16')?.mission.id).toBe('kz-cg-guangzhou');
    // A month is read as its last day: by the end of January 2026 the district exists.
    expect(districtForRegion(missions, 'CN-GD', '2026-01')?.mission.id).toBe('kz-cg-guangzhou');
    expect(districtForRegion(missions, 'CN-GD', '2025-12')).toBeNull();
  });

  it('has no Aktobe district as of 2021, and one after the consulate opened', () => {
    const missions = [aktobeCg()];
    expect(districtForRegion(missions, 'KZ-15', '2021')).toBeNull();
    expect(districtForRegion(missions, 'KZ-15', '2024')?.mission.id).toBe('cn-cg-aktobe');
    expect(districtForRegion(missions, 'KZ-15', '2024-10-31')).toBeNull();
  });

  it('ends an assignment after its inclusive `to`', () => {
    const missions = [
      guangzhouCg({ district: [{ regions: ['CN-GD'], from: '2026-01-16', to: '2027-06' }] }),
    ];
    expect(districtForRegion(missions, 'CN-GD', '2027-06-30')).not.toBeNull();
    expect(districtForRegion(missions, 'CN-GD', '2027-07-01')).toBeNull();
  });

  it('serves nothing once the mission has closed, whatever its district says', () => {
    const missions = [aktobeCg({ closed: '2030-05' })];
    expect(districtForRegion(missions, 'KZ-15', '2030-04-30')).not.toBeNull();
    expect(districtForRegion(missions, 'KZ-15', '2030-05-01')).toBeNull();
    expect(districtForRegion(missions, 'KZ-15', '2030')).toBeNull();
  });

  it('gives a hand-over to the newer assignment when both cover the same day', () => {
    const embassy = beijingEmbassy({
      district: [{ regions: ['CN-GD', 'CN-BJ'], from: '1992-01', to: '2026-01-16' }],
    });
    const missions = [guangzhouCg(), embassy];
    expect(districtForRegion(missions, 'CN-GD', '2026-01-15')?.mission.id).toBe('kz-emb-beijing');
    expect(districtForRegion(missions, 'CN-GD', '2026-01-16')?.mission.id).toBe('kz-cg-guangzhou');
    expect(districtForRegion(missions, 'CN-BJ', '2026')?.mission.id).toBeUndefined();
  });
});

describe('districtAsOf', () => {
  it('maps every served region to its mission', () => {
    const missions = [beijingEmbassy(), guangzhouCg(), aktobeCg()];
    expect(districtAsOf(missions, '2026')).toEqual(
      new Map([
        ['CN-GD', 'kz-cg-guangzhou'],
        ['CN-GX', 'kz-cg-guangzhou'],
        ['CN-FJ', 'kz-cg-guangzhou'],
        ['CN-HI', 'kz-cg-guangzhou'],
        ['KZ-15', 'cn-cg-aktobe'],
        ['KZ-23', 'cn-cg-aktobe'],
        ['KZ-27', 'cn-cg-aktobe'],
        ['KZ-47', 'cn-cg-aktobe'],
      ]),
    );
    expect(districtAsOf(missions, '2021').size).toBe(0);
  });

  it('does not depend on the order of the missions', () => {
    const embassy = beijingEmbassy({ district: [{ regions: ['CN-GD'], from: '2026-01-16' }] });
    const cg = guangzhouCg();
    // Same start day for both: the lower id wins, in either order.
    expect(districtAsOf([embassy, cg], '2026').get('CN-GD')).toBe('kz-cg-guangzhou');
    expect(districtAsOf([cg, embassy], '2026').get('CN-GD')).toBe('kz-cg-guangzhou');
  });
});
