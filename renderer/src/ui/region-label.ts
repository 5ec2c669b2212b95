/** "KABUPATEN HULU SUNGAI SELATAN" → "Kabupaten Hulu Sungai Selatan" (names are upper case in the code list). */
export function regionLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}
