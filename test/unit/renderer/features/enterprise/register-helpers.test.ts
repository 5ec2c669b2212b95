import { describe, expect, it } from 'vitest';
import {
  checkUpload,
  fitWithin,
} from '../../../../../renderer/src/features/enterprise/upload/check-upload';
import {
  destinationsFromText,
  legalitySummary,
} from '../../../../../renderer/src/features/enterprise/enterprise-editor';

const png = (width: number, height: number, extra = 0) => {
  const b = new Uint8Array(33 + extra);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
};
const pdf = new TextEncoder().encode('%PDF-1.4 isi');
const limits = { photoBytes: 1000, documentBytes: 2000, maxPixels: 1_000_000 };

describe('checkUpload', () => {
  it('accepts a photo by its content and refuses a PDF named as a photo', () => {
    expect(checkUpload(png(40, 30), 'photo', limits)).toEqual({ ok: true, type: 'png' });
    const refused = checkUpload(pdf, 'photo', limits);
    expect(refused).toEqual({
      ok: false,
      message: 'Berkas ditolak: isinya PDF. Pilih berkas JPEG, PNG, atau WEBP.',
    });
  });
  it('refuses oversize files and oversize image headers in Indonesian', () => {
    expect(checkUpload(png(40, 30, 2000), 'photo', limits)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Berkas terlalu besar'),
    });
    expect(checkUpload(png(5000, 5000), 'photo', limits)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Gambar ditolak: Gambar terlalu besar'),
    });
  });
  it('accepts a PDF scan but not an unknown file', () => {
    expect(checkUpload(pdf, 'scan', limits)).toEqual({ ok: true, type: 'pdf' });
    expect(checkUpload(new Uint8Array([1, 2, 3]), 'document', limits)).toMatchObject({
      ok: false,
      message: expect.stringContaining('jenisnya tidak dikenali'),
    });
  });
  it('fits thumbnails within 320 px keeping the ratio and never enlarges', () => {
    expect(fitWithin(4000, 3000, 320)).toEqual({ width: 320, height: 240 });
    expect(fitWithin(100, 50, 320)).toEqual({ width: 100, height: 50 });
  });
});

describe('legalitySummary and destinations', () => {
  it('reports the worst state of the live credentials', () => {
    const today = '2026-03-01';
    expect(legalitySummary([], today)).toEqual({ label: 'Belum ada', severity: 'none' });
    expect(legalitySummary([{ expiresOn: '2027-01-01' }], today).severity).toBe('ok');
    expect(
      legalitySummary([{ expiresOn: '2027-01-01' }, { expiresOn: '2026-04-01' }], today),
    ).toEqual({ label: '2 dokumen, 1 segera berakhir', severity: 'warning' });
    expect(
      legalitySummary(
        [
          { expiresOn: '2026-02-01' },
          { expiresOn: '2025-01-01', deletedAt: '2026-01-01T00:00:00Z' },
        ],
        today,
      ),
    ).toEqual({ label: '1 dokumen, 1 kedaluwarsa', severity: 'error' });
  });
  it('splits export destinations on commas and semicolons', () => {
    expect(destinationsFromText(' Jepang, Belanda ;Korea,, ')).toEqual([
      'Jepang',
      'Belanda',
      'Korea',
    ]);
  });
});
