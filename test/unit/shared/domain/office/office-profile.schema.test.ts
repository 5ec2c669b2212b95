import { describe, expect, it } from 'vitest';
import { defaultOfficeProfile, isSafeEmblem, officeProfileSchema } from '@shared/domain/office';
import { EMBLEM_PNG_DATA_URL, provinceOffice } from '../../../../support/factories/letter';

function messages(input: unknown): string[] {
  const result = officeProfileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('office profile', () => {
  it('accepts a complete provincial profile', () => {
    expect(messages(provinceOffice())).toEqual([]);
  });

  it('has the letters.md layout defaults and the seeded 500.9 Perindustrian code', () => {
    const office = defaultOfficeProfile();
    expect(office.layout).toMatchObject({
      paper: 'A4',
      font: 'sans',
      fontSize: 12,
      lineSpacing: 1.15,
      leadingZeroDay: false,
    });
    expect(office.layout.marginsCm).toEqual({ top: 2, right: 2, bottom: 2.5, left: 3 });
    expect(office.numberTemplate).toBe('{kode}/{urut}/{unit}/{tahun}');
    expect(office.classificationCodes[0]).toEqual({ code: '500.9', label: 'Perindustrian' });
    expect(office.tteAnchor).toBe('${ttd_pengirim}');
  });

  it('explains wrong settings in Indonesian', () => {
    const office = provinceOffice(
      { postalCode: '7011', email: 'bukan-surel' },
      { fontSize: 14, lineSpacing: 2 },
    );
    const all = messages({ ...office, signer: { ...office.signer, nip: '12345' } });
    expect(all).toEqual(
      expect.arrayContaining([
        'Kode pos harus 5 digit',
        'Alamat pos-el tidak valid',
        'Ukuran huruf paling besar 12 pt',
        'Spasi baris paling besar 1,5',
        'NIP harus 18 digit (sekarang 5 digit)',
      ]),
    );
  });

  it('requires the a.n. line when signing on behalf of the head', () => {
    const office = provinceOffice();
    expect(messages({ ...office, signer: { ...office.signer, authority: 'a.n.' } })).toContain(
      'Baris a.n. wajib diisi, misalnya "a.n. KEPALA DINAS PERINDUSTRIAN"',
    );
  });

  it('accepts only PNG or JPEG emblems whose bytes match their type', () => {
    expect(isSafeEmblem(EMBLEM_PNG_DATA_URL)).toBe(true);
    expect(isSafeEmblem('data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==')).toBe(true);
    expect(isSafeEmblem('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=')).toBe(false);
    expect(isSafeEmblem('data:image/png;base64,/9j/4AAQSkZJRgABAQ==')).toBe(false);
    expect(isSafeEmblem('https://contoh.go.id/lambang.png')).toBe(false);
    expect(isSafeEmblem('/etc/passwd')).toBe(false);
    expect(messages(provinceOffice({ emblem: 'data:image/gif;base64,R0lGODlh' }))).toContain(
      'Lambang daerah harus gambar PNG atau JPEG (paling besar sekitar 1 MB)',
    );
  });
});
