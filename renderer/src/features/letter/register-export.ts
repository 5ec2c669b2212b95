import { formatLongDate } from '@shared/text/date';
import type { RegisterEntry } from '@shared/domain/letter';

const STATUS_LABELS: Record<RegisterEntry['status'], string> = {
  draft: 'konsep',
  final: 'final',
  signed: 'ditandatangani',
  sent: 'terkirim',
  batal: 'batal',
};

export const REGISTER_COLUMNS = ['Nomor', 'Tanggal', 'Sifat', 'Hal', 'Tujuan', 'Tembusan', 'Penanda tangan', 'Jumlah lampiran', 'Status', 'SHA-256 PDF final', 'SHA-256 salinan bertanda tangan'] as const;

/** Register rows as text cells (never formulas or numbers Excel could reinterpret). */
export function registerRows(entries: readonly RegisterEntry[]): string[][] {
  return entries.map((e) => [
    e.number,
    formatLongDate(e.date),
    e.sifat,
    e.hal,
    e.addressee,
    e.copyTo.join('; '),
    e.signer,
    String(e.attachmentCount),
    STATUS_LABELS[e.status],
    e.finalPdfHash ?? '',
    e.signedCopyHash ?? '',
  ]);
}

/** Buku agenda surat keluar as XLSX; exceljs is loaded only when the user exports. */
export async function registerWorkbook(entries: readonly RegisterEntry[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'OVOP Desk';
  const sheet = book.addWorksheet('Agenda surat keluar');
  sheet.addRow([...REGISTER_COLUMNS]).font = { bold: true };
  for (const row of registerRows(entries)) {
    const added = sheet.addRow(row);
    added.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.columns.forEach((column, i) => {
    column.width = [26, 18, 12, 40, 40, 40, 30, 10, 14, 20, 20][i] ?? 16;
  });
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
