import { ascii, detectFileType, startsWith } from './file-type';

export interface ImageHeader {
  type: 'png' | 'jpeg' | 'webp';
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, o: number) => ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0);
const u16le = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, o: number) =>
  (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, o: number) =>
  (((b[o] ?? 0) << 24) | ((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)) >>> 0;

function pngHeader(b: Uint8Array): ImageHeader | undefined {
  // signature(8) + length(4) + "IHDR"(4) + width(4) + height(4)
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR') return undefined;
  return { type: 'png', width: u32be(b, 16), height: u32be(b, 20) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) are not frames. */
function isSofMarker(m: number): boolean {
  return m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
}

function jpegHeader(b: Uint8Array): ImageHeader | undefined {
  let o = 2;
  while (o + 4 <= b.length) {
    if (b[o] !== 0xff) return undefined;
    const marker = b[o + 1] ?? 0;
    if (marker === 0xff) {
      o += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image / start of scan before a frame
    const length = u16be(b, o + 2);
    if (length < 2) return undefined;
    if (isSofMarker(marker)) {
      if (o + 9 > b.length) return undefined;
      return { type: 'jpeg', height: u16be(b, o + 5), width: u16be(b, o + 7) };
    }
    o += 2 + length;
  }
  return undefined;
}

function webpHeader(b: Uint8Array): ImageHeader | undefined {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30) {
    return { type: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  if (chunk === 'VP8 ' && b.length >= 30 && startsWith(b, [0x9d, 0x01, 0x2a], 23)) {
    return { type: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25 && b[20] === 0x2f) {
    const bits =
      ((b[21] ?? 0) | ((b[22] ?? 0) << 8) | ((b[23] ?? 0) << 16) | ((b[24] ?? 0) << 24)) >>> 0;
    return { type: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return undefined;
}

/** Reads the pixel size of a PNG, JPEG or WEBP from its header, without decoding. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const type = detectFileType(bytes);
  if (type === 'png') return pngHeader(bytes);
  if (type === 'jpeg') return jpegHeader(bytes);
  if (type === 'webp') return webpHeader(bytes);
  return undefined;
}

export interface ImageLimits {
  maxBytes: number;
  /** width × height */
  maxPixels: number;
}

export type ImageCheck = { ok: true; header: ImageHeader } | { ok: false; reason: string };

/** Minimal plausible bytes per pixel for a real image; below this the header is lying (decompression bomb). */
const MIN_BYTES_PER_MEGAPIXEL = 16;

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}

/** Checks an image before anyone decodes it: type, header, byte size, pixel count. */
export function checkImage(bytes: Uint8Array, limits: ImageLimits): ImageCheck {
  if (bytes.length > limits.maxBytes) {
    return {
      ok: false,
      reason: `Berkas terlalu besar (${formatMegabytes(bytes.length)}); batasnya ${formatMegabytes(limits.maxBytes)}`,
    };
  }
  const type = detectFileType(bytes);
  if (type !== 'png' && type !== 'jpeg' && type !== 'webp') {
    return { ok: false, reason: 'Berkas bukan gambar PNG, JPEG, atau WEBP' };
  }
  const header = readImageHeader(bytes);
  if (!header) return { ok: false, reason: 'Kepala berkas gambar rusak atau tidak lengkap' };
  if (header.width === 0 || header.height === 0)
    return { ok: false, reason: 'Ukuran gambar tidak valid (lebar atau tinggi nol)' };
  const pixels = header.width * header.height;
  if (pixels > limits.maxPixels) {
    return {
      ok: false,
      reason: `Gambar terlalu besar: ${header.width} × ${header.height} piksel; batasnya ${(limits.maxPixels / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} megapiksel`,
    };
  }
  if ((pixels / 1_000_000) * MIN_BYTES_PER_MEGAPIXEL > bytes.length && pixels > 4_000_000) {
    return { ok: false, reason: 'Ukuran gambar yang tertulis tidak sesuai dengan isi berkas' };
  }
  return { ok: true, header };
}
