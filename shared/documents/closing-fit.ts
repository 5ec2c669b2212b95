import { SPACING_STEPS, withSpacing } from './letter-spacing';
import {
  prepareForRender,
  type PdfContent,
  type PdfDocDefinition,
  type PdfRenderableDefinition,
} from './pdf-types';

/** pdfmake id of the closing unit (last body lines, signature, tembusan) of a letter. */
export const CLOSING_ID = 'penutup';
/** Its content, inside the one-row table that keeps it on one page. */
export const CLOSING_CONTENT_ID = 'penutup-isi';

/**
 * Runs pdfmake's layout of a definition (the bytes it produces are not needed). It may reject with
 * the error its `pageBreakBefore` throws: `fitClosing` stops the run that way once it has seen enough.
 */
export type LayoutRun = (def: PdfRenderableDefinition) => Promise<unknown>;

export interface ClosingFit {
  /** The definition to render: tightened when that keeps the closing on its page. */
  definition: PdfDocDefinition;
  /** Spacing step used (0 = normal spacing). */
  step: number;
  /** True when even the tightest spacing did not fit and the closing starts a new page. */
  moved: boolean;
}

const isClosing = (c: PdfContent): boolean =>
  typeof c === 'object' && !Array.isArray(c) && c.id === CLOSING_ID;

/** The letter pages alone (up to the closing, without lampiran and watermark), if it is a letter. */
export function letterPages(def: PdfDocDefinition): PdfDocDefinition | undefined {
  const end = def.content.findIndex(isClosing);
  if (end < 0) return undefined;
  const { watermark: _watermark, ...plain } = def;
  return { ...plain, content: def.content.slice(0, end + 1) };
}

/**
 * The letter pages at one spacing step as plain content: the closing without the one-row table
 * that keeps it together (pdfmake reports a moved row where the row first began, so only the
 * content itself tells whether it runs over into the next page), its content id numbered by step,
 * and starting on a page of its own.
 */
function probePart(letterPart: PdfDocDefinition, step: number): PdfContent[] {
  const content = withSpacing(letterPart, step).content.map((c) => {
    if (!isClosing(c) || typeof c !== 'object' || Array.isArray(c)) return c;
    const inner = c.table?.body[0]?.[0];
    if (typeof inner !== 'object' || Array.isArray(inner)) return c;
    return { ...inner, id: `${CLOSING_CONTENT_ID}-${step}` };
  });
  return [{ stack: content, pageBreak: step === 0 ? undefined : 'before' }];
}

/** Ends a layout run once every probe has been seen, before pdfmake draws or writes anything. */
class ProbesSeen extends Error {}

/**
 * For each spacing step, whether the closing runs over into the next page (one layout run). pdfmake
 * calls `pageBreakBefore` for every node once the whole layout is done and before it draws a page;
 * when the last probe has been seen the callback throws, so the run ends there (nothing is drawn).
 */
async function overflowBySpacing(
  letterPart: PdfDocDefinition,
  layout: LayoutRun,
): Promise<boolean[]> {
  const steps = SPACING_STEPS.map((_s, step) => step);
  const pages = new Map<string, number>();
  const renderable: PdfRenderableDefinition = {
    ...prepareForRender({ ...letterPart, content: steps.flatMap((s) => probePart(letterPart, s)) }),
    pageBreakBefore: (node) => {
      if (node.id?.startsWith(CLOSING_CONTENT_ID)) pages.set(node.id, node.pageNumbers.length);
      if (pages.size === steps.length) throw new ProbesSeen();
      return false;
    },
  };
  try {
    await layout(renderable);
  } catch (error) {
    if (!(error instanceof ProbesSeen)) throw error;
  }
  return steps.map((step) => {
    const count = pages.get(`${CLOSING_CONTENT_ID}-${step}`);
    if (count === undefined) throw new Error('Penutup surat tidak ditemukan saat tata letak');
    return count > 1;
  });
}

/**
 * Keeps the closing of a letter on the page where the body ends: first with normal spacing, then
 * with tighter paragraph, block and signature spacing (never below the last step's minimums).
 * Only when even that does not fit, the closing moves to the next page with the last body lines,
 * in normal spacing. Only the letter pages are laid out to decide (every step in one layout run);
 * the lampiran start on a new page and cannot change them. A definition without a closing unit is
 * returned as it is.
 */
export async function fitClosing(def: PdfDocDefinition, layout: LayoutRun): Promise<ClosingFit> {
  const letterPart = letterPages(def);
  if (!letterPart) return { definition: def, step: 0, moved: false };
  const step = (await overflowBySpacing(letterPart, layout)).indexOf(false);
  if (step < 0) return { definition: def, step: 0, moved: true };
  return { definition: step === 0 ? def : withSpacing(def, step), step, moved: false };
}
