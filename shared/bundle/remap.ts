import type { BundleRow } from './bundle-data';

/** Replaces references (`…Id` fields, `owner.id`) to remapped ids; the row's own id is kept. */
export function remapRow(row: BundleRow, remap: ReadonlyMap<string, string>): BundleRow {
  if (remap.size === 0) return row;
  const out: Record<string, unknown> = { ...row };
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'id' && key.endsWith('Id') && typeof value === 'string' && remap.has(value))
      out[key] = remap.get(value);
  }
  const owner = row.owner;
  if (
    owner &&
    typeof owner === 'object' &&
    'id' in owner &&
    typeof owner.id === 'string' &&
    remap.has(owner.id)
  ) {
    out.owner = { ...(owner as Record<string, unknown>), id: remap.get(owner.id) };
  }
  return out as BundleRow;
}
