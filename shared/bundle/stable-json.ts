/** JSON with object keys sorted and `undefined` dropped: equal content gives equal text. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => stableJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/**
 * Nothing filled in: absent, null, '' or a group whose every part is blank (a round's ministry
 * letter saved with its three fields empty says no more than a round that never had one).
 */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value as Record<string, unknown>).every(isBlank);
}

/** Top-level fields whose values differ (for "what changed" in the preview); blank equals blank. */
export function changedFields(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter(
    (k) => !(isBlank(a[k]) && isBlank(b[k])) && stableJson(a[k]) !== stableJson(b[k]),
  );
}
