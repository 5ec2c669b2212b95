import { describe, expect, it } from 'vitest';
import { planCommit } from '@shared/import/duplicates';
import { runPipeline, type ImportTable, type PipelineOptions } from '@shared/import/pipeline';
import { reportToJson, type ImportReport } from '@shared/import/report';
import {
  ikmRow,
  ikmTable,
  SENTRA_HEADERS,
  sentraRow,
  testRegionLookup,
} from '../../../support/factories/spreadsheet';

async function report(
  table: ImportTable,
  options: Partial<PipelineOptions> = {},
): Promise<ImportReport> {
  const result = await runPipeline(table, { kind: 'ikm', lookup: testRegionLookup(), ...options });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('import pipeline (IKM)', () => {
  it('validates a clean row, resolving kab/kota, kecamatan and desa to a Kemendagri code', async () => {
    const r = await report(ikmTable([ikmRow({ Investasi: 150000000, 'Tenaga Kerja': 8 })]));
    const [row] = r.rows;
    expect(row?.row).toBe(2);
    expect(row?.outcome).toBe('valid');
    expect(row?.form?.kind).toBe('ikm');
    expect(row?.form?.value.regionCode).toBe('63.03.07.2001');
    expect(row?.values.nib).toBe('9120000000001');
  });

  it('marks rows whose values were tidied as "normalised" and says what changed', async () => {
    const r = await report(
      ikmTable([ikmRow({ 'No. NIB': '9120.0000.00001', Investasi: 'Rp 1.500.000' })]),
    );
    const [row] = r.rows;
    expect(row?.outcome).toBe('normalised');
    expect(row?.form?.kind === 'ikm' && row.form.value.investmentRupiah).toBe(1_500_000);
    expect(row?.messages.map((m) => m.text)).toContain('NIB dirapikan menjadi 9120000000001');
  });

  it('reports every problem of an invalid row in Indonesian, naming the sheet column', async () => {
    const r = await report(
      ikmTable([ikmRow({ 'No. NIB': '12345', 'Nama Usaha': '', 'Tenaga Kerja': 'banyak' })]),
    );
    const json = reportToJson(r);
    expect(json.rows[0]?.outcome).toBe('invalid');
    expect(json.rows[0]?.messages).toHaveLength(3);
    expect(json.rows[0]?.messages).toEqual(
      expect.arrayContaining([
        'No. NIB: NIB harus 13 digit angka',
        'Nama Usaha: Nama IKM wajib diisi',
        'Tenaga Kerja: Tenaga Kerja harus berupa angka (contoh: 1.500.000)',
      ]),
    );
  });

  it('imports a row without owner, workers or investment, with a warning for each to complete later', async () => {
    const r = await report(
      ikmTable([ikmRow({ 'Nama Pemilik': '', 'Tenaga Kerja': '', Investasi: '-' })]),
    );
    expect(r.rows[0]?.outcome).toBe('normalised');
    expect(r.rows[0]?.form?.value).toMatchObject({
      ownerName: 'belum diisi',
      workerCount: 0,
      investmentRupiah: 0,
    });
    expect(r.rows[0]?.messages.filter((m) => m.severity === 'warning').map((m) => m.text)).toEqual([
      'Nama pemilik kosong; dicatat "belum diisi" untuk dilengkapi',
      'Tenaga Kerja kosong; dicatat 0 untuk dilengkapi kemudian',
      'Investasi kosong; dicatat 0 untuk dilengkapi kemudian',
    ]);
  });

  it('suggests both regions when "Banjar" could be Kabupaten Banjar or Kota Banjar and the kecamatan fits neither', async () => {
    const r = await report(ikmTable([ikmRow({ 'Kab/Kota': 'Banjar', Kecamatan: 'Tidak Ada' })]));
    const text = r.rows[0]?.messages.map((m) => m.text).join(' ') ?? '';
    expect(r.rows[0]?.outcome).toBe('invalid');
    expect(text).toContain('Kabupaten Banjar (63.03)');
    expect(text).toContain('Kota Banjar (32.79)');
  });

  it('picks Kabupaten Banjar from "Banjar" when only it has the kecamatan, with a warning', async () => {
    const r = await report(ikmTable([ikmRow({ 'Kab/Kota': 'BANJAR' })]));
    expect(r.rows[0]?.outcome).toBe('normalised');
    expect(r.rows[0]?.form?.value.regionCode).toBe('63.03.07.2001');
    expect(
      r.rows[0]?.messages.some(
        (m) => m.severity === 'warning' && m.text.includes('dipilih menurut kecamatannya'),
      ),
    ).toBe(true);
  });

  it('names a desa that does not exist in the kecamatan', async () => {
    const r = await report(ikmTable([ikmRow({ 'Desa/Kelurahan': 'Desa Antah Berantah' })]));
    expect(r.rows[0]?.messages.map((m) => m.text).join()).toContain(
      'Desa/kelurahan "Desa Antah Berantah" tidak ditemukan di Kecamatan Astambul',
    );
  });

  it('skips empty rows in the middle and drops trailing ones; row numbers match the sheet', async () => {
    const r = await report(ikmTable([ikmRow({}, 1), [null, '', '  '], ikmRow({}, 2), [], []]));
    expect(r.rows.map((x) => [x.row, x.outcome])).toEqual([
      [2, 'valid'],
      [3, 'skipped'],
      [4, 'valid'],
    ]);
    expect(r.summary.counts).toMatchObject({ valid: 2, skipped: 1 });
  });

  it('refuses a sheet missing required columns before reading any row', async () => {
    const result = await runPipeline(
      {
        sheet: 'x',
        rows: [
          ['Nama IKM', 'NIB'],
          ['A', '1'],
        ],
      },
      { kind: 'ikm', lookup: testRegionLookup() },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toBe(
      'Kolom wajib belum dipetakan: Kabupaten/Kota, Kecamatan, Desa/Kelurahan.',
    );
  });

  it('finds duplicates by NIB and by name + village, against the register and inside the file', async () => {
    const existing = [
      {
        id: 'ikm-1',
        name: 'UD Lama',
        nib: '9120000000001',
        regionCode: '63.03.07.2001',
        deleted: false,
      },
      {
        id: 'ikm-2',
        name: 'UD Berkah 5',
        nib: '9120000009999',
        regionCode: '63.03.07.2001',
        deleted: false,
      },
    ];
    const r = await report(
      ikmTable([
        ikmRow({}, 1),
        ikmRow({}, 2),
        ikmRow({ 'Nama Usaha': 'UD Lain' }, 2),
        ikmRow({}, 5),
        ikmRow({}, 6),
        ikmRow({ 'No. NIB': '9120000000777' }, 6),
      ]),
      { existing },
    );
    const dup = r.rows.map((x) =>
      x.duplicate ? `${x.row}:${x.duplicate.against}/${x.duplicate.by}` : `${x.row}:${x.outcome}`,
    );
    expect(dup).toEqual([
      '2:register/nib',
      '3:valid',
      '4:file/nib',
      '5:register/name-village',
      '6:valid',
      '7:file/name-village',
    ]);
    expect(r.rows[0]?.duplicate?.choices).toEqual(['skip', 'update']);
    expect(r.rows[3]?.duplicate?.choices).toEqual(['skip', 'update', 'add']);
  });

  it('plans a commit from the duplicate choices: skip by default, update or add when chosen', async () => {
    const existing = [
      {
        id: 'ikm-1',
        name: 'UD Lama',
        nib: '9120000000001',
        regionCode: '63.03.07.2001',
        deleted: false,
      },
    ];
    const r = await report(
      ikmTable([ikmRow({}, 1), ikmRow({}, 2), ikmRow({ 'No. NIB': 'salah' }, 3)]),
      { existing },
    );
    expect(planCommit(r.rows)).toMatchObject({ creates: [{ row: 3 }], updates: [], skipped: 2 });
    const plan = planCommit(r.rows, { 2: 'update' });
    expect(plan.updates).toEqual([expect.objectContaining({ row: 2, id: 'ikm-1' })]);
    expect(planCommit(r.rows, { 2: 'add' }).creates.map((c) => c.row)).toEqual([3]);
  });
});

describe('import pipeline (sentra)', () => {
  it('accepts a sentra at kecamatan level and refuses an unknown commodity', async () => {
    const table = {
      sheet: 'Sentra',
      rows: [[...SENTRA_HEADERS], sentraRow(1), sentraRow(2, { Komoditi: 'logam' })],
    };
    const r = await report(table, { kind: 'sentra' });
    expect(r.rows[0]?.outcome).toBe('valid');
    expect(r.rows[0]?.form?.value.regionCode).toBe('63.03.07');
    expect(r.rows[1]?.outcome).toBe('invalid');
    expect(r.rows[1]?.messages[0]?.text).toMatch(
      /^Komoditi "logam" tidak dikenal; pilih salah satu: makanan dan minuman/,
    );
  });
});

describe('import pipeline messages', () => {
  it('gives one region message, not also "Wilayah wajib dipilih"', async () => {
    const r = await report(ikmTable([ikmRow({ Kecamatan: 'Entah' })]));
    expect(
      r.rows[0]?.messages.map((m) => m.text).filter((t) => /wilayah|kecamatan/i.test(t)),
    ).toHaveLength(1);
  });
});
