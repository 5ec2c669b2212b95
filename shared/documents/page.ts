import type { LetterLayout } from '../domain/office/office-profile.schema';
import type { PdfMargins } from './pdf-types';

const PT_PER_CM = 72 / 2.54;

export const PAPER_SIZES = {
  A4: { width: 595.28, height: 841.89 },
  /** F4 / folio 215 × 330 mm. */
  F4: { width: 609.45, height: 935.43 },
} as const;

export function cm(value: number): number {
  return Math.round(value * PT_PER_CM * 100) / 100;
}

/** pdfmake order: left, top, right, bottom. */
export function pageMargins(layout: LetterLayout): PdfMargins {
  const m = layout.marginsCm;
  return [cm(m.left), cm(m.top), cm(m.right), cm(m.bottom)];
}

export function fontName(layout: LetterLayout): 'Arimo' | 'Tinos' {
  return layout.font === 'serif' ? 'Tinos' : 'Arimo';
}

/** Width between the margins of the portrait page. */
export function contentWidth(layout: LetterLayout): number {
  const paper = PAPER_SIZES[layout.paper];
  const [left, , right] = pageMargins(layout);
  return Math.round((paper.width - left - right) * 100) / 100;
}

/** Width between the margins when the page is turned to landscape. */
export function landscapeContentWidth(layout: LetterLayout): number {
  const paper = PAPER_SIZES[layout.paper];
  const [left, , right] = pageMargins(layout);
  return Math.round((paper.height - left - right) * 100) / 100;
}
