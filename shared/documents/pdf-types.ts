/**
 * The subset of pdfmake's document definition this app uses. pdfmake 0.3 ships no typings and
 * @types/pdfmake is not installed, so the shape is declared here. Every definition is plain data
 * (JSON-serialisable): it can be snapshot-tested and posted to a worker. The only dynamic part,
 * the page-number header, is described by `pageNumbering` and added by `prepareForRender`.
 */
import type { SpacingRole } from './letter-spacing';
import { boldWithoutMarkPositioning } from './mark-features';
import { withScriptFonts } from './script-runs';

type PdfAlignment = 'left' | 'right' | 'center' | 'justify';
type PdfPageOrientation = 'portrait' | 'landscape';
export type PdfMargins = [number, number, number, number];

interface PdfStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  alignment?: PdfAlignment;
  lineHeight?: number;
  leadingIndent?: number;
  decoration?: 'underline';
  color?: string;
  characterSpacing?: number;
  preserveLeadingSpaces?: boolean;
  /** Only ever the mark positioning switched off (mark-features.ts); fontkit takes it as given. */
  fontFeatures?: { readonly mark: false; readonly mkmk: false };
}

export interface PdfInline extends PdfStyle {
  text: string;
}

export interface PdfCanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
}

/** pdfmake's table layout options. @public */
export interface PdfTableLayout {
  hLineWidth?: number;
  vLineWidth?: number;
  paddingLeft?: number;
  paddingRight?: number;
  paddingTop?: number;
  paddingBottom?: number;
}

interface PdfTable {
  widths: Array<number | '*' | 'auto'>;
  heights?: number[];
  headerRows?: number;
  dontBreakRows?: boolean;
  /** Rows after the header that must stay on the header's page. */
  keepWithHeaderRows?: number;
  body: PdfContent[][];
}

export interface PdfNode extends PdfStyle {
  /** pdfmake node id; the letter's closing unit carries `CLOSING_ID` (closing-fit.ts). */
  id?: string;
  /** The part of the letter whose spacing may tighten (letter-spacing.ts); pdfmake ignores it. */
  spacing?: SpacingRole;
  text?: string | PdfInline[];
  stack?: PdfContent[];
  columns?: PdfContent[];
  columnGap?: number;
  ol?: PdfContent[];
  ul?: PdfContent[];
  table?: PdfTable;
  /** Predefined pdfmake layout name, or inline numbers (plain data only). */
  layout?: 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
  /** Only ever a PNG/JPEG data URL from the office profile (see office/emblem.ts). */
  image?: string;
  fit?: [number, number];
  canvas?: PdfCanvasLine[];
  width?: number | '*' | 'auto' | `${number}%`;
  margin?: PdfMargins | number;
  pageBreak?: 'before' | 'after';
  pageOrientation?: PdfPageOrientation;
  unbreakable?: boolean;
  border?: [boolean, boolean, boolean, boolean];
  colSpan?: number;
  fillColor?: string;
  separator?: [string, string];
  markerColor?: string;
}

export type PdfContent = string | PdfNode | PdfContent[];

export interface PdfWatermark {
  text: string;
  font?: string;
  color?: string;
  opacity?: number;
  bold?: boolean;
  fontSize?: number;
  angle?: number;
}

interface PdfPageNumbering {
  /** First page that shows `- n -` centred at the top (page 1 carries the kop instead). */
  fromPage: number;
  fontSize: number;
  /** Distance of the number from the top edge, in points. */
  top: number;
}

export interface PdfDocDefinition {
  pageSize: { width: number; height: number };
  pageOrientation: PdfPageOrientation;
  pageMargins: PdfMargins;
  content: PdfContent[];
  defaultStyle: PdfStyle;
  info: { title: string; author: string; subject: string; creator: string; producer: string };
  watermark?: PdfWatermark;
  pageNumbering?: PdfPageNumbering;
}

/** What pdfmake receives: plain definition plus a header function for the page numbers. */
type PdfHeaderFn = (currentPage: number, pageCount: number) => PdfContent | null;
/** What pdfmake tells about a laid-out node before it decides on page breaks. */
interface PdfLaidOutNode {
  id?: string;
  pageNumbers: number[];
}
type PdfPageBreakBeforeFn = (
  node: PdfLaidOutNode,
  nav: { getPreviousNodesOnPage(): PdfLaidOutNode[] },
) => boolean;
export type PdfRenderableDefinition = Omit<PdfDocDefinition, 'pageNumbering'> & {
  header?: PdfHeaderFn;
  pageBreakBefore?: PdfPageBreakBeforeFn;
};

/**
 * Adds the `- 2 -` page-number header described by `pageNumbering`, sets Arabic-script runs in
 * the Arabic font (script-runs.ts) and shapes bold text without mark positioning where it has no
 * marks (mark-features.ts). Pure; used by both renderers.
 */
export function prepareForRender(def: PdfDocDefinition): PdfRenderableDefinition {
  // pdfmake rewrites the definition it is given (images become internal keys), so a definition
  // rendered twice would fail on the second run: always hand it a deep copy of our plain data.
  const { pageNumbering, ...rest } = JSON.parse(
    JSON.stringify(boldWithoutMarkPositioning(withScriptFonts(def))),
  ) as PdfDocDefinition;
  if (!pageNumbering) return rest;
  const { fromPage, fontSize, top } = pageNumbering;
  return {
    ...rest,
    header: (currentPage) =>
      currentPage < fromPage
        ? null
        : { text: `- ${currentPage} -`, alignment: 'center', fontSize, margin: [0, top, 0, 0] },
  };
}
