import { cm } from './page';
import type { PdfContent, PdfDocDefinition, PdfNode } from './pdf-types';

/**
 * Vertical spacing of the letter page that may shrink so the closing (last body lines, signature,
 * tembusan) fits on the page it starts on. Nodes name their part in `spacing`; the values below
 * are applied by `withSpacing`. Step 0 is the normal spacing every letter is built with.
 */
export type SpacingRole =
  | 'date'
  | 'block'
  | 'paragraph'
  | 'signature'
  | 'signature-lines'
  | 'signature-gap'
  | 'signature-box'
  | 'copy-to';

interface LetterSpacing {
  /** Below the date line. */
  date: number;
  /** Below the number block and the addressee. */
  block: number;
  /** Below each body paragraph. */
  paragraph: number;
  /** Above the signature block. */
  signature: number;
  /** Line height of the signature block's lines (title, name, rank, NIP). */
  signatureLines: number;
  /** Height left for a wet signature and stamp, or for the TTE area. */
  signatureGap: number;
  /** Above `Tembusan:`. */
  copyTo: number;
}

/** From normal to tightest; the last step keeps a 2 cm signature space and visible paragraph gaps. */
export const SPACING_STEPS: readonly LetterSpacing[] = [
  {
    date: 10,
    block: 14,
    paragraph: 6,
    signature: 16,
    signatureLines: 1.1,
    signatureGap: cm(2.5),
    copyTo: 12,
  },
  {
    date: 8,
    block: 10,
    paragraph: 4,
    signature: 10,
    signatureLines: 1.1,
    signatureGap: cm(2.25),
    copyTo: 8,
  },
  {
    date: 6,
    block: 8,
    paragraph: 2,
    signature: 6,
    signatureLines: 1,
    signatureGap: cm(2),
    copyTo: 6,
  },
];

/** The blank line above the wet signature is one line of about 14 pt; the rest is its margin. */
const BLANK_LINE = 14;
/** The TTE area is a little lower than the wet signature space (it has 4 pt above and below). */
const BOX_INSET = cm(0.2);

function margins(node: PdfNode): [number, number, number, number] {
  const m = node.margin;
  if (Array.isArray(m)) return [...m];
  return [m ?? 0, m ?? 0, m ?? 0, m ?? 0];
}

function spaced(node: PdfNode, s: LetterSpacing): PdfNode {
  const m = margins(node);
  switch (node.spacing) {
    case 'date':
      return { ...node, margin: [m[0], m[1], m[2], s.date] };
    case 'block':
      return { ...node, margin: [m[0], m[1], m[2], s.block] };
    case 'paragraph':
      return { ...node, margin: [m[0], m[1], m[2], s.paragraph] };
    case 'signature':
      return { ...node, margin: [m[0], s.signature, m[2], m[3]] };
    case 'signature-lines':
      return { ...node, lineHeight: s.signatureLines };
    case 'signature-gap':
      return { ...node, margin: [m[0], m[1], m[2], s.signatureGap - BLANK_LINE] };
    case 'copy-to':
      return { ...node, margin: [m[0], s.copyTo, m[2], m[3]] };
    case 'signature-box':
      return node.table
        ? { ...node, table: { ...node.table, heights: [s.signatureGap - BOX_INSET] } }
        : node;
    default:
      return node;
  }
}

function visit(content: PdfContent, s: LetterSpacing): PdfContent {
  if (Array.isArray(content)) return content.map((c) => visit(c, s));
  if (typeof content === 'string') return content;
  const node = spaced(content, s);
  const out: PdfNode = { ...node };
  if (node.stack) out.stack = node.stack.map((c) => visit(c, s));
  if (node.columns) out.columns = node.columns.map((c) => visit(c, s));
  if (node.ol) out.ol = node.ol.map((c) => visit(c, s));
  if (node.table)
    out.table = { ...node.table, body: node.table.body.map((row) => row.map((c) => visit(c, s))) };
  return out;
}

/** The definition with the spacing of `step` (0 = normal) on every node that names its part. */
export function withSpacing(def: PdfDocDefinition, step: number): PdfDocDefinition {
  const s = SPACING_STEPS[step];
  if (!s) throw new Error(`Tingkat jarak ${step} tidak ada`);
  return { ...def, content: def.content.map((c) => visit(c, s)) };
}
