import { describe, expect, it } from 'vitest';
import { parseCredentialKind } from '@shared/import/ikm-extras';
import { runPipeline, type ImportTable, type PipelineOptions } from '@shared/import/pipeline';
import { reportToJson, type ImportRowReport } from '@shared/import/report';
import { ikmExtrasRow, ikmExtrasTable, sentraRef } from '../../../support/factories/import-extras';
import { testRegionLookup } from '../../../support/factories/spreadsheet';

async function rows(
  table: ImportTable,
  options: Partial<PipelineOptions> = {},
): Promise<ImportRowReport[]> {
  const result = await runPipeline(table, {
    kind: 'ikm',
    lookup: testRegionLookup(),
    sentras: [],
    ...options,
  });
  if (!result.ok) throw new Error(result.message);
  return [...result.report.rows];
}
const one = async (
  extras: Parameters<typeof ikmExtrasRow>[0],
  options: Partial<PipelineOptions> = {},
): Promise<ImportRowReport> => {
  const [row] = await rows(ikmExtrasTable([ikmExtrasRow(extras)]), options);
  if (!row) throw new Error('no row');
  return row;
};
const ikm = (row: ImportRowReport) => (row.form?.kind === 'ikm' ? row.form : undefined);
const texts = (row: ImportRowReport): string[] => row.messages.map((m) => m.text);

describe('IKM import: Produk + Komoditi', () => {
  it("turns Produk and Komoditi into one product of the IKM; Catatan stays the sheet's own note", async () => {
    const row = await one({ Produk: '  Kerupuk Ikan Haruan ', Komoditi: 'Makanan & Minuman' });
    expect(row.outcome).toBe('normalised');
    expect(ikm(row)?.product).toEqual({
      name: 'Kerupuk Ikan Haruan',
      commodity: 'makanan-minuman',
    });
    expect(ikm(row)?.value.notes).toBe('');
    expect(row.values).toMatchObject({
      product: 'Kerupuk Ikan Haruan',
      commodity: 'makanan-minuman',
    });
    expect(texts(row)).toEqual([
      'dibaca sebagai "makanan dan minuman"',
      'Produk "Kerupuk Ikan Haruan" dibuat sebagai data produk IKM (makanan dan minuman); kapasitas dan harga dilengkapi kemudian',
    ]);
  });

  it('keeps Produk in Catatan with a message when Komoditi is empty (row still imported)', async () => {
    const row = await one({ Produk: 'Kerupuk Ikan' });
    expect(row.outcome).toBe('normalised');
    expect(ikm(row)?.product).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe('Produk: Kerupuk Ikan');
    expect(texts(row)).toContain(
      'Produk "Kerupuk Ikan" disimpan di Catatan, bukan sebagai data produk, karena Komoditi kosong',
    );
  });

  it('keeps Produk and the unknown Komoditi in Catatan with a message', async () => {
    const row = await one({ Produk: 'Pisau Banjar', Komoditi: 'logam' });
    expect(row.outcome).toBe('normalised');
    expect(ikm(row)?.product).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe('Produk: Pisau Banjar; Komoditi: logam');
    expect(texts(row)).toContain(
      'Produk "Pisau Banjar" disimpan di Catatan, bukan sebagai data produk, karena Komoditi "logam" tidak dikenal',
    );
  });

  it('puts Komoditi without Produk in Catatan and makes no product', async () => {
    const row = await one({ Komoditi: 'anyaman' });
    expect(ikm(row)?.product).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe('Komoditi: anyaman');
    expect(texts(row)).toContain(
      'Komoditi disimpan di Catatan karena kolom Produk kosong; data produk tidak dibuat',
    );
  });
});

describe('IKM import: Sentra', () => {
  const register = [
    sentraRef('s-banjar', 'Sentra Kerupuk Ikan', '63.03.07'),
    sentraRef('s-kota', 'Sentra Kerupuk Ikan', '63.72.01'),
    sentraRef('s-amuntai', 'Sentra Anyaman Purun', '63.08.01'),
    sentraRef('s-a', 'Sentra Tenun', '63.72.01'),
    sentraRef('s-b', 'Sentra Tenun', '63.08.01'),
  ];

  it('links the IKM to the sentra of that name, ignoring case, spaces and a leading "Sentra"', async () => {
    const row = await one(
      { Sentra: 'kerupuk IKAN' },
      { sentras: [sentraRef('s-1', 'Sentra Kerupuk Ikan')] },
    );
    expect(ikm(row)?.value.sentraId).toBe('s-1');
    expect(ikm(row)?.value.notes).toBe('');
    expect(texts(row)).toEqual(['Dihubungkan ke sentra "Sentra Kerupuk Ikan" di register']);
    expect(row.outcome).toBe('valid');
  });

  it("prefers the sentra in the IKM's own kab/kota when the name exists in several", async () => {
    const row = await one({ Sentra: 'Sentra Kerupuk Ikan' }, { sentras: register });
    expect(ikm(row)?.value.sentraId).toBe('s-banjar');
  });

  it('links the only sentra of that name even in another kab/kota, with a warning', async () => {
    const row = await one({ Sentra: 'Anyaman Purun' }, { sentras: register });
    expect(ikm(row)?.value.sentraId).toBe('s-amuntai');
    expect(texts(row)).toContain(
      'Sentra "Sentra Anyaman Purun" berada di kabupaten/kota lain daripada IKM ini; IKM tetap dihubungkan ke sentra itu',
    );
  });

  it("does not link an ambiguous name (several, none in the IKM's kab/kota): name kept in Catatan with a message", async () => {
    const row = await one({ Sentra: 'Tenun' }, { sentras: register });
    expect(row.outcome).toBe('normalised');
    expect(ikm(row)?.value.sentraId).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe('Sentra: Tenun');
    expect(texts(row)).toContain(
      'Sentra "Tenun" ada 2 di register dan tidak satu pun di kabupaten/kota atau kecamatan IKM ini saja; IKM diimpor tanpa sentra (nama sentra disimpan di Catatan)',
    );
  });

  it('does not link an unknown sentra: name kept in Catatan with a message', async () => {
    const row = await one({ Sentra: 'Sentra Batik Sasirangan' }, { sentras: register });
    expect(ikm(row)?.value.sentraId).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe('Sentra: Sentra Batik Sasirangan');
    expect(texts(row)).toContain(
      'Sentra "Sentra Batik Sasirangan" tidak ditemukan di register; IKM diimpor tanpa sentra (nama sentra disimpan di Catatan)',
    );
  });

  it('headless (no register): says the sentra is matched at import time, outcome unchanged', async () => {
    const row = await one({ Sentra: 'Kerupuk Ikan' }, { sentras: undefined });
    expect(row.outcome).toBe('valid');
    expect(
      reportToJson({
        summary: {
          kind: 'ikm',
          sheet: '',
          headerRow: 1,
          columns: [],
          total: 1,
          counts: { valid: 1, normalised: 0, invalid: 0, duplicate: 0, skipped: 0 },
        },
        rows: [row],
      }).rows[0],
    ).toMatchObject({
      values: { sentraName: 'Kerupuk Ikan' },
      messages: [
        'Sentra: Sentra "Kerupuk Ikan" dicocokkan dengan register saat impor di aplikasi; pemeriksaan ini tanpa register',
      ],
    });
  });
});

describe('IKM import: Legalitas', () => {
  it('turns type + number + issue date (+ end date) into one credential, dates normalised', async () => {
    const row = await one({
      Legalitas: 'P-IRT',
      'No. Legalitas': '2056303010123-27',
      'Tanggal Terbit': '21 Mei 2024',
      'Masa Berlaku': 46528,
    });
    expect(ikm(row)?.credential).toEqual({
      kind: 'spp-irt',
      number: '2056303010123-27',
      issuedOn: '2024-05-21',
      expiresOn: '2027-05-21',
    });
    expect(row.values).toMatchObject({
      credential: 'spp-irt',
      credentialNumber: '2056303010123-27',
      credentialIssuedOn: '2024-05-21',
      credentialExpiresOn: '2027-05-21',
    });
    expect(ikm(row)?.value.notes).toBe('');
  });

  it('keeps a type without number in Catatan with a message', async () => {
    const row = await one({ Legalitas: 'Halal' });
    expect(row.outcome).toBe('normalised');
    expect(ikm(row)?.credential).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe('Legalitas: Sertifikat Halal');
    expect(texts(row)).toContain(
      'Legalitas disimpan di Catatan, bukan sebagai dokumen legalitas, karena Nomor Legalitas kosong',
    );
  });

  it('falls back to Catatan when the required issue date is missing, keeping number and end date', async () => {
    const row = await one({
      Legalitas: 'BPOM MD',
      'No. Legalitas': 'MD 123',
      'Masa Berlaku': '2027-01-31',
    });
    expect(ikm(row)?.credential).toBeUndefined();
    expect(ikm(row)?.value.notes).toBe(
      'Legalitas: BPOM MD No. MD 123 berlaku s.d. 31 Januari 2027',
    );
    expect(texts(row)).toContain(
      'Legalitas disimpan di Catatan, bukan sebagai dokumen legalitas, karena Tanggal Terbit kosong',
    );
  });

  it('falls back to Catatan for an unknown type and for an end date before the issue date', async () => {
    const [unknown, backwards] = await rows(
      ikmExtrasTable([
        ikmExtrasRow(
          { Legalitas: 'Izin Gangguan', 'No. Legalitas': '12', 'Tanggal Terbit': '2024-01-01' },
          1,
        ),
        ikmExtrasRow(
          {
            Legalitas: 'SNI',
            'No. Legalitas': 'SNI-9',
            'Tanggal Terbit': '2024-01-01',
            'Masa Berlaku': '2023-01-01',
          },
          2,
        ),
      ]),
    );
    expect(unknown && ikm(unknown)?.credential).toBeUndefined();
    expect(unknown && texts(unknown).join()).toContain(
      'jenis legalitas "Izin Gangguan" tidak dikenal',
    );
    expect(backwards && ikm(backwards)?.credential).toBeUndefined();
    expect(backwards && texts(backwards)).toContain(
      'Legalitas disimpan di Catatan, bukan sebagai dokumen legalitas, karena Berlaku Sampai lebih awal dari Tanggal Terbit',
    );
  });

  it('refuses a row whose legalitas date cannot be read, like any other date column', async () => {
    const row = await one({
      Legalitas: 'SNI',
      'No. Legalitas': 'SNI-9',
      'Tanggal Terbit': 'kemarin',
    });
    expect(row.outcome).toBe('invalid');
    expect(texts(row)).toContain(
      'Tanggal Terbit: tanggal "kemarin" tidak dikenali (contoh: 21 Mei 2024)',
    );
  });

  it('reads the usual ways of writing a credential type', () => {
    expect(
      [
        'SPP-IRT',
        'pirt',
        'Sertifikat Halal',
        'BPOM MD',
        'HKI (Merek)',
        'merek',
        'Hasil Uji Laboratorium',
        'nib',
        'Batikmark',
      ].map(parseCredentialKind),
    ).toEqual([
      'spp-irt',
      'spp-irt',
      'halal',
      'bpom-md',
      'hki',
      'hki',
      'uji-lab',
      'nib',
      'batikmark',
    ]);
    expect(parseCredentialKind('PIRT, Halal')).toBeUndefined();
  });
});
