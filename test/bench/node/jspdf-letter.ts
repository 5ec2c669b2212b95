import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { jsPDF } from 'jspdf';
import { cm } from '@shared/documents/page';
import type { PeerLetter } from './jspdf-letter-input';

/**
 * The peer: the same letter laid out by hand with jsPDF, with the same font files (the @fontsource
 * Arimo regular and bold that our renderer embeds, unpacked to TrueType the same way) and the same
 * parts as letterDocument: emblem and five-line kop with a double rule, date, number block,
 * addressee, justified paragraphs with first-line indent, numbered points, signature block with
 * underlined name, tembusan, `- n -` page numbers from page 2, and a landscape lampiran with its
 * heading block, centred title, an 11-column ruled table (header shaded and repeated on every page,
 * rows never split) and a second signature block. jsPDF has no table layout or line breaking of
 * its own beyond splitTextToSize, so wrapping, row heights and page breaks are computed here.
 */

const require = createRequire(import.meta.url);
const fontsDir = dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
const ttfBase64 = (face: string): string =>
  readFileSync(join(fontsDir, face, `Arimo_${face}.ttf`)).toString('base64');
const FONT = { normal: ttfBase64('400Regular'), bold: ttfBase64('700Bold') };

const TABLE_FONT = 8.5;
/** Arimo's ascent + descent (≈ 1.149 em): the height of one line at spacing 1, as pdfmake measures it. */
const EM_LINE = 1.149;
const SIG_GAP = cm(2.5);

export function jspdfLetter(input: PeerLetter): Uint8Array {
  const { paper, margins, width, fontSize, lineSpacing } = input;
  const [left, top, , bottom] = margins;
  const doc = new jsPDF({ unit: 'pt', format: [paper.width, paper.height], compress: true });
  doc.addFileToVFS('Arimo-Regular.ttf', FONT.normal);
  doc.addFont('Arimo-Regular.ttf', 'Arimo', 'normal');
  doc.addFileToVFS('Arimo-Bold.ttf', FONT.bold);
  doc.addFont('Arimo-Bold.ttf', 'Arimo', 'bold');
  const font = (style: 'normal' | 'bold', size: number): void => {
    doc.setFont('Arimo', style);
    doc.setFontSize(size);
  };
  let pageHeight = paper.height;
  let pageNumber = 1;
  let y = top;
  const newPage = (orientation: 'portrait' | 'landscape'): void => {
    doc.addPage([paper.width, paper.height], orientation);
    pageHeight = orientation === 'landscape' ? paper.width : paper.height;
    pageNumber += 1;
    const pageWidth = orientation === 'landscape' ? paper.height : paper.width;
    font('normal', fontSize);
    doc.text(`- ${pageNumber} -`, pageWidth / 2, cm(1) + fontSize, { align: 'center' });
    y = top;
  };
  const ensure = (height: number, orientation: 'portrait' | 'landscape'): void => {
    if (y + height > pageHeight - bottom) newPage(orientation);
  };
  const lineHeight = fontSize * lineSpacing * EM_LINE;

  // Kop: emblem left, centred lines, double rule.
  if (input.emblem) doc.addImage(input.emblem, 'PNG', left, y, 58, 66);
  let kopY = y;
  for (const line of input.kop) {
    font(line.bold ? 'bold' : 'normal', line.size);
    kopY += line.size * 1.05;
    doc.text(line.text, left + width / 2, kopY, { align: 'center' });
  }
  y = Math.max(kopY + 6, y + 66) + 4;
  doc.setLineWidth(2.5);
  doc.line(left, y, left + width, y);
  doc.setLineWidth(0.75);
  doc.line(left, y + 3.5, left + width, y + 3.5);
  y += 18;

  font('normal', fontSize);
  doc.text(input.dateLine, left + width, (y += fontSize), { align: 'right' });
  y += 10;
  for (const [label, value] of input.numberRows) {
    doc.text(label, left, (y += lineHeight));
    doc.text(':', left + cm(1.9), y);
    const lines = doc.splitTextToSize(value, width - cm(5) - cm(1.9) - 14) as string[];
    doc.text(lines, left + cm(1.9) + 10, y, { lineHeightFactor: lineSpacing * EM_LINE });
    y += (lines.length - 1) * lineHeight;
  }
  y += 14;
  doc.text('Yth.', left, y + lineHeight);
  for (const [i, line] of input.addressee.entries()) {
    doc.text(line, left + cm(0.95) + (i === 3 ? cm(0.6) : 0), (y += lineHeight));
  }
  y += 14;

  const justified = (text: string, x: number, w: number, indent: number): void => {
    const firstLine = (doc.splitTextToSize(text, w - indent) as string[])[0] ?? '';
    const rest = text.slice(firstLine.length).trim();
    const lines = rest === '' ? [] : (doc.splitTextToSize(rest, w) as string[]);
    ensure(lineHeight * (lines.length + 1), 'portrait');
    doc.text(lines.length > 0 ? [firstLine, ''] : [firstLine], x + indent, (y += lineHeight), {
      align: 'justify',
      maxWidth: w - indent,
    });
    if (lines.length > 0)
      doc.text(lines, x, y + lineHeight, {
        align: 'justify',
        maxWidth: w,
        lineHeightFactor: lineSpacing * EM_LINE,
      });
    y += lines.length * lineHeight;
  };
  for (const p of input.paragraphsBefore) {
    justified(p, left, width, input.indent);
    y += 6;
  }
  for (const [i, p] of input.points.entries()) {
    doc.text(`${i + 1}.`, left + input.indent + 14, y + lineHeight, { align: 'right' });
    justified(p, left + input.indent + 18, width - input.indent - 18, 0);
  }
  y += 6;
  for (const p of input.paragraphsAfter) {
    justified(p, left, width, input.indent);
    y += 6;
  }

  const signature = (
    size: number,
    spacing: number,
    orientation: 'portrait' | 'landscape',
    pageWidth: number,
  ): void => {
    const sigWidth = width / 2;
    const centre = left + pageWidth - sigWidth / 2;
    const step = size * spacing * EM_LINE;
    font('normal', size);
    const title = doc.splitTextToSize(input.signature.title, sigWidth) as string[];
    ensure(step * (title.length + 3) + SIG_GAP, orientation);
    for (const line of title) doc.text(line, centre, (y += step), { align: 'center' });
    y += SIG_GAP;
    font('bold', size);
    doc.text(input.signature.name, centre, (y += step), { align: 'center' });
    const nameWidth = doc.getTextWidth(input.signature.name);
    doc.setLineWidth(0.6);
    doc.line(centre - nameWidth / 2, y + 1.5, centre + nameWidth / 2, y + 1.5);
    font('normal', size);
    doc.text(input.signature.rank, centre, (y += step), { align: 'center' });
    doc.text(input.signature.nip, centre, (y += step), { align: 'center' });
  };
  y += 16;
  signature(fontSize, 1.1, 'portrait', width);

  if (input.copyTo.length > 0) {
    y += 14;
    font('normal', fontSize);
    ensure(lineHeight * (input.copyTo.length + 1), 'portrait');
    doc.text('Tembusan:', left, (y += lineHeight));
    for (const [i, line] of input.copyTo.entries())
      doc.text(input.copyTo.length > 1 ? `${i + 1}. ${line}` : line, left, (y += lineHeight));
  }

  drawAnnex(
    doc,
    input,
    font,
    newPage,
    () => y,
    (value) => (y = value),
    () => pageHeight - bottom,
  );
  y += 8;
  signature(11, 1, 'landscape', input.landscapeWidth);
  return new Uint8Array(doc.output('arraybuffer'));
}

type SetFont = (style: 'normal' | 'bold', size: number) => void;

/** Landscape lampiran: heading block top right, centred title, ruled table with a repeated header. */
function drawAnnex(
  doc: jsPDF,
  input: PeerLetter,
  font: SetFont,
  newPage: (o: 'landscape') => void,
  getY: () => number,
  setY: (y: number) => void,
  limit: () => number,
): void {
  const [left] = input.margins;
  const { annex, landscapeWidth } = input;
  newPage('landscape');
  let y = getY();
  const blockX = left + landscapeWidth - cm(9.5);
  font('normal', 10);
  for (const line of annex.heading.flatMap((l) => doc.splitTextToSize(l, cm(9.5)) as string[]))
    doc.text(line, blockX, (y += 10));
  for (const [key, value] of annex.headingRows) {
    doc.text(key, blockX, (y += 10));
    const lines = doc.splitTextToSize(value, cm(9.5) - cm(2) - 8) as string[];
    doc.text(lines, blockX + cm(2), y, { lineHeightFactor: 1 });
    y += (lines.length - 1) * 10;
  }
  y += 14;
  font('bold', input.fontSize);
  const title = doc.splitTextToSize(annex.title, landscapeWidth - cm(4)) as string[];
  for (const line of title)
    doc.text(line, left + landscapeWidth / 2, (y += input.fontSize * input.lineSpacing * EM_LINE), {
      align: 'center',
    });
  y += 10;

  const step = TABLE_FONT * 1.05 * EM_LINE;
  doc.setLineWidth(1);
  const drawRow = (cells: string[], bold: boolean): void => {
    font(bold ? 'bold' : 'normal', TABLE_FONT);
    const wrapped = cells.map(
      (text, i) => doc.splitTextToSize(text, annex.widths[i] ?? 10) as string[],
    );
    const height = Math.max(...wrapped.map((lines) => lines.length)) * step + 4;
    if (y + height > limit()) {
      newPage('landscape');
      y = getY();
      drawRow(annex.headers, true);
      font(bold ? 'bold' : 'normal', TABLE_FONT);
    }
    let x = left;
    for (const [i, lines] of wrapped.entries()) {
      const w = (annex.widths[i] ?? 10) + 9;
      if (bold) {
        doc.setFillColor('#e8e8e8');
        doc.rect(x, y, w, height, 'FD');
      } else doc.rect(x, y, w, height);
      const align = bold ? 'center' : i === 0 ? 'right' : 'left';
      const tx = align === 'center' ? x + w / 2 : align === 'right' ? x + w - 4.5 : x + 4.5;
      doc.text(lines, tx, y + 2 + TABLE_FONT, { align, lineHeightFactor: 1.05 * EM_LINE });
      x += w;
    }
    y += height;
  };
  drawRow(annex.headers, true);
  for (const row of annex.rows) drawRow(row, false);
  setY(y);
}
