// Draws the app icon (512×512 PNG) without any image library: a blue rounded square with a white
// ring and a gold centre, encoded by hand (zlib + CRC32). Run: node electron/tools/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Coverage of a pixel by a shape, 4×4 supersampled for smooth edges. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i += 1)
    for (let j = 0; j < 4; j += 1) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits += 1;
  return hits / 16;
}

const c = SIZE / 2;
const radius = 96;
const inRoundedSquare = (x, y) => {
  const m = 24;
  const dx = Math.max(m + radius - x, 0, x - (SIZE - m - radius));
  const dy = Math.max(m + radius - y, 0, y - (SIZE - m - radius));
  return x >= m && x <= SIZE - m && y >= m && y <= SIZE - m && dx * dx + dy * dy <= radius * radius;
};
const dist = (x, y) => Math.hypot(x - c, y - c);
const inRing = (x, y) => dist(x, y) <= 170 && dist(x, y) >= 122;
const inCentre = (x, y) => dist(x, y) <= 62;

const blue = [31, 78, 140];
const white = [255, 255, 255];
const gold = [242, 183, 5];
const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y += 1) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x += 1) {
    const bg = coverage(x, y, inRoundedSquare);
    const ring = coverage(x, y, inRing);
    const dot = coverage(x, y, inCentre);
    const mix = (k) => Math.round(blue[k] * (1 - ring - dot) + white[k] * ring + gold[k] * dot);
    const p = row + 1 + x * 4;
    raw[p] = mix(0);
    raw[p + 1] = mix(1);
    raw[p + 2] = mix(2);
    raw[p + 3] = Math.round(255 * bg);
  }
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../../build/icon.png', import.meta.url), png);
console.log(`build/icon.png ditulis (${png.length} bait)`);
