import type { OfficeProfile } from '../domain/office/office-profile.schema';
import type { Annex, AnnexRow, Letter } from '../domain/letter/letter';
import { sourceLetterCitation } from '../domain/letter/render-template';
import { formatLongDateUpper } from '../text/date';
import { plainText } from '../text/justify';
import { displayNumber } from './letter-blocks';
import { cm, landscapeContentWidth } from './page';
import type { PdfContent, PdfNode } from './pdf-types';
import { signatureBlock } from './signature';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function romanNumeral(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

export const ANNEX_COLUMNS: ReadonlyArray<{
  header: string;
  weight: number;
  cell: (row: AnnexRow, index: number) => string;
}> = [
  { header: 'No.', weight: 3.2, cell: (_row, i) => `${i + 1}.` },
  { header: 'Nama IKM', weight: 11, cell: (r) => r.enterpriseName },
  { header: 'Pemilik', weight: 9, cell: (r) => r.ownerName },
  { header: 'Alamat', weight: 11.5, cell: (r) => r.address },
  { header: 'Kab/Kota', weight: 8.5, cell: (r) => r.kabKota },
  { header: 'Sentra IKM + SK', weight: 10.5, cell: (r) => r.sentraAndDecree },
  { header: 'Komoditi', weight: 7, cell: (r) => r.commodity },
  { header: 'Produk', weight: 8, cell: (r) => r.product },
  { header: 'Legalitas', weight: 14, cell: (r) => r.legality },
  { header: 'Kontak', weight: 10, cell: (r) => r.contact },
  { header: 'Keterangan', weight: 8, cell: annexNote },
];

/** The row's note, preceded by the kab/kota letter that proposed it (the province's lampiran). */
function annexNote(row: AnnexRow): string {
  const source = row.sourceLetter ? `Surat usulan ${sourceLetterCitation(row.sourceLetter)}` : '';
  return [source, row.note.trim()].filter((part) => part !== '').join('; ');
}

const CELL_PADDING = 8; // pdfmake default: 4 pt each side
const TABLE_FONT_SIZE = 8.5;

export function annexColumnWidths(available: number): number[] {
  const inner = available - ANNEX_COLUMNS.length * (CELL_PADDING + 1) - 1;
  const total = ANNEX_COLUMNS.reduce((sum, c) => sum + c.weight, 0);
  return ANNEX_COLUMNS.map((c) => Math.floor((c.weight / total) * inner * 100) / 100);
}

function annexHeading(
  letter: Letter,
  office: OfficeProfile,
  index: number,
  count: number,
): PdfNode {
  const label = count > 1 ? `LAMPIRAN ${romanNumeral(index + 1)}` : 'LAMPIRAN';
  const row = (key: string, value: string): PdfContent[] => [key, { text: value }];
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: cm(9.5),
        stack: [
          label,
          `SURAT ${plainText(office.headTitle).toUpperCase()}`,
          {
            table: {
              widths: [cm(2), '*'],
              body: [
                row('NOMOR', displayNumber(letter, office)),
                row(
                  'TANGGAL',
                  formatLongDateUpper(letter.date, {
                    leadingZeroDay: office.layout.leadingZeroDay,
                  }),
                ),
                row('HAL', plainText(letter.hal).toUpperCase()),
              ],
            },
            layout: 'noBorders',
            margin: [0, 0, 0, 0],
          },
        ],
      },
    ],
    fontSize: 10,
    lineHeight: 1,
    margin: [0, 0, 0, 14],
  };
}

function annexTable(annex: Annex, widths: number[]): PdfNode {
  const header: PdfContent[] = ANNEX_COLUMNS.map((c) => ({
    text: c.header,
    bold: true,
    alignment: 'center',
    fillColor: '#e8e8e8',
  }));
  const body: PdfContent[][] = annex.rows.map((row, i) =>
    ANNEX_COLUMNS.map((c, ci) => {
      const text = plainText(c.cell(row, i));
      return ci === 0 ? { text, alignment: 'right' as const } : text;
    }),
  );
  return {
    table: { widths, headerRows: 1, dontBreakRows: true, body: [header, ...body] },
    fontSize: TABLE_FONT_SIZE,
    lineHeight: 1.05,
  };
}

/** One lampiran: landscape page, heading block top right, centred title, table, signature block. */
export function annexSection(
  letter: Letter,
  office: OfficeProfile,
  index: number,
  options: { newPage: boolean; signatureWidth: number },
): PdfNode {
  const annex = letter.annexes[index];
  if (!annex) throw new Error(`Lampiran ${index + 1} tidak ada`);
  const width = landscapeContentWidth(office.layout);
  const section: PdfNode = {
    stack: [
      annexHeading(letter, office, index, letter.annexes.length),
      {
        text: plainText(annex.title).toUpperCase(),
        bold: true,
        alignment: 'center',
        margin: [cm(2), 0, cm(2), 10],
      },
      annexTable(annex, annexColumnWidths(width)),
      signatureBlock(letter, office, options.signatureWidth, true),
    ],
  };
  if (options.newPage) {
    section.pageBreak = 'before';
    section.pageOrientation = 'landscape';
  }
  return section;
}
