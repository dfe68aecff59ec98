// Minimal PNG decoder (8-bit greyscale / grey+alpha / RGB / RGBA, non-interlaced) using node:zlib.
// Enough for Chromium screenshots. Returns RGBA pixels.
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** @returns {{ width: number, height: number, data: Uint8Array }} data is RGBA, row-major */
export function decodePng(buf) {
  if (!Buffer.isBuffer(buf)) buf = Buffer.from(buf);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let off = 8;
  let width = 0, height = 0, bitDepth = 0, colorType = 0, interlace = 0;
  const idat = [];
  while (off + 8 <= buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString('latin1', off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    off += 12 + len;
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colorType = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
  }
  const channels = CHANNELS[colorType];
  if (!width || !height) throw new Error('PNG: missing IHDR');
  if (bitDepth !== 8 || !channels) throw new Error(`PNG: unsupported bit depth ${bitDepth} / colour type ${colorType}`);
  if (interlace) throw new Error('PNG: interlaced images are not supported');

  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG: truncated image data');
  const px = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    const prev = dst - stride;
    for (let x = 0; x < stride; x++) {
      const v = raw[src + x];
      const a = x >= channels ? px[dst + x - channels] : 0;
      const b = y > 0 ? px[prev + x] : 0;
      const c = x >= channels && y > 0 ? px[prev + x - channels] : 0;
      let out;
      switch (filter) {
        case 0: out = v; break;
        case 1: out = v + a; break;
        case 2: out = v + b; break;
        case 3: out = v + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          out = v + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`PNG: bad filter type ${filter} on row ${y}`);
      }
      px[dst + x] = out & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: px };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < width * height; i++, j += channels) {
    const k = i * 4;
    if (channels === 3) { rgba[k] = px[j]; rgba[k + 1] = px[j + 1]; rgba[k + 2] = px[j + 2]; rgba[k + 3] = 255; }
    else if (channels === 1) { rgba[k] = rgba[k + 1] = rgba[k + 2] = px[j]; rgba[k + 3] = 255; }
    else { rgba[k] = rgba[k + 1] = rgba[k + 2] = px[j]; rgba[k + 3] = px[j + 1]; }
  }
  return { width, height, data: rgba };
}

/**
 * Colour statistics of a decoded image.
 * @returns {{ pixels: number, distinctColors: number, dominantColor: string, dominantShare: number }}
 */
export function colorStats({ width, height, data }) {
  const counts = new Map();
  const n = width * height;
  for (let i = 0; i < n; i++) {
    const k = i * 4;
    const key = ((data[k] << 24) | (data[k + 1] << 16) | (data[k + 2] << 8) | data[k + 3]) >>> 0;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let dominant = 0, dominantCount = 0;
  for (const [k, c] of counts) if (c > dominantCount) { dominant = k; dominantCount = c; }
  return {
    pixels: n,
    distinctColors: counts.size,
    dominantColor: `#${dominant.toString(16).padStart(8, '0')}`,
    dominantShare: n ? dominantCount / n : 1,
  };
}
