import type { OfficeProfile } from '../domain/office/office-profile.schema';
import type { Letter } from '../domain/letter/letter';
import { plainText } from '../text/justify';
import { formatNip } from '../text/nip';
import { regionOnOwnLine } from '../text/region-name';
import { CLOSING_CONTENT_ID, CLOSING_ID } from './closing-fit';
import { cm } from './page';
import type { PdfContent, PdfNode } from './pdf-types';

/** Lines above the signature space: optional a.n. line, then the job title ending with a comma. */
function titleLines(office: OfficeProfile): string[] {
  const s = office.signer;
  const title = regionOnOwnLine(plainText(s.jobTitle).replace(/,\s*$/, ''));
  if (s.authority === 'a.n.')
    return [plainText(s.authorityLine ?? '').trim(), `${title},`].filter((l) => l !== '');
  if (s.authority === 'Plt.' || s.authority === 'Plh.') return [`${s.authority} ${title},`];
  return [`${title},`];
}

/** The space to sign in; in the letter (not `compact`) its height may tighten (letter-spacing.ts). */
function signatureSpace(letter: Letter, width: number, compact: boolean): PdfNode {
  if (letter.signingMode === 'tte') {
    const boxWidth = Math.min(width - 20, cm(6));
    // A clean area without a drawn border: the signing service places the signature on the anchor.
    return {
      table: {
        widths: [boxWidth],
        heights: [cm(2.3)],
        body: [
          [
            {
              text: plainText(letter.tteAnchor),
              fontSize: 8,
              alignment: 'center',
              margin: [0, cm(0.9), 0, 0],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [(width - boxWidth) / 2, 4, 0, 4],
      alignment: 'left',
      ...(compact ? {} : { spacing: 'signature-box' as const }),
    };
  }
  return {
    text: ' ',
    margin: [0, 0, 0, cm(2.5) - 14],
    ...(compact ? {} : { spacing: 'signature-gap' as const }),
  };
}

/** The signature block on the right half, kept on one page; `compact` (lampiran) uses 11 pt, single spacing. */
export function signatureBlock(
  letter: Letter,
  office: OfficeProfile,
  width: number,
  compact = false,
): PdfNode {
  const s = office.signer;
  const name: PdfNode = { text: plainText(s.name), bold: true };
  if (office.layout.underlineSignerName) name.decoration = 'underline';
  const lines: PdfContent[] = [...titleLines(office), signatureSpace(letter, width, compact), name];
  if (s.rank.trim() !== '') lines.push(plainText(s.rank));
  lines.push(`NIP ${formatNip(s.nip)}`);
  // A one-row table that may not break keeps the block on one page; pdfmake's `unbreakable` on a
  // columns node measured it wrongly and pushed it to a new page while it still fitted.
  return {
    table: {
      widths: ['*', width],
      dontBreakRows: true,
      body: [
        [
          '',
          compact
            ? { stack: lines, alignment: 'center', lineHeight: 1, fontSize: 11 }
            : { stack: lines, alignment: 'center', lineHeight: 1.1, spacing: 'signature-lines' },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, compact ? 8 : 16, 0, 0],
    ...(compact ? {} : { spacing: 'signature' as const }),
  };
}

/** `Tembusan:` under the signature; numbered when more than one line. */
export function copyToBlock(letter: Letter, office: OfficeProfile): PdfContent[] {
  const lines = letter.copyTo.map((l) => plainText(l).trim()).filter((l) => l !== '');
  if (lines.length === 0) return [];
  const ythStyle = office.copyToStyle === 'yth-semicolon';
  const heading = ythStyle ? 'Tembusan Yth.:' : 'Tembusan:';
  const items = ythStyle
    ? lines.map((l, i) =>
        i < lines.length - 1 ? `${l.replace(/[;.]$/, '')};` : l.replace(/;$/, ''),
      )
    : lines;
  const list: PdfContent = items.length > 1 ? { ol: items } : { text: items[0] ?? '' };
  return [{ stack: [heading, list], margin: [0, 12, 0, 0], spacing: 'copy-to' }];
}

/**
 * The end of the letter as one unit that never breaks across pages: the last body lines, the
 * signature block and the tembusan. A page holding only the tembusan (or only the signature) cannot
 * happen. When the unit does not fit, the spacing tightens first (closing-fit.ts); only when that
 * is not enough, it moves whole to the next page with the last paragraph.
 */
export function closingUnit(
  lastBody: PdfContent[],
  signature: PdfNode,
  copyTo: PdfContent[],
): PdfNode {
  return {
    table: {
      widths: ['*'],
      dontBreakRows: true,
      body: [[{ stack: [...lastBody, signature, ...copyTo], id: CLOSING_CONTENT_ID }]],
    },
    layout: 'noBorders',
    id: CLOSING_ID,
  };
}
