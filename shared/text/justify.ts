/**
 * Text for justified PDF paragraphs: pdfmake breaks lines after `-`, so a reduplicated word such as
 * `masing-masing` becomes `masing- masing`. Hyphens between letters become U+2011 (non-breaking
 * hyphen); control characters are removed so user data stays plain text.
 */

export const NON_BREAKING_HYPHEN = '\u2011';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function plainText(input: unknown): string {
  if (input === undefined || input === null) return '';
  const text = typeof input === 'string' ? input : String(input);
  return text.replace(CONTROL, '').replace(/\r\n?/g, '\n');
}

export function keepHyphenatedWords(input: string): string {
  return input.replace(/(\p{L})-(?=\p{L})/gu, `$1${NON_BREAKING_HYPHEN}`);
}

/** Plain text ready for a justified paragraph. */
export function justifiedText(input: unknown): string {
  return keepHyphenatedWords(plainText(input));
}
