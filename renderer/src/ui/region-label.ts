import { regionDisplayName } from '@shared/text/region-name';
/** "KABUPATEN HULU SUNGAI SELATAN" → "Kabupaten Hulu Sungai Selatan" (names are upper case in the code list). */
export function regionLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(
      /(^|[\s(/-])(\p{L})/gu,
      (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
    );
}

/** `KABUPATEN BANJAR` → `Kabupaten Banjar` (region names are upper case in the Kemendagri list). */
export function titleCaseRegion(name: string): string {
  return regionDisplayName(name);
}
