import { describe, expect, it } from 'vitest';
import {
  folderName,
  MAX_FOLDER_NAME,
  MAX_PACK_FILE_NAME,
  schemeFileName,
  uniqueNames,
} from '@shared/pack/pack-names';

describe('pack folder and file names', () => {
  it('numbers folders so they sort in order, widening past 99', () => {
    expect(folderName(3, 12, 'UD Berkah Bahari')).toBe('03_UD Berkah Bahari');
    expect(folderName(7, 150, 'CV Maju')).toBe('007_CV Maju');
  });

  it('never produces path separators, Windows-forbidden characters or trailing dots', () => {
    const name = folderName(1, 5, 'PT. "Sinar/Jaya" <Abadi>: Kain\\Tenun?*|.');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
    expect(name).not.toMatch(/[. ]$/);
    expect(name).toBe('01_PT Sinar Jaya Abadi Kain Tenun');
  });

  it('keeps a reserved device name from being the whole file name', () => {
    expect(schemeFileName('03', 'halal', 'x', 'pdf')).toBe('03_halal_x.pdf');
    // An IKM literally named "CON" becomes a folder that Windows can create.
    expect(folderName(1, 2, 'CON')).toMatch(/^01_+CON$/);
    expect(schemeFileName('05', 'dokumen', 'NUL', 'pdf')).toBe('05_dokumen__NUL.pdf');
  });

  it('cuts long names and keeps the extension', () => {
    const long = 'Koperasi Produsen Tenun Ikat Tradisional '.repeat(6);
    expect(folderName(1, 3, long).length).toBeLessThanOrEqual(MAX_FOLDER_NAME);
    const file = schemeFileName('03', 'halal', 'ID'.padEnd(200, '9'), 'pdf');
    expect(file.length).toBeLessThanOrEqual(MAX_PACK_FILE_NAME);
    expect(file.endsWith('.pdf')).toBe(true);
    expect(file.startsWith('03_halal_ID99')).toBe(true);
  });

  it('turns slashes in document numbers into something that is not a folder', () => {
    expect(schemeFileName('04', 'sk-sentra', '188.45/123/KUM/2023', 'pdf')).toBe(
      '04_sk-sentra_188-45-123-KUM-2023.pdf',
    );
  });

  it('makes duplicates unique ignoring letter case', () => {
    expect(uniqueNames(['a/Foto.jpg', 'a/foto.JPG', 'a/foto.jpg', 'b'])).toEqual([
      'a/Foto.jpg',
      'a/foto (2).JPG',
      'a/foto (3).jpg',
      'b',
    ]);
  });
});
