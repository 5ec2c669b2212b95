import type { OfficeProfile } from '../domain/office/office-profile.schema';
import type { Letter } from '../domain/letter/letter';
import { letterTemplateVariables } from '../domain/letter/render-template';
import { plainText } from '../text/justify';
import { annexSection } from './annex';
import { kop } from './kop';
import { addresseeBlock, bodyBlock, dateLine, numberBlock } from './letter-blocks';
import { cm, contentWidth, fontName, PAPER_SIZES, pageMargins } from './page';
import type { PdfContent, PdfDocDefinition, PdfWatermark } from './pdf-types';
import { closingUnit, copyToBlock, signatureBlock } from './signature';

export interface LetterDocumentOptions {
  /** Draft: diagonal KONSEP watermark and provisional number. */
  draft: boolean;
}

function watermark(office: OfficeProfile): PdfWatermark {
  return {
    text: 'KONSEP',
    font: fontName(office.layout),
    color: '#7a7a7a',
    opacity: 0.18,
    bold: true,
  };
}

function baseDefinition(
  letter: Letter,
  office: OfficeProfile,
  options: LetterDocumentOptions,
  content: PdfContent[],
  orientation: 'portrait' | 'landscape',
): PdfDocDefinition {
  const layout = office.layout;
  const def: PdfDocDefinition = {
    pageSize: { ...PAPER_SIZES[layout.paper] },
    pageOrientation: orientation,
    pageMargins: pageMargins(layout),
    content,
    defaultStyle: {
      font: fontName(layout),
      fontSize: layout.fontSize,
      lineHeight: layout.lineSpacing,
    },
    info: {
      title: plainText(letter.hal),
      author: plainText(office.officeName),
      subject: 'Surat usulan calon IKM OVOP',
      creator: 'OVOP Desk',
      producer: 'OVOP Desk',
    },
    pageNumbering: { fromPage: 2, fontSize: layout.fontSize, top: cm(1) },
  };
  if (options.draft) def.watermark = watermark(office);
  return def;
}

function signatureWidth(office: OfficeProfile): number {
  return Math.round((contentWidth(office.layout) / 2) * 100) / 100;
}

/** The whole letter: kop, letter page(s) and every lampiran on its own landscape section. */
export function letterDocument(
  letter: Letter,
  office: OfficeProfile,
  options: LetterDocumentOptions,
): PdfDocDefinition {
  const width = contentWidth(office.layout);
  const variables = letterTemplateVariables(letter, office);
  const sigWidth = signatureWidth(office);
  const body = bodyBlock(letter, office, variables);
  const lastBody = body.slice(-1);
  const content: PdfContent[] = [
    ...kop(office, width),
    dateLine(letter, office),
    numberBlock(letter, office),
    addresseeBlock(letter),
    ...body.slice(0, -1),
    closingUnit(lastBody, signatureBlock(letter, office, sigWidth), copyToBlock(letter, office)),
    ...letter.annexes.map((_annex, index) =>
      annexSection(letter, office, index, { newPage: true, signatureWidth: sigWidth }),
    ),
  ];
  return baseDefinition(letter, office, options, content, 'portrait');
}

/** The lampiran alone (landscape from page 1), e.g. to print or review the table separately. */
export function annexDocument(
  letter: Letter,
  office: OfficeProfile,
  options: LetterDocumentOptions,
): PdfDocDefinition {
  const sigWidth = signatureWidth(office);
  const content: PdfContent[] = letter.annexes.map((_annex, index) =>
    annexSection(letter, office, index, { newPage: index > 0, signatureWidth: sigWidth }),
  );
  return baseDefinition(letter, office, options, content, 'landscape');
}
