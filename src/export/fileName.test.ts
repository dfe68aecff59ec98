import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../data/schema';
import { LAYER_IDS } from '../view/view';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  const range = { from: 2023, to: 2025 };
  const all = { types: [...EVENT_TYPES], layers: [...LAYER_IDS] };

  it('names the kind and the years', () => {
    expect(exportFileName('links', range, 'csv', all)).toBe('kz-cn-links-2023-2025.csv');
    expect(exportFileName('missions', { from: 1991, to: 2026 }, 'csv', all)).toBe('kz-cn-missions-1991-2026.csv');
    expect(exportFileName('atlas', range, 'geojson', all)).toBe('kz-cn-atlas-2023-2025.geojson');
    expect(exportFileName('atlas', { from: 2024, to: 2024 }, 'png')).toBe('kz-cn-atlas-2024.png');
  });

  it('names the double-size image apart from the normal one', () => {
    expect(exportFileName('atlas', range, 'png', { scale: 1 })).toBe('kz-cn-atlas-2023-2025.png');
    expect(exportFileName('atlas', range, 'png', { scale: 2 })).toBe('kz-cn-atlas-2023-2025@2x.png');
  });

  it('adds the event types when not all are on', () => {
    expect(exportFileName('events', range, 'csv', { ...all, types: ['flight', 'agreement'] })).toBe(
      'kz-cn-events-2023-2025-flight-agreement.csv',
    );
    expect(exportFileName('events', range, 'csv', { ...all, types: [] })).toBe('kz-cn-events-2023-2025-none.csv');
    expect(exportFileName('events', range, 'csv', all)).toBe('kz-cn-events-2023-2025.csv');
  });

  it('adds the link types when a link layer is off', () => {
    expect(exportFileName('links', range, 'csv', { ...all, layers: ['districts', 'flights', 'missions'] })).toBe(
      'kz-cn-links-2023-2025-flight.csv',
    );
    expect(exportFileName('links', range, 'csv', { ...all, layers: ['transport', 'trade'] })).toBe(
      'kz-cn-links-2023-2025-transport-trade.csv',
    );
    expect(exportFileName('links', range, 'csv', { ...all, layers: [] })).toBe('kz-cn-links-2023-2025-none.csv');
    // Layers that draw no links do not count.
    expect(exportFileName('links', range, 'csv', { ...all, layers: ['partnerships', 'flights', 'transport', 'trade'] })).toBe(
      'kz-cn-links-2023-2025.csv',
    );
    // The transport layer draws links: with it off, the name says so.
    expect(exportFileName('links', range, 'csv', { ...all, layers: ['partnerships', 'flights', 'trade'] })).toBe(
      'kz-cn-links-2023-2025-partnership-flight-trade.csv',
    );
  });
});
