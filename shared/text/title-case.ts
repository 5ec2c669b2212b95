/** Initial capitals for a letter's Hal, keeping short Indonesian function words and acronyms. */

const LOWER_WORDS = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'pada',
  'untuk',
  'dengan',
  'yang',
  'dalam',
  'atas',
  'oleh',
  'serta',
  'bagi',
]);

export function toTitleCaseHal(input: string): string {
  const words = input.trim().replace(/\s+/g, ' ').split(' ');
  return words
    .map((word, index) => {
      if (word === '') return word;
      if (/^[A-Z0-9.()/-]+$/.test(word) && /[A-Z]/.test(word)) return word; // IKM, OVOP, (OVOP)
      const lower = word.toLowerCase();
      if (index > 0 && LOWER_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ')
    .replace(/\.+$/, '');
}
