import { describe, expect, it } from 'vitest';
import {
  checkImage,
  detectFileType,
  readImageHeader,
  sanitiseFileName,
} from '@shared/domain/attachment/attachment';
import {
  jpegHeader,
  pngHeader,
  webpVp8Header,
  webpVp8lHeader,
  webpVp8xHeader,
  zipWithEntries,
  zipWithEntry,
} from './image-bytes';

const text = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('detectFileType (from content, never the name)', () => {
  it.each([
    ['PDF', text('%PDF-1.7\n%âãÏÓ'), 'pdf'],
    ['PNG', pngHeader(10, 10), 'png'],
    ['JPEG', jpegHeader(10, 10), 'jpeg'],
    ['WEBP', webpVp8xHeader(10, 10), 'webp'],
    ['XLSX', zipWithEntries(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']), 'xlsx'],
    ['plain ZIP', zipWithEntry('foto/rumah.jpg'), 'zip'],
    ['text', text('hello, this is not a pdf'), 'unknown'],
    ['empty', new Uint8Array(0), 'unknown'],
    ['RIFF that is not WEBP (WAV)', text('RIFF\x24\x00\x00\x00WAVEfmt '), 'unknown'],
  ])('%s → %s', (_label, bytes, type) => {
    expect(detectFileType(bytes)).toBe(type);
  });
});

describe('readImageHeader', () => {
  it.each([
    ['PNG', pngHeader(1024, 768), { type: 'png', width: 1024, height: 768 }],
    ['JPEG', jpegHeader(4000, 3000), { type: 'jpeg', width: 4000, height: 3000 }],
    ['WEBP VP8X', webpVp8xHeader(3000, 2000), { type: 'webp', width: 3000, height: 2000 }],
    ['WEBP VP8L', webpVp8lHeader(640, 480), { type: 'webp', width: 640, height: 480 }],
    ['WEBP VP8', webpVp8Header(800, 600), { type: 'webp', width: 800, height: 600 }],
  ])('%s', (_label, bytes, header) => {
    expect(readImageHeader(bytes)).toEqual(header);
  });

  it('gives up on a truncated header instead of inventing a size', () => {
    expect(readImageHeader(pngHeader(10, 10).slice(0, 20))).toBeUndefined();
    expect(readImageHeader(jpegHeader(10, 10).slice(0, 30))).toBeUndefined();
    expect(readImageHeader(text('%PDF-1.4'))).toBeUndefined();
  });
});

describe('checkImage', () => {
  const limits = { maxBytes: 10_000_000, maxPixels: 50_000_000 };

  it('accepts a plausible photo', () => {
    const result = checkImage(pngHeader(800, 600), limits);
    expect(result).toEqual({ ok: true, header: { type: 'png', width: 800, height: 600 } });
  });

  it('refuses a tiny PNG claiming 100000 × 100000 pixels, in Indonesian', () => {
    const bomb = pngHeader(100_000, 100_000, 50);
    expect(bomb.length).toBe(50);
    const result = checkImage(bomb, limits);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Gambar terlalu besar: 100000 × 100000 piksel/);
  });

  it('refuses a header that claims far more pixels than the bytes could hold', () => {
    const result = checkImage(pngHeader(7000, 7000), limits);
    expect(result).toEqual({
      ok: false,
      reason: 'Ukuran gambar yang tertulis tidak sesuai dengan isi berkas',
    });
  });

  it('refuses a file over the byte limit before looking further', () => {
    const result = checkImage(pngHeader(10, 10, 2000), { maxBytes: 1000, maxPixels: 1_000_000 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('Berkas terlalu besar');
  });

  it('refuses something that is not an image, even if named .jpg', () => {
    expect(checkImage(text('%PDF-1.7 ...'), limits)).toEqual({
      ok: false,
      reason: 'Berkas bukan gambar PNG, JPEG, atau WEBP',
    });
  });

  it('refuses a zero-sized image', () => {
    expect(checkImage(pngHeader(0, 10), limits)).toEqual({
      ok: false,
      reason: 'Ukuran gambar tidak valid (lebar atau tinggi nol)',
    });
  });
});

describe('sanitiseFileName (valid on Windows)', () => {
  it.each([
    ['SK: Bupati/Banjar 2023?.pdf', 'SK_ Bupati_Banjar 2023_.pdf'],
    ['a<b>c"d|e*f\\g.jpg', 'a_b_c_d_e_f_g.jpg'],
    ['foto\u0000\u001f\u007f.png', 'foto.png'],
    ['laporan. . .', 'laporan'],
    ['laporan.pdf   ', 'laporan.pdf'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['LPT9.pdf', '_LPT9.pdf'],
    ['COM1', '_COM1'],
    ['COM10.pdf', 'COM10.pdf'],
    ['', 'berkas'],
    ['...', 'berkas'],
    ['Kerupuk Haruan — foto 1.jpeg', 'Kerupuk Haruan — foto 1.jpeg'],
  ])('%j → %j', (input, expected) => {
    expect(sanitiseFileName(input)).toBe(expected);
  });

  it('cuts long names but keeps the extension', () => {
    const result = sanitiseFileName(`${'a'.repeat(300)}.pdf`, 40);
    expect(result).toHaveLength(40);
    expect(result.endsWith('.pdf')).toBe(true);
  });

  it('never ends with a dot or space after cutting', () => {
    const result = sanitiseFileName(`${'a'.repeat(35)}.    b.pdf`, 40);
    expect(result).not.toMatch(/[. ]\.pdf$/);
    expect(result.length).toBeLessThanOrEqual(40);
  });
});
