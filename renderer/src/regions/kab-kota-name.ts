import type { KabKotaMatch, RegionEntry } from './region-types';

type Kind = 'kabupaten' | 'kota';

interface ParsedName {
  readonly kind: Kind | undefined;
  /** Upper case, single-spaced, without the Kabupaten/Kota prefix. */
  readonly core: string;
}

const prefixes: readonly (readonly [RegExp, Kind])[] = [
  [/^KABUPATEN\s+/, 'kabupaten'],
  [/^KAB\.?\s*/, 'kabupaten'],
  [/^KOTA\s+ADM(INISTRASI)?\.?\s+/, 'kota'],
  [/^KOTA\s+/, 'kota'],
];

/** "Kab. Banjar", "kabupaten  banjar", "BANJAR" → { kind, core: "BANJAR" }. */
function parseKabKotaName(input: string): ParsedName {
  let text = input.toUpperCase().replace(/\s+/g, ' ').trim();
  for (const [pattern, kind] of prefixes) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '').trim();
      return { kind, core: text };
    }
  }
  return { kind: undefined, core: text };
}

/**
 * Matches a typed or imported kab/kota name against the code list. An exact core name that is
 * unique (given the Kabupaten/Kota prefix when typed) is found; "BANJAR" alone matches both
 * Kabupaten Banjar and Kota Banjar and comes back as ambiguous with both as suggestions.
 */
export function matchKabKotaByName(
  input: string,
  candidates: readonly RegionEntry[],
): KabKotaMatch {
  const wanted = parseKabKotaName(input);
  if (wanted.core.length === 0) return { status: 'not-found', suggestions: [] };
  const parsed = candidates.map((entry) => ({ entry, name: parseKabKotaName(entry.name) }));
  const sameCore = parsed.filter((c) => c.name.core === wanted.core);
  const exact = sameCore.filter((c) => wanted.kind === undefined || c.name.kind === wanted.kind);
  const [only] = exact;
  if (exact.length === 1 && only) return { status: 'found', kabKota: only.entry };
  if (exact.length > 1) return { status: 'ambiguous', suggestions: exact.map((c) => c.entry) };
  const suggestions = parsed
    .filter(
      (c) =>
        c.name.core.startsWith(wanted.core) || (sameCore.length > 0 && c.name.core === wanted.core),
    )
    .slice(0, 10)
    .map((c) => c.entry);
  return { status: 'not-found', suggestions };
}
