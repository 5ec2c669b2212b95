/** Lower case, accents removed, punctuation to spaces, single spaces. */
export function normaliseSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Sort and prefix key for names: "UD. Maju Jaya" → "ud maju jaya". */
export const nameKeyOf = (name: string): string => normaliseSearchText(name);

/** Distinct words of all given texts, for the `*words` multi-entry index. */
export function wordsOf(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts)
    for (const word of normaliseSearchText(text).split(' ')) if (word) words.add(word);
  return [...words];
}

/** The search box text split into words (each a prefix to match). */
export const searchTerms = (text: string): string[] =>
  normaliseSearchText(text)
    .split(' ')
    .filter((w) => w.length > 0);
