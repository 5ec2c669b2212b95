import { reportTables, type DashboardData } from '@shared/dashboard';
import { governorReportDocument } from '@shared/documents/governor-report';
import type { OfficeProfile } from '@shared/domain/office';
import { saveBytes, type SaveResult } from '../../platform/api';
import { renderPdf } from '../../platform/pdf';

function fileBase(data: DashboardData, today: string): string {
  return `laporan-rekap-ovop-${data.round.year}-${today}`;
}

/** The recap as PDF (rendered in the PDF worker), saved through the platform. */
export async function downloadReportPdf(data: DashboardData, office: OfficeProfile, today: string): Promise<SaveResult> {
  const bytes = await renderPdf(governorReportDocument(data, office, { date: today }));
  return saveBytes(`${fileBase(data, today)}.pdf`, bytes, [{ name: 'Dokumen PDF', extensions: ['pdf'] }]);
}

/** Excel forbids these in sheet names and caps them at 31 characters. */
function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 28).trim();
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 26)} ${i}`;
  used.add(name);
  return name;
}

/** The same tables as an XLSX workbook: one sheet per table; counts as numbers, every text as a text cell. */
export async function reportXlsxBytes(data: DashboardData): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OVOP Desk';
  const used = new Set<string>();
  for (const table of reportTables(data)) {
    const sheet = workbook.addWorksheet(sheetName(table.title, used));
    sheet.addRow([table.title]).font = { bold: true };
    const header = sheet.addRow(table.columns);
    header.font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map(() => null));
      row.forEach((value, i) => {
        const cell = added.getCell(i + 1);
        cell.value = value;
        // Text stays text: a name starting with "=" or digits is never read as a formula or number.
        if (typeof value === 'string') cell.numFmt = '@';
      });
    }
    sheet.columns.forEach((column, i) => {
      const widest = Math.max(table.columns[i]?.length ?? 8, ...table.rows.map((r) => String(r[i] ?? '').length));
      column.width = Math.min(60, Math.max(10, widest + 2));
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export async function downloadReportXlsx(data: DashboardData, today: string): Promise<SaveResult> {
  return saveBytes(`${fileBase(data, today)}.xlsx`, await reportXlsxBytes(data), [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }]);
}
