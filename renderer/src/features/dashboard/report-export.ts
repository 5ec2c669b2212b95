import { reportTables, type DashboardData } from '@shared/dashboard';
import { governorReportDocument } from '@shared/documents/governor-report';
import type { OfficeProfile } from '@shared/domain/office';
import { saveBytes, type SaveResult } from '../../platform/api';
import { renderPdf } from '../../platform/pdf';
import { writeXlsx, type SheetSpec } from '../../platform/spreadsheet';

function fileBase(data: DashboardData, today: string): string {
  return `laporan-rekap-ovop-${data.round.year}-${today}`;
}

/** The recap as PDF (rendered in the PDF worker), saved through the platform. */
export async function downloadReportPdf(
  data: DashboardData,
  office: OfficeProfile,
  today: string,
): Promise<SaveResult> {
  const bytes = await renderPdf(governorReportDocument(data, office, { date: today }));
  return saveBytes(`${fileBase(data, today)}.pdf`, bytes, [
    { name: 'Dokumen PDF', extensions: ['pdf'] },
  ]);
}

/** Excel forbids these in sheet names and caps them at 31 characters. */
function sheetName(title: string, used: Set<string>): string {
  const base = title
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 28)
    .trim();
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 26)} ${i}`;
  used.add(name);
  return name;
}

/**
 * The same tables as an XLSX workbook: one sheet per table (title row, header row, data), written by
 * the app's one XLSX writer: counts stay numbers, every text is a text cell (never a formula).
 */
export function reportXlsxBytes(data: DashboardData): Promise<Uint8Array> {
  const used = new Set<string>();
  const sheets: SheetSpec[] = reportTables(data).map((table) => ({
    name: sheetName(table.title, used),
    rows: [[table.title], table.columns, ...table.rows],
    widths: table.columns.map((column, i) =>
      Math.min(
        60,
        Math.max(
          10,
          Math.max(column.length, ...table.rows.map((r) => String(r[i] ?? '').length)) + 2,
        ),
      ),
    ),
  }));
  return writeXlsx(sheets);
}

export async function downloadReportXlsx(data: DashboardData, today: string): Promise<SaveResult> {
  return saveBytes(`${fileBase(data, today)}.xlsx`, await reportXlsxBytes(data), [
    { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  ]);
}
