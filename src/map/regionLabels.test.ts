import { describe, expect, it } from 'vitest';
import { bboxOf } from '../geometry/bbox';
import { miniBoundaries } from '../testing/fixtures';
import { outlineBoxes, regionLabels } from './regionLabels';

// Almaty Region (KZ-19) has two variants and Zhetisu (KZ-33) starts in 2022; the rest never changed.
const regions = miniBoundaries().regions.features;

describe('regionLabels', () => {
  it('puts the labels of reformed regions in the epoch source, by variant, and the rest in the plain one', () => {
    const { labels, epochLabels, epochVids } = regionLabels(regions);
    expect([...epochVids].sort()).toEqual(['KZ-19', 'KZ-19@pre2022', 'KZ-33']);
    expect(epochLabels.features.map((f) => f.properties!.vid).sort()).toEqual([...epochVids].sort());
    expect(labels.features).toHaveLength(regions.length - 3);
    expect(labels.features.some((f) => epochVids.has(String(f.properties!.vid)))).toBe(false);
  });

  it('places each label at its label point and adds the names without the administrative word', () => {
    const { labels } = regionLabels(regions);
    const aktobe = labels.features.find((f) => f.properties!.id === 'KZ-15')!;
    expect(aktobe.geometry.coordinates).toEqual([57.2, 50.3]);
    expect(aktobe.properties).toMatchObject({ name_en: 'Aktobe Region', short_en: 'Aktobe', short_ru: 'Актюбинская' });
  });

  it('keeps the full name where the short one would read as another region’s (Almaty Region beside the city of Almaty)', () => {
    const { labels, epochLabels } = regionLabels(regions);
    const props = (vid: string) => [...labels.features, ...epochLabels.features].find((f) => f.properties!.vid === vid)!.properties!;
    for (const vid of ['KZ-19', 'KZ-19@pre2022']) expect(props(vid)).toMatchObject({ short_en: 'Almaty Region', short_ru: 'Алматинская' });
    expect(props('KZ-75')).toMatchObject({ short_en: 'Almaty', short_ru: 'Алматы' });
    // 阿拉木图州 and 阿拉木图市 would both shorten to 阿拉木图.
    expect(props('KZ-19')['short_zh']).toBe('阿拉木图州');
    expect(props('KZ-75')['short_zh']).toBe('阿拉木图市');
    expect(props('KZ-33')['short_zh']).toBe('杰特苏');
  });
});

describe('outlineBoxes', () => {
  it('frames each region by its largest variant', () => {
    const boxes = outlineBoxes(regions);
    expect(boxes.size).toBe(new Set(regions.map((f) => f.properties.id)).size);
    const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
    const almatyRegion = regions.filter((f) => f.properties.id === 'KZ-19').map((f) => bboxOf(f.geometry));
    expect(area(boxes.get('KZ-19')!)).toBe(Math.max(...almatyRegion.map(area)));
  });
});
