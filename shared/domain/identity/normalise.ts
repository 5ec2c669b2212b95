/**
 * Text normalisation for identity keys: what two offices type differently for the same thing.
 * Pure string functions (no locale data beyond Unicode NFKC).
 */

/** "  Sentra  Tenun   IKAT " and "sentra tenun ikat" → "sentra tenun ikat"; punctuation counts as a space. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A decree or document number with its separators made uniform: "188.45/123/Kpts/2024",
 * "188-45 / 123 / KPTS / 2024" and "188.45/123/kpts/2024" → "188.45.123.KPTS.2024".
 */
export function normaliseNumber(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .join('.');
}

/** The 13 digits of a NIB whatever was typed around them ("9120.0012-3456 7"). */
export function normaliseNibDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/** `32.04` from any desa/kecamatan/kab-kota code `32.04…`; '' when the code has no kab/kota part. */
export function kabKotaPart(code: string): string {
  const match = /^(\d{2}\.\d{2})(\.|$)/.exec(code.trim());
  return match?.[1] ?? '';
}
