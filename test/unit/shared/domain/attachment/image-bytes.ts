/** Builders for image header bytes used by the attachment tests. */
function be32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}

export function pngHeader(width: number, height: number, padTo = 0): Uint8Array {
  const bytes = [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a, // signature
    ...be32(13),
    0x49,
    0x48,
    0x44,
    0x52, // IHDR chunk length + type
    ...be32(width),
    ...be32(height),
    8,
    6,
    0,
    0,
    0, // bit depth, colour type, compression, filter, interlace
    0,
    0,
    0,
    0, // CRC (not checked)
  ];
  while (bytes.length < padTo) bytes.push(0);
  return Uint8Array.from(bytes);
}

export function jpegHeader(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    0xff,
    0xd8, // SOI
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00, // APP0 JFIF
    0xff,
    0xdb,
    0x00,
    0x04,
    0x00,
    0x00, // a short DQT segment to skip
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    (height >> 8) & 0xff,
    height & 0xff,
    (width >> 8) & 0xff,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

export function webpVp8xHeader(width: number, height: number): Uint8Array {
  const w = width - 1;
  const h = height - 1;
  return Uint8Array.from([
    ...ascii('RIFF'),
    0x24,
    0,
    0,
    0,
    ...ascii('WEBP'),
    ...ascii('VP8X'),
    10,
    0,
    0,
    0,
    0,
    0,
    0,
    0, // flags + reserved
    w & 0xff,
    (w >> 8) & 0xff,
    (w >> 16) & 0xff,
    h & 0xff,
    (h >> 8) & 0xff,
    (h >> 16) & 0xff,
  ]);
}

export function webpVp8lHeader(width: number, height: number): Uint8Array {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14);
  return Uint8Array.from([
    ...ascii('RIFF'),
    0x1a,
    0,
    0,
    0,
    ...ascii('WEBP'),
    ...ascii('VP8L'),
    5,
    0,
    0,
    0,
    0x2f,
    bits & 0xff,
    (bits >>> 8) & 0xff,
    (bits >>> 16) & 0xff,
    (bits >>> 24) & 0xff,
  ]);
}

export function webpVp8Header(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    ...ascii('RIFF'),
    0x1e,
    0,
    0,
    0,
    ...ascii('WEBP'),
    ...ascii('VP8 '),
    10,
    0,
    0,
    0,
    0x00,
    0x00,
    0x00, // frame tag
    0x9d,
    0x01,
    0x2a, // start code
    width & 0xff,
    (width >> 8) & 0x3f,
    height & 0xff,
    (height >> 8) & 0x3f,
  ]);
}

/** A ZIP local file header for one stored entry with the given name and no data. */
export function zipWithEntry(name: string): Uint8Array {
  const n = ascii(name);
  return Uint8Array.from([
    0x50,
    0x4b,
    0x03,
    0x04,
    20,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0, // crc
    0,
    0,
    0,
    0, // compressed size
    0,
    0,
    0,
    0, // uncompressed size
    n.length & 0xff,
    (n.length >> 8) & 0xff,
    0,
    0,
    ...n,
    0x50,
    0x4b,
    0x05,
    0x06,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
  ]);
}

export function zipWithEntries(names: string[]): Uint8Array {
  const parts = names.map((name) => {
    const whole = zipWithEntry(name);
    return whole.slice(0, whole.length - 22); // drop the end record of each
  });
  const end = [0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)];
  return Uint8Array.from([...parts.flatMap((p) => [...p]), ...end]);
}
