/** Function words written in lower case inside an Indonesian region name. */
const LOWER_WORDS = new Set(['dan', 'di', 'ke', 'dari']);

/**
 * A region name with Indonesian capitalisation, from either the upper-case Kemendagri list or a
 * typed name: `KABUPATEN PANGKAJENE DAN KEPULAUAN` and `Kabupaten Pangkajene Dan Kepulauan` both
 * become `Kabupaten Pangkajene dan Kepulauan`. Spacing is collapsed; hyphenated parts keep capitals.
 */
export function regionDisplayName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && LOWER_WORDS.has(lower)) return lower;
      return lower.replace(
        /(^|[-(/])(\p{L})/gu,
        (_m, sep: string, letter: string) => sep + letter.toUpperCase(),
      );
    })
    .join(' ');
}

/**
 * Starts the region part of a job title on its own line (`Kepala Dinas Perindustrian` /
 * `Kabupaten Hulu Sungai Selatan`), so a narrow column never breaks inside the region name.
 */
export function regionOnOwnLine(title: string): string {
  return title.replace(/[ \t]+(?=(?:Provinsi|Kabupaten|Kota)\s)/, '\n');
}
