import type { OfficeProfile } from '../domain/office/office-profile.schema';
import type { Letter } from '../domain/letter/letter';
import { formatLetterNumber } from '../domain/letter/numbering';
import { renderTemplate, type TemplateVariables } from '../domain/letter/render-template';
import { formatLongDate, parseIsoDate } from '../text/date';
import { justifiedText, plainText } from '../text/justify';
import { countWithWords } from '../text/terbilang';
import { cm } from './page';
import type { PdfContent, PdfNode } from './pdf-types';

/** Placeholder for the sequence while a letter is a draft. */
const PROVISIONAL_SEQUENCE = '…';

/** The real number once final; a provisional one (with `…` for the sequence) while a draft. */
export function displayNumber(letter: Letter, office: OfficeProfile): string {
  if (letter.number) return plainText(letter.number);
  const year = parseIsoDate(letter.date)?.year ?? letter.year;
  return formatLetterNumber(office.numberTemplate, {
    kode: letter.classificationCode,
    urut: PROVISIONAL_SEQUENCE,
    unit: office.unitCode,
    tahun: year,
  });
}

export function lampiranText(annexCount: number): string {
  return annexCount === 0 ? '-' : countWithWords(annexCount, 'berkas');
}

export function dateLine(letter: Letter, office: OfficeProfile): PdfNode {
  return {
    text: `${plainText(office.city)}, ${formatLongDate(letter.date, { leadingZeroDay: office.layout.leadingZeroDay })}`,
    alignment: 'right',
    margin: [0, 0, 0, 10],
    spacing: 'date',
  };
}

/** Nomor / Sifat / Lampiran / Hal with aligned colons; long values hang under their first word. */
export function numberBlock(letter: Letter, office: OfficeProfile): PdfNode {
  const row = (label: string, value: string): PdfContent[] => [label, ':', { text: value }];
  return {
    table: {
      widths: [cm(1.9), 6, '*'],
      body: [
        row('Nomor', displayNumber(letter, office)),
        row('Sifat', letter.sifat),
        row('Lampiran', lampiranText(letter.annexes.length)),
        row('Hal', plainText(letter.hal)),
      ],
    },
    // pdfmake's noBorders layout has no left padding in the first column: margin 0 keeps the labels
    // exactly on the body margin.
    layout: 'noBorders',
    margin: [0, 0, cm(5), 14],
    spacing: 'block',
  };
}

function addresseeLines(a: Letter['addressee']): PdfContent[] {
  const lines: PdfContent[] = [plainText(a.jobTitle), plainText(a.agency)].filter(
    (line) => line.trim() !== '',
  );
  lines.push('di', { text: plainText(a.place), margin: [cm(0.6), 0, 0, 0] });
  return lines;
}

export function addresseeBlock(letter: Letter): PdfNode {
  const a = letter.addressee;
  return {
    table: {
      widths: [cm(0.95), '*'],
      body: [
        [
          'Yth.',
          {
            stack: addresseeLines(a),
          },
        ],
      ],
    },
    layout: 'noBorders',
    margin: [0, 0, cm(3), 14],
    spacing: 'block',
  };
}

function paragraph(text: string, indent: number): PdfNode {
  return {
    text: justifiedText(text),
    alignment: 'justify',
    leadingIndent: indent,
    margin: [0, 0, 0, 6],
    spacing: 'paragraph',
  };
}

export function bodyBlock(
  letter: Letter,
  office: OfficeProfile,
  variables: TemplateVariables,
): PdfContent[] {
  const indent = office.layout.firstLineIndent ? cm(1.25) : 0;
  const fill = (text: string): string => renderTemplate(plainText(text), variables);
  const out: PdfContent[] = [];
  const opening = fill(letter.body.opening).trim();
  const content = fill(letter.body.content).trim();
  const points = letter.body.points
    .map(fill)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const closing = fill(letter.body.closing).trim();
  if (opening) out.push(paragraph(opening, indent));
  if (content) out.push(paragraph(content, indent));
  if (points.length > 0) {
    out.push({
      ol: points.map((p) => ({ text: justifiedText(p), alignment: 'justify' })),
      margin: [indent, 0, 0, 6],
      spacing: 'paragraph',
    });
  }
  if (closing) out.push(paragraph(closing, indent));
  return out;
}
