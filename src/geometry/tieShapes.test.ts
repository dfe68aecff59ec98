import { describe, expect, it } from 'vitest';
import { flight, miniIndex, partnership, trade, transport } from '../testing/fixtures';
import { isDirected, tieShapes } from './tieShapes';

const shapeOf = (index: ReturnType<typeof miniIndex>, id: string) => tieShapes(index).find((s) => s.link.id === id);

describe('isDirected', () => {
  it('is true for trade and for partnerships marked directed only', () => {
    expect(isDirected(trade())).toBe(true);
    expect(isDirected(partnership({ directed: true }))).toBe(true);
    expect(isDirected(partnership())).toBe(false);
    expect(isDirected(flight())).toBe(false);
    expect(isDirected(transport())).toBe(false);
  });
});

describe('tieShapes', () => {
  it('draws flights as curves from a to b, exactly at their endpoints, without an arrow', () => {
    const index = miniIndex({ links: [flight()] });
    const shape = shapeOf(index, 'fl-ala-urc')!;
    expect(shape.coordinates[0]).toEqual(index.endpointPosition('almaty'));
    expect(shape.coordinates.at(-1)).toEqual(index.endpointPosition('urumqi'));
    expect(shape.coordinates.length).toBeGreaterThan(2); // a curve, not a chord
    expect(shape.arrow).toBeNull();
    expect(shape.crossing).toBeNull();
  });

  it('gives directed ties an arrow along the curve', () => {
    const index = miniIndex({ links: [trade()] });
    const shape = shapeOf(index, 'tr-kz-xj')!;
    expect(shape.arrow).not.toBeNull();
    // Trade from Kazakhstan (its capital) to Xinjiang: the arrow points roughly east.
    expect(shape.arrow!.bearing).toBeGreaterThan(45);
    expect(shape.arrow!.bearing).toBeLessThan(180);
  });

  it('fans out parallel ties and bows a → b and b → a apart', () => {
    const index = miniIndex({
      links: [flight({ id: 'f1' }), flight({ id: 'f2' }), flight({ id: 'back', a: 'urumqi', b: 'almaty' })],
    });
    const mid = (id: string) => shapeOf(index, id)!.coordinates[24]!;
    expect(mid('f1')).not.toEqual(mid('f2'));
    expect(mid('f1')).not.toEqual(mid('back'));
    // Both ends are shared; only the middle differs.
    expect(shapeOf(index, 'f2')!.coordinates[0]).toEqual(shapeOf(index, 'f1')!.coordinates[0]);
  });

  it('draws transport straight through its places, with a marker midway for a border crossing', () => {
    const index = miniIndex({ links: [transport({ via: ['astana'] }), transport({ id: 'line', mode: 'rail-line' })] });
    const crossing = shapeOf(index, 'rail-altynkol-khorgos')!;
    const [a, via, b] = ['almaty', 'astana', 'urumqi'].map((id) => index.endpointPosition(id)!);
    expect(crossing.coordinates).toEqual([a, via, b]);
    expect(crossing.crossing).toEqual([(a![0] + b![0]) / 2, (a![1] + b![1]) / 2]);
    expect(crossing.arrow).toBeNull();
    expect(shapeOf(index, 'line')!.crossing).toBeNull();
  });

  it('places the mark of an uncertain tie on the tie, clear of its arrowhead, and none on a certain one', () => {
    const index = miniIndex({ links: [trade({ certainty: 'uncertain' }), transport({ certainty: 'uncertain' }), flight()] });
    const tradeShape = shapeOf(index, 'tr-kz-xj')!;
    const at = tradeShape.uncertainAt!;
    // On the curve: within a small step of one of its vertices (48 segments), and not where the arrow is.
    const nearest = Math.min(...tradeShape.coordinates.map((p) => Math.hypot(p[0] - at[0], p[1] - at[1])));
    expect(nearest).toBeLessThan(1);
    expect(Math.hypot(at[0] - tradeShape.arrow!.at[0], at[1] - tradeShape.arrow!.at[1])).toBeGreaterThan(3);
    const straight = shapeOf(index, 'rail-altynkol-khorgos')!;
    const [a, b] = [straight.coordinates[0]!, straight.coordinates.at(-1)!];
    // A third of the way or so along a straight route, between its ends.
    expect(straight.uncertainAt![0]).toBeGreaterThan(Math.min(a[0], b[0]));
    expect(straight.uncertainAt![0]).toBeLessThan(Math.max(a[0], b[0]));
    expect(shapeOf(index, 'fl-ala-urc')!.uncertainAt).toBeNull();
  });

  it('leaves out ties it cannot place and ties from a point to itself', () => {
    const index = miniIndex({
      links: [flight({ id: 'nowhere', b: 'atlantis' }), partnership({ id: 'self', a: 'KZ-75', b: 'almaty' }), flight({ id: 'ok' })],
    });
    // Almaty (the city) and Almaty (KZ-75) are different points, so "self" is kept; "nowhere" is not.
    const ids = tieShapes(index).map((s) => s.link.id);
    expect(ids).toEqual(['self', 'ok']);
    const same = miniIndex({ links: [partnership({ id: 'same', a: 'KZ', b: 'astana' })] });
    // A whole country is drawn at its capital: Kazakhstan – Astana joins a point to itself.
    expect(tieShapes(same)).toEqual([]);
  });
});
