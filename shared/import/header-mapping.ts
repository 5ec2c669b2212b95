import { fieldsOf, type ImportField, type ImportKind } from './fields';
import { cellText, type ImportCell } from './cell';

/** "No. NIB " → "nonib": lower case, accents and everything but letters and digits removed. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** One entry per sheet column: the field it fills, or null when the column is ignored. */
export type ColumnMapping = readonly (ImportField | null)[];

/** What the officer chose before, keyed by `headerKey(header)`; null = "abaikan kolom ini". */
export type RememberedMapping = Readonly<Record<string, ImportField | null>>;

function aliasIndex(kind: ImportKind): Map<string, ImportField> {
  const index = new Map<string, ImportField>();
  for (const spec of fieldsOf(kind)) {
    for (const alias of [spec.label, ...spec.aliases]) {
      const key = headerKey(alias);
      if (!index.has(key)) index.set(key, spec.key);
    }
  }
  return index;
}

/** The field a single header names, if it is a known variant. */
export function recogniseHeader(kind: ImportKind, header: string): ImportField | null {
  const key = headerKey(header);
  if (key === '') return null;
  const index = aliasIndex(kind);
  const exact = index.get(key);
  if (exact) return exact;
  // "Nama Usaha (sesuai NIB)" → starts with a known variant of at least 5 letters.
  const prefixed = [...index.entries()].filter(
    ([alias]) => alias.length >= 5 && key.startsWith(alias),
  );
  prefixed.sort((a, b) => b[0].length - a[0].length);
  return prefixed[0]?.[1] ?? null;
}

/**
 * Maps sheet headers to fields: remembered choices first, then known variants. A field is filled
 * by at most one column (the first that names it); later columns naming it again are ignored.
 */
export function recogniseColumns(
  kind: ImportKind,
  headers: readonly string[],
  remembered: RememberedMapping = {},
): ColumnMapping {
  const used = new Set<ImportField>();
  const valid = new Set<string>(fieldsOf(kind).map((f) => f.key));
  return headers.map((header) => {
    const key = headerKey(header);
    const chosen = key in remembered ? remembered[key] : recogniseHeader(kind, header);
    if (chosen === null || chosen === undefined || !valid.has(chosen) || used.has(chosen))
      return null;
    used.add(chosen);
    return chosen;
  });
}

/** The mapping to remember for next time (every non-empty header, including "ignored"). */
export function mappingToRemember(
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, ImportField | null> {
  const out: Record<string, ImportField | null> = {};
  headers.forEach((header, i) => {
    const key = headerKey(header);
    if (key !== '') out[key] = mapping[i] ?? null;
  });
  return out;
}

/** Required fields no column fills (the wizard refuses to go on while any is missing). */
export function missingRequired(kind: ImportKind, mapping: ColumnMapping): ImportField[] {
  const present = new Set(mapping.filter((m): m is ImportField => m !== null));
  const missing = fieldsOf(kind)
    .filter((f) => f.required && !present.has(f.key))
    .map((f) => f.key);
  // A full Kemendagri code column stands in for the region names.
  if (present.has('regionCode'))
    return missing.filter((k) => k !== 'kabKota' && k !== 'kecamatan' && k !== 'desa');
  return missing;
}

/**
 * Index of the header row: among the first 20 rows, the one where most cells are known headers
 * (at least two). Offices often put a title and a blank line above the table.
 */
export function findHeaderRow(
  kind: ImportKind,
  rows: readonly (readonly ImportCell[])[],
): number | undefined {
  let best: { index: number; score: number } | undefined;
  rows.slice(0, 20).forEach((row, index) => {
    const score = row.filter((cell) => recogniseHeader(kind, cellText(cell)) !== null).length;
    if (score >= 2 && (!best || score > best.score)) best = { index, score };
  });
  return best?.index;
}
