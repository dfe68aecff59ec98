// Cold loads of the atlas: bytes before the first idle, first idle, long tasks, heap (bench/lib/coldLoad.mjs).
import { coldLoads } from '../lib/coldLoad.mjs';

export default {
  name: 'load',
  about: 'cold loads of the atlas: bytes before the first idle (server-counted), first idle, long tasks, heap',
  run: (ctx) => coldLoads(ctx.browser, ctx.sites.atlas, ctx.runs, ctx.urlPath),
};
