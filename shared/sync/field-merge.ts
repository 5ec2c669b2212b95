/**
 * Field-level merge of one pushed change into the stored record. The server's order is the order
 * (PC clocks are wrong): a field changed by someone else after the version the pushing PC had seen
 * is a conflict, the pushed value is kept (it arrived later) and the other is recorded for people
 * to resolve. Fields the PC did not touch keep whatever others wrote.
 */
export interface StoredFields {
  readonly data: Readonly<Record<string, unknown>>;
  /** Per field, the version that last changed it. */
  readonly fieldVersions: Readonly<Record<string, number>>;
  /** Per field, who last changed it (account display name). */
  readonly fieldAuthors: Readonly<Record<string, string>>;
}

interface FieldConflict {
  readonly field: string;
  readonly keptValue: unknown;
  readonly keptBy: string;
  readonly otherValue: unknown;
  readonly otherBy: string;
}

export interface MergeInput {
  readonly current: StoredFields | undefined;
  /** The fields the PC changed; `null` removes an optional field. */
  readonly changes: Readonly<Record<string, unknown>>;
  /** The record version the PC had when it made the change (0 for a record it created). */
  readonly baseVersion: number;
  readonly author: string;
  readonly version: number;
}

export interface MergeResult extends StoredFields {
  readonly conflicts: readonly FieldConflict[];
}

/** Structural equality of JSON values (key order ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export function mergeFields(input: MergeInput): MergeResult {
  const data: Record<string, unknown> = { ...(input.current?.data ?? {}) };
  const fieldVersions: Record<string, number> = { ...(input.current?.fieldVersions ?? {}) };
  const fieldAuthors: Record<string, string> = { ...(input.current?.fieldAuthors ?? {}) };
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(input.changes)) {
    if (field === 'id') continue;
    const before = data[field];
    const changedSince = (fieldVersions[field] ?? 0) > input.baseVersion;
    const incoming = value === null ? undefined : value;
    if (sameJson(before, incoming)) continue;
    if (changedSince && input.current && !isBookkeeping(field)) {
      conflicts.push({
        field,
        keptValue: incoming ?? null,
        keptBy: input.author,
        otherValue: before ?? null,
        otherBy: fieldAuthors[field] ?? '',
      });
    }
    if (incoming === undefined) delete data[field];
    else data[field] = incoming;
    fieldVersions[field] = input.version;
    fieldAuthors[field] = input.author;
  }
  return { data, fieldVersions, fieldAuthors, conflicts };
}

/** Timestamps every edit touches: never a conflict people need to settle. */
function isBookkeeping(field: string): boolean {
  return field === 'updatedAt' || field === 'createdAt';
}
