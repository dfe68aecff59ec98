import type { EventType } from '../data/schema';
import { LINK_STYLE } from './linkStyle';

/**
 * One colour and one symbol per event type, shared by the type filter, the legend and the
 * lists. The symbol keeps types apart without colour; every colour has at least 3:1
 * contrast against white, so a swatch stays visible on the light panels. Flight and trade
 * events take the colour of their link type, so the two read as one theme.
 */
export const EVENT_TYPE_STYLE: Record<EventType, { colour: string; symbol: string }> = {
  mission: { colour: '#1d4ed8', symbol: '⚑' },
  visit: { colour: '#be185d', symbol: '▲' },
  agreement: { colour: '#6d28d9', symbol: '✎' },
  platform: { colour: '#4d7c0f', symbol: '◆' },
  flight: { colour: LINK_STYLE.flight.colour, symbol: '✈' },
  trade: { colour: LINK_STYLE.trade.colour, symbol: '⇄' },
  forum: { colour: '#a16207', symbol: '◎' },
  infrastructure: { colour: '#475569', symbol: '⚙' },
  culture: { colour: '#7c2d12', symbol: '♪' },
};
