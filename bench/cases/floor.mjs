// The floor page (bench/floor/): the same cold loads as `load`, with its map at the atlas's #map
// size, then the bare repaint: frame intervals while the floor map redraws with nothing changed.
import { coldLoads } from '../lib/coldLoad.mjs';

export default {
  name: 'floor',
  about: 'the bare-MapLibre floor page: the same cold loads, and its bare repaint time',
  async run(ctx) {
    const { width, height } = await ctx.atlasMapSize();
    return coldLoads(ctx.browser, ctx.sites.floor, ctx.runs, `/?w=${width}&h=${height}`, { repaintGlobal: '__floorMap' });
  },
};
