import { ANNEX_COLUMNS, annexColumnWidths } from '@shared/documents/annex';
import { fittingFontSize } from '@shared/documents/kop';
import { displayNumber, lampiranText } from '@shared/documents/letter-blocks';
import {
  cm,
  contentWidth,
  landscapeContentWidth,
  PAPER_SIZES,
  pageMargins,
} from '@shared/documents/page';
import type { Letter } from '@shared/domain/letter';
import { letterTemplateVariables, renderTemplate } from '@shared/domain/letter/render-template';
import type { OfficeProfile } from '@shared/domain/office';
import { formatLongDate, formatLongDateUpper } from '@shared/text/date';
import { plainText } from '@shared/text/justify';
import { formatNip } from '@shared/text/nip';

/**
 * Everything the jsPDF peer draws, as plain strings and numbers, prepared once outside the timed
 * part (the same texts, sizes and widths as letterDocument, so both sides lay out the same letter).
 */
export interface PeerLetter {
  paper: { width: number; height: number };
  /** left, top, right, bottom in pt. */
  margins: [number, number, number, number];
  width: number;
  landscapeWidth: number;
  fontSize: number;
  lineSpacing: number;
  indent: number;
  emblem: string | undefined;
  kop: Array<{ text: string; size: number; bold: boolean }>;
  dateLine: string;
  numberRows: Array<[string, string]>;
  addressee: string[];
  paragraphsBefore: string[];
  points: string[];
  paragraphsAfter: string[];
  signature: { title: string; name: string; rank: string; nip: string };
  copyTo: string[];
  annex: {
    heading: string[];
    headingRows: Array<[string, string]>;
    title: string;
    headers: string[];
    widths: number[];
    rows: string[][];
  };
}

export function peerLetterInput(letter: Letter, office: OfficeProfile): PeerLetter {
  const layout = office.layout;
  const [left, top, right, bottom] = pageMargins(layout);
  const variables = letterTemplateVariables(letter, office);
  const fill = (text: string): string => renderTemplate(plainText(text), variables).trim();
  const width = contentWidth(layout);
  const kopWidth = width - 2 * (58 + 6);
  const pemda = plainText(office.pemdaLine).toUpperCase();
  const name = plainText(office.officeName).toUpperCase();
  const annex = letter.annexes[0];
  if (!annex) throw new Error('The bench letter needs a lampiran');
  const upperDate = formatLongDateUpper(letter.date, { leadingZeroDay: layout.leadingZeroDay });
  return {
    paper: PAPER_SIZES[layout.paper],
    margins: [left, top, right, bottom],
    width,
    landscapeWidth: landscapeContentWidth(layout),
    fontSize: layout.fontSize,
    lineSpacing: layout.lineSpacing,
    indent: layout.firstLineIndent ? cm(1.25) : 0,
    emblem: office.emblem,
    kop: [
      { text: pemda, size: fittingFontSize(pemda, kopWidth, 14, false), bold: false },
      { text: name, size: fittingFontSize(name, kopWidth, 17, true), bold: true },
      {
        text: `${plainText(office.address)} Kode Pos ${plainText(office.postalCode)}`,
        size: 9.5,
        bold: false,
      },
      {
        text: `Telepon ${plainText(office.phone)}, Faksimile ${plainText(office.fax)}`,
        size: 9.5,
        bold: false,
      },
      {
        text: `Laman ${plainText(office.website)}, Pos-el ${plainText(office.email)}`,
        size: 9.5,
        bold: false,
      },
    ],
    dateLine: `${plainText(office.city)}, ${formatLongDate(letter.date, { leadingZeroDay: layout.leadingZeroDay })}`,
    numberRows: [
      ['Nomor', displayNumber(letter, office)],
      ['Sifat', letter.sifat],
      ['Lampiran', lampiranText(letter.annexes.length)],
      ['Hal', plainText(letter.hal)],
    ],
    addressee: [
      plainText(letter.addressee.jobTitle),
      plainText(letter.addressee.agency),
      'di',
      plainText(letter.addressee.place),
    ],
    paragraphsBefore: [fill(letter.body.opening), fill(letter.body.content)].filter(
      (p) => p !== '',
    ),
    points: letter.body.points.map(fill).filter((p) => p !== ''),
    paragraphsAfter: [fill(letter.body.closing)].filter((p) => p !== ''),
    signature: {
      title: `${plainText(office.signer.jobTitle).replace(/,\s*$/, '')},`,
      name: plainText(office.signer.name),
      rank: plainText(office.signer.rank),
      nip: `NIP ${formatNip(office.signer.nip)}`,
    },
    copyTo: letter.copyTo.map((l) => plainText(l).trim()).filter((l) => l !== ''),
    annex: {
      heading: ['LAMPIRAN', `SURAT ${plainText(office.headTitle).toUpperCase()}`],
      headingRows: [
        ['NOMOR', displayNumber(letter, office).toUpperCase()],
        ['TANGGAL', upperDate],
        ['HAL', plainText(letter.hal).toUpperCase()],
      ],
      title: plainText(annex.title).toUpperCase(),
      headers: ANNEX_COLUMNS.map((c) => c.header),
      widths: annexColumnWidths(landscapeContentWidth(layout)),
      rows: annex.rows.map((row, i) => ANNEX_COLUMNS.map((c) => plainText(c.cell(row, i)))),
    },
  };
}
