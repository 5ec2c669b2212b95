import type { PdfContent, PdfDocDefinition, PdfNode } from './pdf-types';
import { collectText, mapChildContents } from './script-runs';

/**
 * fontkit shapes every word with the font's default OpenType features. Of those, the mark
 * positioning lookups (`mark`, `mkmk`) of Arimo and Tinos are by far the largest: a face decodes
 * them on its first word in every pdfmake document, most of the cost of opening that face. They
 * only move combining marks, so text without any shapes to the same glyphs and positions without
 * them. Bold text is a few words per letter (kop, table header, signer's name), so its faces skip
 * the decoding when that text is shaped without those two features (pdfmake's `fontFeatures`,
 * passed to fontkit as a map of features to switch off). Regular text keeps the defaults: pdfkit
 * caches the shaping of a word only when no features are given, and regular text repeats many
 * words (the lampiran table).
 */
export const WITHOUT_MARK_POSITIONING = { mark: false, mkmk: false } as const;

/**
 * Characters whose shaping may involve mark positioning (combining marks, and Arabic script: its
 * runs are set in the Arabic font, whose vowel signs are marks) or whose glyphs pdfkit would embed
 * in another order when a run is shaped whole (right-to-left Hebrew): such text keeps the defaults.
 */
const KEEPS_DEFAULTS = /[\p{M}\u0590-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;

/** True when `text` shapes to the same PDF without mark positioning. */
export function shapesWithoutMarks(text: string): boolean {
  return !KEEPS_DEFAULTS.test(text);
}

/** True when no text under the node can need mark positioning. */
function withoutMarks(content: PdfContent): boolean {
  const found: string[] = [];
  collectText(content, found);
  return found.every(shapesWithoutMarks);
}

function applyToContent(content: PdfContent): PdfContent {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map(applyToContent);
  return applyToNode(content);
}

function applyToNode(node: PdfNode): PdfNode {
  if (node.bold === true && node.fontFeatures === undefined && withoutMarks(node))
    return { ...node, fontFeatures: WITHOUT_MARK_POSITIONING };
  return mapChildContents(node, applyToContent);
}

/**
 * The definition with every bold node whose text has no combining mark (nor Arabic script) shaped
 * without mark positioning: the same glyphs and positions, and its faces never decode those
 * lookups. Pure; both renderers call it through `prepareForRender`.
 */
export function boldWithoutMarkPositioning(def: PdfDocDefinition): PdfDocDefinition {
  return { ...def, content: def.content.map(applyToContent) };
}
