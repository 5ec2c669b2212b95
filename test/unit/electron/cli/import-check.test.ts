import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importCheck } from '../../../../electron/cli/import-check';
import { ikmExtrasRow, ikmExtrasTable } from '../../../support/factories/import-extras';
import {
  ikmRow,
  ikmTable,
  SENTRA_HEADERS,
  sentraRow,
  xlsxBytes,
} from '../../../support/factories/spreadsheet';

const dir = mkdtempSync(join(tmpdir(), 'import-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliJson {
  summary: { kind?: string; refused?: boolean; message?: string; counts?: Record<string, number> };
  rows: { row: number; outcome: string; messages: string[]; values: Record<string, unknown> }[];
}

describe('npm run import:check', () => {
  it('checks an XLSX and prints one JSON report with sheet row numbers, writing nothing', async () => {
    const file = join(dir, 'ikm.xlsx');
    const table = ikmTable([ikmRow({}, 1), ikmRow({ 'No. NIB': '12' }, 2)]);
    writeFileSync(file, await xlsxBytes([['Data IKM Kabupaten Banjar'], [], ...table.rows]));
    const before = readdirSync(dir);
    const { code, output } = await importCheck([file]);
    const json = JSON.parse(output) as CliJson;
    expect(code).toBe(0);
    expect(json.summary.kind).toBe('ikm');
    expect(json.rows.map((r) => [r.row, r.outcome])).toEqual([
      [4, 'valid'],
      [5, 'invalid'],
    ]);
    expect(json.rows[1]?.messages).toContain('No. NIB: NIB harus 13 digit angka');
    expect(json.rows[0]?.values.regionCode).toBe('63.03.07.2001');
    expect(readdirSync(dir)).toEqual(before);
  });

  it('reads a semicolon CSV in Windows-1252 and guesses the sentra kind', async () => {
    const file = join(dir, 'sentra.csv');
    const lines = [
      SENTRA_HEADERS.join(';'),
      sentraRow(1, { 'Nama Sentra': 'Sentra Kué' }).join(';'),
    ].join('\r\n');
    writeFileSync(file, Buffer.from(lines, 'latin1'));
    const json = JSON.parse((await importCheck([file])).output) as CliJson;
    expect(json.summary.kind).toBe('sentra');
    expect(json.rows[0]).toMatchObject({
      row: 2,
      outcome: 'valid',
      values: { name: 'Sentra Kué' },
    });
  });

  it('refuses a hostile XLSX with exit code 2 and an Indonesian message', async () => {
    const file = join(dir, 'trap.xlsx');
    writeFileSync(
      file,
      zipSync({
        'xl/workbook.xml': strToU8(
          '<workbook><definedNames><definedName name="x">Data!$A:$A</definedName></definedNames></workbook>',
        ),
        'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
      }),
    );
    const { code, output } = await importCheck([file, '--kind', 'ikm']);
    expect(code).toBe(2);
    expect((JSON.parse(output) as CliJson).summary).toMatchObject({
      refused: true,
      message: expect.stringMatching(/nama rentang/),
    });
  });

  it('shows product, legalitas and sentra in "values" and says the sentra is matched at import time (no register headless)', async () => {
    const file = join(dir, 'ikm-extras.xlsx');
    const table = ikmExtrasTable([
      ikmExtrasRow(
        {
          Produk: 'Kerupuk Ikan',
          Komoditi: 'Makanan',
          Legalitas: 'PIRT',
          'No. Legalitas': 'P-IRT 7',
          'Tanggal Terbit': '21/05/2024',
          Sentra: 'Sentra Kerupuk',
        },
        1,
      ),
      ikmExtrasRow({ Produk: 'Amplang' }, 2),
    ]);
    writeFileSync(file, await xlsxBytes(table.rows));
    const json = JSON.parse((await importCheck([file])).output) as CliJson;
    expect(Object.keys(json)).toEqual(['summary', 'rows']);
    expect(json.rows[0]).toMatchObject({
      row: 2,
      outcome: 'normalised',
      values: {
        product: 'Kerupuk Ikan',
        commodity: 'makanan-minuman',
        credential: 'spp-irt',
        credentialNumber: 'P-IRT 7',
        credentialIssuedOn: '2024-05-21',
        sentraName: 'Sentra Kerupuk',
      },
    });
    expect(json.rows[0]?.messages).toContain(
      'Sentra: Sentra "Sentra Kerupuk" dicocokkan dengan register saat impor di aplikasi; pemeriksaan ini tanpa register',
    );
    expect(json.rows[1]?.messages).toContain(
      'Produk: Produk "Amplang" disimpan di Catatan, bukan sebagai data produk, karena Komoditi kosong',
    );
  });

  it('explains its usage when the kind is unknown', async () => {
    const { code, output } = await importCheck(['x.csv', '--kind', 'usulan']);
    expect(code).toBe(1);
    expect(output).toContain('Pemakaian: npm run import:check');
  });
});
