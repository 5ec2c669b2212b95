import { isSafeEmblem } from '../domain/office/emblem';
import type { OfficeProfile } from '../domain/office/office-profile.schema';
import { plainText } from '../text/justify';
import type { PdfCanvasLine, PdfContent, PdfNode } from './pdf-types';

const EMBLEM_WIDTH = 58;
const COLUMN_GAP = 6;

/**
 * Largest size (≤ max) at which a capitalised line fits on one line: Arimo/Tinos capitals average
 * about 0.68 em (bold 0.74 em), so long region names shrink instead of wrapping.
 */
export function fittingFontSize(text: string, width: number, max: number, bold: boolean): number {
  const em = bold ? 0.74 : 0.68;
  const size = width / Math.max(1, text.length * em);
  return Math.max(9, Math.min(max, Math.floor(size * 2) / 2));
}

function contactLines(office: OfficeProfile): string[] {
  const address = [
    plainText(office.address),
    office.postalCode ? `Kode Pos ${plainText(office.postalCode)}` : '',
  ]
    .filter((p) => p !== '')
    .join(' ');
  const phones = [
    office.phone ? `Telepon ${plainText(office.phone)}` : '',
    office.fax ? `Faksimile ${plainText(office.fax)}` : '',
  ]
    .filter((p) => p !== '')
    .join(', ');
  const online = [
    office.website ? `Laman ${plainText(office.website)}` : '',
    office.email ? `Pos-el ${plainText(office.email)}` : '',
  ]
    .filter((p) => p !== '')
    .join(', ');
  return [address, phones, online].filter((line) => line !== '');
}

/** Full-width rule under the kop: single, or thick-thin double. */
function kopRule(style: 'single' | 'double', width: number): PdfNode {
  const lines: PdfCanvasLine[] =
    style === 'double'
      ? [
          { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2.5 },
          { type: 'line', x1: 0, y1: 3.5, x2: width, y2: 3.5, lineWidth: 0.75 },
        ]
      : [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1.5 }];
  return { canvas: lines, margin: [0, 4, 0, 14] };
}

/** The letterhead of page 1: emblem left, centred lines, office name bold and larger, then the rule. */
export function kop(office: OfficeProfile, width: number): PdfContent[] {
  const emblem = isSafeEmblem(office.emblem);
  const lineWidth = emblem ? width - 2 * (EMBLEM_WIDTH + COLUMN_GAP) : width;
  const pemda = plainText(office.pemdaLine).toUpperCase();
  const name = plainText(office.officeName).toUpperCase();
  const lines: PdfContent[] = [
    { text: pemda, fontSize: fittingFontSize(pemda, lineWidth, 14, false) },
    { text: name, fontSize: fittingFontSize(name, lineWidth, 17, true), bold: true },
    ...contactLines(office).map((line): PdfNode => ({ text: line, fontSize: 9.5 })),
  ];
  const centred: PdfNode = { stack: lines, alignment: 'center', lineHeight: 1.05 };
  const head: PdfNode =
    emblem && office.emblem
      ? {
          columns: [
            { image: office.emblem, fit: [EMBLEM_WIDTH, 72], width: EMBLEM_WIDTH },
            { ...centred, width: '*' },
            { text: '', width: EMBLEM_WIDTH },
          ],
          columnGap: COLUMN_GAP,
        }
      : centred;
  return [head, kopRule(office.layout.ruleStyle, width)];
}
