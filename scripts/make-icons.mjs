// Draws the toolbar icon (a speech bubble with a highlighter stripe) at 16/32/48/96/128 px and
// writes icons/icon-<size>.png. Pure Node: shapes are rasterised with supersampled coverage
// (anti-aliasing) and encoded as PNG with zlib. Run: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

/** Chrome wants 16, 32, 48 and 128; Firefox's add-ons manager 48 and 96. */
const SIZES = [16, 32, 48, 96, 128];
/**
 * Transparent margin per side. Chrome's store and install dialog show the 128 px icon as 96 px of artwork
 * with 16 px of padding (its image guidelines); the toolbar sizes use their whole square.
 */
const PADDING = { 128: 16 };
/** Subsamples per pixel edge: 8×8 = 64 coverage levels, smooth enough for 16 px edges. */
const SUPERSAMPLE = 8;
/** Shapes are drawn in a 128-unit square and scaled to each size. */
const UNITS = 128;

const NAVY = [28, 62, 108, 255];
const YELLOW = [255, 210, 63, 255];
const PALE = [230, 237, 245, 255];

const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const polygon = (points) => (x, y) => {
  // Even-odd ray casting.
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};

/** Layers bottom to top; `minSize` drops details that would only blur at small sizes. */
const LAYERS = [
  { color: NAVY, shape: roundedRect(6, 10, 122, 98, 24), minSize: 0 },
  {
    color: NAVY,
    shape: polygon([
      [26, 86],
      [62, 86],
      [18, 124],
    ]),
    minSize: 0,
  },
  { color: PALE, shape: roundedRect(28, 26, 100, 36, 5), minSize: 32 },
  // The highlighter stroke: a slanted band, wider than the text lines, readable at 16 px.
  {
    color: YELLOW,
    shape: polygon([
      [18, 42],
      [110, 40],
      [110, 70],
      [18, 72],
    ]),
    minSize: 0,
  },
  { color: PALE, shape: roundedRect(28, 74, 82, 84, 5), minSize: 32 },
];

function render(size) {
  const pixels = new Float64Array(size * size * 4); // premultiplied RGBA, 0..1
  const inset = PADDING[size] ?? 0;
  const scale = UNITS / (size - 2 * inset);
  for (const { color, shape, minSize } of LAYERS) {
    if (size < minSize) continue;
    const [r, g, b, a] = color.map((c) => c / 255);
    for (let py = 0; py < size; py++) {
      for (let px = 0; px < size; px++) {
        let hits = 0;
        for (let sy = 0; sy < SUPERSAMPLE; sy++) {
          for (let sx = 0; sx < SUPERSAMPLE; sx++) {
            const x = (px - inset + (sx + 0.5) / SUPERSAMPLE) * scale;
            const y = (py - inset + (sy + 0.5) / SUPERSAMPLE) * scale;
            if (shape(x, y)) hits++;
          }
        }
        const alpha = (hits / SUPERSAMPLE ** 2) * a;
        if (alpha === 0) continue;
        const i = (py * size + px) * 4;
        // Source-over in premultiplied space.
        pixels[i] = r * alpha + pixels[i] * (1 - alpha);
        pixels[i + 1] = g * alpha + pixels[i + 1] * (1 - alpha);
        pixels[i + 2] = b * alpha + pixels[i + 2] * (1 - alpha);
        pixels[i + 3] = alpha + pixels[i + 3] * (1 - alpha);
      }
    }
  }
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const a = pixels[i * 4 + 3];
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = a ? Math.round((pixels[i * 4 + c] / a) * 255) : 0;
    rgba[i * 4 + 3] = Math.round(a * 255);
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)); // filter: none
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
for (const size of SIZES) {
  writeFileSync(join(outDir, `icon-${size}.png`), encodePng(size, render(size)));
  console.log(`icons/icon-${size}.png`);
}
