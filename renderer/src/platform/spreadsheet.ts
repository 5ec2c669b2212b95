import type * as ExcelNamespace from 'exceljs';
import type { ExportCell } from '@shared/export/csv-write';
import { readCsv } from '@shared/import/csv-read';
import type { ImportTable } from '@shared/import/pipeline';
import { readXlsxTable } from '@shared/import/sheet-cells';

/**
 * XLSX reading and writing. exceljs is loaded on first use (`await import('exceljs')`) so it stays
 * out of the start-up bundle. Every XLSX is pre-scanned before exceljs sees it.
 */
type ExcelModule = typeof ExcelNamespace;

let excel: Promise<ExcelModule> | undefined;
function loadExcel(): Promise<ExcelModule> {
  excel ??= import('exceljs').then(
    (m) => ((m as { default?: ExcelModule }).default ?? m) as ExcelModule,
  );
  return excel;
}

export type ReadResult = { ok: true; table: ImportTable } | { ok: false; message: string };

const MAX_FILE_BYTES = 60 * 1024 * 1024;

/** Reads the first non-empty sheet of an XLSX, or a CSV (by extension or content). */
export async function readSpreadsheet(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_FILE_BYTES)
    return { ok: false, message: 'Berkas terlalu besar (lebih dari 60 MB).' };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    if (/\.xlsx?$/i.test(fileName))
      return {
        ok: false,
        message: 'Berkas ini bukan XLSX yang sah. Simpan ulang dari Excel sebagai .xlsx atau .csv.',
      };
    const csv = readCsv(bytes, fileName);
    return csv.ok ? { ok: true, table: csv.table } : csv;
  }
  return readXlsxTable(bytes, async (buffer) => {
    const { Workbook } = await loadExcel();
    const wb = new Workbook();
    await wb.xlsx.load(buffer);
    return wb.worksheets;
  });
}

export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly ExportCell[])[];
  readonly widths?: readonly number[];
  /** Header comments (notes), by column index. */
  readonly headerNotes?: readonly string[];
  /** Drop-down lists: column index → range formula on a list sheet, e.g. `Daftar!$A$2:$A$7`. */
  readonly lists?: Readonly<Record<number, string>>;
  readonly hidden?: boolean;
}

/**
 * Writes sheets. Strings are always written as text values (never `{ formula }`), so user data
 * such as "=HYPERLINK(…)" is shown as text and never evaluated; numbers stay numbers.
 */
export async function writeXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const wb = new Workbook();
  wb.creator = 'OVOP Desk';
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    spec.rows.forEach((row, r) => {
      const xlRow = ws.getRow(r + 1);
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === '') return;
        const cell = xlRow.getCell(c + 1);
        if (typeof value === 'number') cell.value = value;
        else if (typeof value === 'boolean') cell.value = value ? 'ya' : 'tidak';
        else {
          cell.value = value;
          cell.numFmt = '@';
        }
      });
    });
    const header = ws.getRow(1);
    header.font = { bold: true };
    spec.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    spec.headerNotes?.forEach((note, i) => {
      if (note) header.getCell(i + 1).note = note;
    });
    for (const [col, formula] of Object.entries(spec.lists ?? {})) {
      const letter = ws.getColumn(Number(col) + 1).letter;
      for (let r = 2; r <= 1000; r++) {
        ws.getCell(`${letter}${r}`).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: 'Pilihan tidak dikenal',
          error: 'Pilih salah satu isi daftar.',
        };
      }
    }
    if (spec.rows.length > 0) ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
