import {
  identityParents,
  type IdentityKind,
  type IdentitySource,
} from '@shared/domain/identity/record-keys';
import { SYNC_KIND_LABELS, SYNC_RECORD_SCHEMAS, type SyncKind } from '@shared/sync/kinds';
import type { Mutation } from '@shared/sync/protocol.schema';
import { HttpError } from '../http/http-error';
import { registerKey } from './identity';

const NO_PARENTS: IdentitySource = { get: () => undefined };

/** The fields that hold a value (a null removes an optional field), in a new object. */
export function withoutNulls(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(data)) {
    const value = data[field];
    if (value === null || value === undefined) continue;
    // A field named __proto__ stays a field (plain assignment would set the object's prototype).
    if (field === '__proto__')
      Object.defineProperty(out, field, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else out[field] = value;
  }
  return out;
}

type Checked =
  | { ok: true; data: Record<string, unknown>; naturalKey: string | null | undefined }
  | { ok: false; error: HttpError };

/**
 * A put of a record new to its PC, worked out from the mutation alone (before anything is read):
 * its fields without nulls, the natural key made of its own fields, and the record as the shared
 * schema reads it. Used only while the record turns out new to the register under its pushed id
 * with no reference rewritten; otherwise the push works it out again from what it read.
 */
export interface PreparedPut {
  /** The pushed fields without nulls, and the pushed id. */
  readonly fields: Record<string, unknown>;
  /**
   * The natural key made of its own fields (an IKM's NIB, a round's year), looked up when the push
   * opens; null: it has none worth matching on; undefined: its key is made through its parents.
   */
  readonly ownKey: string | null | undefined;
  /**
   * Set by `checkPuts` for the batch's first puts: the record, or why the shared schema refuses it.
   * A put without it is checked when it is applied.
   */
  checked?: Checked;
}

/** Checks a record against its kind's shared schema; a refusal names the kind, id and field. */
export function checkRecord(kind: SyncKind, id: string, data: Record<string, unknown>): Checked {
  const parsed = SYNC_RECORD_SCHEMAS[kind].safeParse(data.id === id ? data : { ...data, id });
  if (parsed.success) return { ok: true, data: parsed.data, naturalKey: undefined };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: new HttpError(
      422,
      `${SYNC_KIND_LABELS[kind]} ${id}${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? 'data tidak sah'}`,
    ),
  };
}

/** The checked record, or the refusal thrown. */
export function validated(checked: Checked): Record<string, unknown> {
  if (!checked.ok) throw checked.error;
  return checked.data;
}

/** A record new to its PC whose natural key is made of its own fields (an IKM by NIB, a round by year). */
export const keyedByOwnFields = (m: Mutation): boolean =>
  m.op === 'put' &&
  m.baseVersion === 0 &&
  identityParents(m.kind as IdentityKind, m.changes ?? {}).length === 0;

/** The puts of records new to their PC, by mutation, with the keys to look up when the push opens. */
export function preparePuts(mutations: readonly Mutation[]): Map<Mutation, PreparedPut> {
  const prepared = new Map<Mutation, PreparedPut>();
  for (const m of mutations) {
    if (m.op !== 'put' || m.baseVersion !== 0) continue;
    // The record's fields with its id, as its schema and its key read it (no copy for either).
    const fields = withoutNulls(m.changes ?? {});
    fields.id = m.id;
    const ownKey = keyedByOwnFields(m)
      ? (registerKey(m.kind, m.id, fields, NO_PARENTS) ?? null)
      : undefined;
    prepared.set(m, { fields, ownKey });
  }
  return prepared;
}

/**
 * Checks the first `limit` prepared puts with the shared schemas (the most CPU a push spends per
 * record), meant to run while PostgreSQL reads what the push names. The rest are checked as they
 * are applied, while PostgreSQL writes the ones before them: checking all of them here kept
 * PostgreSQL waiting. A record keyed by its own fields also gets the natural key it is stored under.
 */
export function checkPuts(prepared: ReadonlyMap<Mutation, PreparedPut>, limit: number): void {
  let left = limit;
  for (const [m, put] of prepared) {
    if (left-- <= 0) return;
    const checked = checkRecord(m.kind, m.id, put.fields);
    if (checked.ok && identityParents(m.kind, checked.data).length === 0)
      checked.naturalKey = registerKey(m.kind, m.id, checked.data, NO_PARENTS) ?? null;
    put.checked = checked;
  }
}
