import type { PdfContent, PdfDocDefinition, PdfInline, PdfNode } from './pdf-types';

/**
 * pdfmake has no per-glyph font fallback: a name in Arabic script (Arab-Melayu) set in Arimo or
 * Tinos prints as empty boxes. Text is split into runs by script here, and Arabic runs get the
 * Arabic font. fontkit shapes the run (joining forms) and orders its glyphs right to left; checked
 * in a rendered PNG: letters join and a two-word name reads right to left, but the space between
 * its words comes out very narrow, and a run that wraps keeps the lines in logical order.
 */
export const ARABIC_FONT = 'NotoNaskhArabic';

const ARABIC_CHAR = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFC';
const ARABIC_RUN = new RegExp(`[${ARABIC_CHAR}]+(?:[\\s\\u200c\\u200d]+[${ARABIC_CHAR}]+)*`, 'gu');
const HAS_ARABIC = new RegExp(`[${ARABIC_CHAR}]`, 'u');

/**
 * Characters the embedded fonts cover: Arimo/Tinos (Latin, Greek, Cyrillic, Hebrew, general
 * punctuation, currency and letterlike symbols) and Noto Naskh Arabic. Anything else (emoji, CJK…)
 * would print as an empty box.
 */
const COVERED = new RegExp(
  `^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A0-\\u058F\\u0590-\\u05FF${ARABIC_CHAR}\\u1E00-\\u1FFF\\u2000-\\u206F\\u20A0-\\u20CF\\u2100-\\u214F\\u2190-\\u21FF\\u2200-\\u22FF\\u25A0-\\u25FF\\uFEFF]$`,
  'u',
);

export interface ScriptRun {
  readonly text: string;
  readonly arabic: boolean;
}

/** `"UD ابن سينا Jaya"` → Latin "UD ", Arabic "ابن سينا", Latin " Jaya". */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(ARABIC_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), arabic: false });
    runs.push({ text: match[0], arabic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), arabic: false });
  return runs;
}

function inlineRuns(inline: PdfInline): PdfInline[] {
  if (!HAS_ARABIC.test(inline.text)) return [inline];
  return scriptRuns(inline.text).map((run) =>
    run.arabic ? { ...inline, text: run.text, font: ARABIC_FONT } : { ...inline, text: run.text },
  );
}

function textRuns(text: string): PdfInline[] {
  return inlineRuns({ text });
}

function applyToContent(content: PdfContent): PdfContent {
  if (typeof content === 'string')
    return HAS_ARABIC.test(content) ? { text: textRuns(content) } : content;
  if (Array.isArray(content)) return content.map(applyToContent);
  return applyToNode(content);
}

/** A copy of `node` whose stacked, column, list and table cell contents went through `f`. */
export function mapChildContents(node: PdfNode, f: (content: PdfContent) => PdfContent): PdfNode {
  const next: PdfNode = { ...node };
  if (node.stack) next.stack = node.stack.map(f);
  if (node.columns) next.columns = node.columns.map(f);
  if (node.ol) next.ol = node.ol.map(f);
  if (node.ul) next.ul = node.ul.map(f);
  if (node.table) next.table = { ...node.table, body: node.table.body.map((row) => row.map(f)) };
  return next;
}

function applyToNode(node: PdfNode): PdfNode {
  const next = mapChildContents(node, applyToContent);
  if (typeof node.text === 'string') {
    if (HAS_ARABIC.test(node.text)) next.text = textRuns(node.text);
  } else if (Array.isArray(node.text)) next.text = node.text.flatMap(inlineRuns);
  return next;
}

/** The definition with every Arabic-script run set in the Arabic font. Pure; both renderers call it. */
export function withScriptFonts(def: PdfDocDefinition): PdfDocDefinition {
  return { ...def, content: def.content.map(applyToContent) };
}

/** Every text string under `content`, in document order. */
export function collectText(content: PdfContent, out: string[]): void {
  if (typeof content === 'string') out.push(content);
  else if (Array.isArray(content)) content.forEach((c) => collectText(c, out));
  else {
    if (typeof content.text === 'string') out.push(content.text);
    else if (Array.isArray(content.text)) content.text.forEach((inline) => out.push(inline.text));
    for (const list of [content.stack, content.columns, content.ol, content.ul])
      list?.forEach((c) => collectText(c, out));
    content.table?.body.forEach((row) => row.forEach((c) => collectText(c, out)));
  }
}

/** Characters in `text` that no embedded font can print (emoji and other scripts), each once, in order. */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) if (!COVERED.test(ch)) found.add(ch);
  // A variation selector or joiner alone is not worth listing.
  return [...found].filter((ch) => !/^[\uFE00-\uFE0F\u200D]$/u.test(ch));
}

/** Characters of a whole document that would print as empty boxes: shown before the letter is final. */
export function unprintableInDocument(def: PdfDocDefinition): string[] {
  const texts: string[] = [];
  def.content.forEach((c) => collectText(c, texts));
  return unprintableCharacters(texts.join('\n'));
}
