import { describe, expect, it } from 'vitest';
import type { Mission } from '../data/schema';
import { aktobeCg, guangzhouCg, kazakhEmbassy, step } from '../testing/fixtures';
import { districtsAsOf } from './districts';

/** Region → id of the serving mission, on a date. */
const servedBy = (missions: Mission[], date: string) =>
  new Map([...districtsAsOf(missions, date)].map(([region, s]) => [region, s.mission.id]));

describe('districtsAsOf', () => {
  it('has no district for Guangdong as of 2025, and the Guangzhou consulate’s as of 2026', () => {
    const missions = [kazakhEmbassy(), guangzhouCg()];
    expect(districtsAsOf(missions, '2025').has('CN-GD')).toBe(false);
    const serving = districtsAsOf(missions, '2026').get('CN-GD');
    expect(serving?.mission).toBe(missions[1]);
    expect(serving?.since).toBe('2026-01-16');
    // The assignment comes along, so the panel can cite its sources.
    expect(serving?.assignment).toBe(missions[1]!.district![0]);
  });

  it('maps every region of a published district to its mission', () => {
    const missions = [kazakhEmbassy(), guangzhouCg(), aktobeCg()];
    expect(servedBy(missions, '2026')).toEqual(
      new Map([
        ['CN-GD', 'kz-cg-guangzhou'],
        ['CN-XJ', 'kz-cg-guangzhou'],
        ['KZ-15', 'cn-cg-aktobe'],
      ]),
    );
    expect(districtsAsOf(missions, '2021').size).toBe(0);
  });

  it('switches on the exact day the assignment starts; a month is read as its last day', () => {
    const missions = [guangzhouCg()];
    expect(servedBy(missions, '2026-01-15').get('CN-GD')).toBeUndefined();
    expect(servedBy(missions, '2026-01-16').get('CN-GD')).toBe('kz-cg-guangzhou');
    expect(servedBy(missions, '2026-01').get('CN-GD')).toBe('kz-cg-guangzhou');
    expect(servedBy(missions, '2025-12').get('CN-GD')).toBeUndefined();
  });

  it('serves nothing while the mission is only announced, whatever its district says', () => {
    // Agreed in 2022-06, open from 2024-07; here the district is (wrongly early) dated 2022.
    const missions = [aktobeCg({ district: [{ regions: ['KZ-15'], from: '2022-06', sources: [0] }] })];
    expect(servedBy(missions, '2023').size).toBe(0);
    expect(servedBy(missions, '2024-06-30').size).toBe(0);
    expect(servedBy(missions, '2024-07-01').get('KZ-15')).toBe('cn-cg-aktobe');
  });

  it('serves nothing while the mission is suspended', () => {
    const missions = [
      aktobeCg({ status: [step('2024-07'), step('2025-02', { status: 'suspended' }), step('2025-09', { status: 'resumed' })] }),
    ];
    expect(servedBy(missions, '2025-01').get('KZ-15')).toBe('cn-cg-aktobe');
    expect(servedBy(missions, '2025-05').size).toBe(0);
    expect(servedBy(missions, '2025-09').get('KZ-15')).toBe('cn-cg-aktobe');
  });

  it('ends an assignment after its inclusive `to`', () => {
    const missions = [guangzhouCg({ district: [{ regions: ['CN-GD'], from: '2026-01-16', to: '2027-06', sources: [0] }] })];
    expect(servedBy(missions, '2027-06-30').get('CN-GD')).toBe('kz-cg-guangzhou');
    expect(servedBy(missions, '2027-07-01').size).toBe(0);
  });

  it('serves through the closing date (the last day of service), and nothing after', () => {
    const missions = [aktobeCg({ status: [step('2024-07'), step('2030-05', { status: 'ended' })] })];
    expect(servedBy(missions, '2030-05-31').get('KZ-15')).toBe('cn-cg-aktobe');
    expect(servedBy(missions, '2030-06-01').size).toBe(0);
    expect(servedBy(missions, '2030').size).toBe(0);
  });

  it('gives a hand-over to the newer assignment when both cover the same day', () => {
    const embassy = kazakhEmbassy({ district: [{ regions: ['CN-GD', 'CN-BJ'], from: '1992-01', to: '2026-01-16', sources: [0] }] });
    const missions = [guangzhouCg(), embassy];
    expect(servedBy(missions, '2026-01-15').get('CN-GD')).toBe('kz-emb-beijing');
    expect(servedBy(missions, '2026-01-16').get('CN-GD')).toBe('kz-cg-guangzhou');
    expect(servedBy(missions, '2026').get('CN-BJ')).toBeUndefined();
  });

  it('does not depend on the order of the missions', () => {
    const embassy = kazakhEmbassy({ district: [{ regions: ['CN-GD'], from: '2026-01-16', sources: [0] }] });
    const cg = guangzhouCg();
    // Same start day for both: the lower id wins, in either order.
    expect(servedBy([embassy, cg], '2026').get('CN-GD')).toBe('kz-cg-guangzhou');
    expect(servedBy([cg, embassy], '2026').get('CN-GD')).toBe('kz-cg-guangzhou');
  });
});
