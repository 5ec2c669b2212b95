import { existsSync, readFileSync } from 'node:fs';
import { jsPDF } from 'jspdf';
import type { AnnexRow } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';

/**
 * The peer: the same letter (kop, number block, addressee, three paragraphs, signature, copy list)
 * and the same 50-row landscape lampiran drawn with jsPDF, cell text wrapped with
 * splitTextToSize and ruled by hand (jsPDF has no table layout of its own).
 */

const LIBERATION = '/usr/share/fonts/truetype/liberation';
const TTF = { normal: `${LIBERATION}/LiberationSans-Regular.ttf`, bold: `${LIBERATION}/LiberationSans-Bold.ttf` };

/** Liberation Sans is the same design and metrics as Arimo; no Arimo .ttf is installed. */
export const PEER_FONT_AVAILABLE = existsSync(TTF.normal) && existsSync(TTF.bold);
const fontBase64 = PEER_FONT_AVAILABLE
  ? { normal: readFileSync(TTF.normal).toString('base64'), bold: readFileSync(TTF.bold).toString('base64') }
  : undefined;

const COLUMNS: ReadonlyArray<readonly [string, number, (r: AnnexRow) => string]> = [
  ['Nama IKM', 30, (r) => r.enterpriseName],
  ['Pemilik', 25, (r) => r.ownerName],
  ['Alamat', 35, (r) => r.address],
  ['Kab/Kota', 25, (r) => r.kabKota],
  ['Sentra dan SK', 35, (r) => r.sentraAndDecree],
  ['Komoditi', 20, (r) => r.commodity],
  ['Produk', 25, (r) => r.product],
  ['Legalitas', 30, (r) => r.legality],
  ['Kontak', 22, (r) => r.contact],
  ['Ket.', 20, (r) => r.note],
];

function setFont(doc: jsPDF, style: 'normal' | 'bold'): void {
  doc.setFont(fontBase64 ? 'LiberationSans' : 'helvetica', style);
}

export function jspdfLetter(office: OfficeProfile, paragraphs: readonly string[], rows: readonly AnnexRow[]): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  if (fontBase64) {
    doc.addFileToVFS('LiberationSans-Regular.ttf', fontBase64.normal);
    doc.addFont('LiberationSans-Regular.ttf', 'LiberationSans', 'normal');
    doc.addFileToVFS('LiberationSans-Bold.ttf', fontBase64.bold);
    doc.addFont('LiberationSans-Bold.ttf', 'LiberationSans', 'bold');
  }
  const left = 25;
  const width = 160;
  let y = 20;
  setFont(doc, 'bold');
  doc.setFontSize(14);
  doc.text(office.pemdaLine, 105, y, { align: 'center' });
  doc.text(office.officeName, 105, (y += 7), { align: 'center' });
  setFont(doc, 'normal');
  doc.setFontSize(10);
  doc.text(`${office.address} Telepon ${office.phone}`, 105, (y += 6), { align: 'center' });
  doc.setLineWidth(0.8);
  doc.line(left, (y += 3), left + width, y);
  doc.setFontSize(12);
  doc.text(`${office.city}, 21 Mei 2024`, left + width, (y += 10), { align: 'right' });
  for (const [label, value] of [['Nomor', '500.9.2/118/Disperin/2024'], ['Sifat', 'Biasa'], ['Lampiran', '1 (satu) berkas'], ['Hal', 'Usulan Calon IKM OVOP Tahun 2026']]) {
    doc.text(`${label ?? ''}`, left, (y += 6));
    doc.text(`: ${value ?? ''}`, left + 25, y);
  }
  doc.text('Yth. Direktur Jenderal Industri Kecil, Menengah, dan Aneka', left, (y += 12));
  doc.text('di Jakarta', left, (y += 6));
  for (const paragraph of paragraphs) {
    const lines = doc.splitTextToSize(paragraph, width) as string[];
    y += 4;
    for (const line of lines) doc.text(line, left, (y += 6), { maxWidth: width, align: 'justify' });
  }
  doc.text(office.headTitle, left + width / 2, (y += 14), { maxWidth: width / 2 });
  setFont(doc, 'bold');
  doc.text(office.signer.name, left + width / 2, (y += 28));
  setFont(doc, 'normal');
  doc.text(`NIP ${office.signer.nip}`, left + width / 2, (y += 6));
  doc.text('Tembusan: Gubernur Kalimantan Selatan', left, y + 12);

  doc.addPage('a4', 'landscape');
  const lineHeight = 3.6;
  const tableTop = 20;
  doc.setFontSize(12);
  setFont(doc, 'bold');
  doc.text('DAFTAR CALON IKM ONE VILLAGE ONE PRODUCT (OVOP) TAHUN 2026', 148, 14, { align: 'center' });
  const drawHeader = (top: number): number => {
    doc.setFontSize(8);
    setFont(doc, 'bold');
    let x = 12;
    doc.rect(12, top, 10, 8);
    doc.text('No', 13, top + 5);
    x += 10;
    for (const [title, w] of COLUMNS) {
      doc.rect(x, top, w, 8);
      doc.text(title, x + 1, top + 5);
      x += w;
    }
    setFont(doc, 'normal');
    return top + 8;
  };
  y = drawHeader(tableTop);
  doc.setLineWidth(0.2);
  for (const [index, row] of rows.entries()) {
    const cells = COLUMNS.map(([, w, value]) => doc.splitTextToSize(value(row), w - 2) as string[]);
    const height = Math.max(...cells.map((c) => c.length)) * lineHeight + 2;
    if (y + height > 195) {
      doc.addPage('a4', 'landscape');
      y = drawHeader(15);
    }
    let x = 12;
    doc.rect(x, y, 10, height);
    doc.text(String(index + 1), x + 1, y + lineHeight);
    x += 10;
    for (const [c, [, w]] of COLUMNS.entries()) {
      doc.rect(x, y, w, height);
      doc.text(cells[c] ?? [], x + 1, y + lineHeight);
      x += w;
    }
    y += height;
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
