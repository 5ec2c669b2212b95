import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { prescanXlsx, rangeCells } from '@shared/import/xlsx-prescan';
import { ikmRow, ikmTable, xlsxBytes } from '../../../support/factories/spreadsheet';

/** A minimal hand-made XLSX; `parts` replace or add entries. */
function hostileXlsx(parts: Record<string, string>): Uint8Array {
  const base: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml':
      '<?xml version="1.0"?><workbook><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/worksheets/sheet1.xml':
      '<?xml version="1.0"?><worksheet><dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama IKM</t></is></c></row></sheetData></worksheet>',
  };
  const files: Zippable = {};
  for (const [name, text] of Object.entries({ ...base, ...parts }))
    files[name] = [strToU8(text), { level: 9 }];
  return zipSync(files);
}

describe('XLSX pre-scan', () => {
  it('lets a normal exceljs workbook through', async () => {
    const table = ikmTable([ikmRow({}, 1), ikmRow({}, 2)]);
    expect(prescanXlsx(await xlsxBytes(table.rows))).toEqual({ ok: true });
  });

  it('computes the cells a reference covers, including whole columns and rows', () => {
    expect(rangeCells('A1:C10')).toBe(30);
    expect(rangeCells('Sheet1!$A:$A')).toBe(1_048_576);
    expect(rangeCells('$1:$2')).toBe(2 * 16_384);
  });

  it('refuses a sheet that claims a huge dimension', () => {
    const result = prescanXlsx(
      hostileXlsx({
        'xl/worksheets/sheet1.xml':
          '<worksheet><dimension ref="A1:XFD1048576"/><sheetData/></worksheet>',
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^Lembar xl\/worksheets\/sheet1\.xml mengaku berukuran A1:XFD1048576/,
    );
  });

  it('refuses a whole-column defined name', () => {
    const result = prescanXlsx(
      hostileXlsx({
        'xl/workbook.xml':
          '<workbook><sheets/><definedNames><definedName name="semua">Data!$A:$Z</definedName></definedNames></workbook>',
      }),
    );
    expect(!result.ok && result.message).toMatch(
      /nama rentang yang mencakup .* sel \(mis\. satu kolom penuh\)/,
    );
  });

  it('refuses a million empty rows', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"/>`).join('');
    const result = prescanXlsx(
      hostileXlsx({
        'xl/worksheets/sheet1.xml': `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
      }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/baris|mengembang/);
  });

  it('refuses one empty row numbered past the limit', () => {
    const result = prescanXlsx(
      hostileXlsx({
        'xl/worksheets/sheet1.xml':
          '<worksheet><sheetData><row r="1048576"/></sheetData></worksheet>',
      }),
    );
    expect(!result.ok && result.message).toMatch(/1\.048\.576 baris/);
  });

  it('refuses huge shared strings', () => {
    const big = `<sst>${'<si><t>x</t></si>'.repeat(3_000_000)}</sst>`;
    const result = prescanXlsx(hostileXlsx({ 'xl/sharedStrings.xml': big }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/sharedStrings|mengembang/);
  });

  it('refuses non-zip bytes and zips that are not workbooks', () => {
    expect(prescanXlsx(strToU8('Nama,NIB\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/bukan XLSX/),
    });
    expect(prescanXlsx(zipSync({ 'a.txt': strToU8('hi') }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/bukan buku kerja Excel/),
    });
  });

  it('refuses too many entries', () => {
    const parts: Record<string, string> = {};
    for (let i = 0; i < 1200; i++) parts[`xl/media/f${i}.txt`] = 'x';
    expect(prescanXlsx(hostileXlsx(parts))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/terlalu banyak bagian/),
    });
  });
});
