import type { FieldChange } from './audit.schema';

export * from './audit.schema';

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) {
    if (!sameValue(ra[k], rb[k])) return false;
  }
  return true;
}

/** Fields that change on every save and say nothing on their own. */
const DIFF_IGNORED_FIELDS: readonly string[] = ['updatedAt'];

/**
 * Top-level fields whose value differs between two versions of a record (nested objects and
 * arrays compared by value). A field missing on one side shows as `undefined`. Sorted by field name.
 */
export function diffRecords(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  ignore: readonly string[] = DIFF_IGNORED_FIELDS,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((f) => !ignore.includes(f))
    .sort();
  return fields
    .filter((field) => !sameValue(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
