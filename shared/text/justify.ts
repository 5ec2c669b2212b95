/**
 * Text for justified PDF paragraphs: pdfmake breaks lines after `-` and `/`, so `masing-masing`
 * becomes `masing- masing` and `Bapak/Ibu` becomes `Bapak/ Ibu`. The usual cure, U+2011
 * (non-breaking hyphen) or U+2060 (word joiner), has no glyph in the Arimo/Tinos latin subsets we
 * embed (it prints a box), so a zero-width U+FEFF — line-break class WJ, present in both fonts and
 * dropped by text extraction — is placed after a hyphen or slash between letters or digits: a letter
 * number such as `B/301/IKMA/IND/II/2026` stays whole, never split over two lines nor spread by
 * justification. Control characters are removed so user data stays plain text.
 */

const WORD_JOINER = '\uFEFF';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function plainText(input: unknown): string {
  if (input === undefined || input === null) return '';
  const text = typeof input === 'string' ? input : String(input);
  return text.replace(CONTROL, '').replace(/\r\n?/g, '\n').replaceAll(WORD_JOINER, '');
}

function keepJoinedWords(input: string): string {
  return input.replace(/([\p{L}\p{N}])([-/])(?=[\p{L}\p{N}])/gu, `$1$2${WORD_JOINER}`);
}

/** Plain text ready for a justified paragraph. */
export function justifiedText(input: unknown): string {
  return keepJoinedWords(plainText(input));
}
