import { describe, expect, it } from 'vitest';
import { miniIndex } from '../testing/fixtures';
import { regionsOnDay } from './regionsOnDay';

// The mini boundaries: Zhetisu (KZ-33) from 2022-06-08, Almaty Region (KZ-19) with a pre-2022
// variant; four other Kazakh regions or cities and three Chinese units throughout.
const { variantsOf } = miniIndex();

describe('regionsOnDay', () => {
  it('counts the regions of each country that exist on the day', () => {
    expect(regionsOnDay(variantsOf, '2021-12-31').count).toEqual({ cn: 3, kz: 4 });
    expect(regionsOnDay(variantsOf, '2022-12-31').count).toEqual({ cn: 3, kz: 5 }); // Zhetisu from June 2022
  });

  it('switches a region’s outline on the day of the reform', () => {
    expect(regionsOnDay(variantsOf, '2022-06-07').valid.get('KZ-19')?.vid).toBe('KZ-19@pre2022');
    expect(regionsOnDay(variantsOf, '2022-06-08').valid.get('KZ-19')?.vid).toBe('KZ-19');
    expect(regionsOnDay(variantsOf, '2022-06-07').valid.has('KZ-33')).toBe(false);
    expect(regionsOnDay(variantsOf, '2022-06-08').valid.has('KZ-33')).toBe(true);
  });

  it('describes a region that does not exist yet by its current outline', () => {
    const before = regionsOnDay(variantsOf, '2020-12-31');
    expect(before.describe.get('KZ-33')).toMatchObject({ vid: 'KZ-33', name_en: 'Zhetisu Region' });
    expect(before.describe.get('KZ-19')?.vid).toBe('KZ-19@pre2022');
  });
});
