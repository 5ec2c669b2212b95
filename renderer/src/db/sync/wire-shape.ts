import { SYNC_KINDS, type SyncKind } from '@shared/sync/kinds';
import { sameJson } from '@shared/sync/field-merge';

/**
 * What of a stored record travels to the shared register: the domain entity, without what storage
 * adds (meta, search keys, counts kept on the record). The server checks it with the same domain
 * schema the forms use; the keys left out here are derived again on every PC.
 */
const META_KEYS = ['schemaVersion', 'revision', 'live'];
const DERIVED_KEYS: Partial<Record<SyncKind, readonly string[]>> = {
  enterprises: ['nameKey', 'words', 'kabKotaCode', 'commodity', 'sizeClass'],
  sentras: ['nameKey', 'words', 'kabKotaCode', 'enterpriseCount'],
  attachments: ['ownerKey'],
  letters: ['nominationIds'],
};

const SYNCED = new Set<string>(SYNC_KINDS);
export const isSyncKind = (name: string): name is SyncKind => SYNCED.has(name);

export function wireOf(kind: SyncKind, record: unknown): Record<string, unknown> | undefined {
  if (record === null || typeof record !== 'object') return undefined;
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of [...META_KEYS, ...(DERIVED_KEYS[kind] ?? [])]) delete copy[key];
  for (const [key, value] of Object.entries(copy)) if (value === undefined) delete copy[key];
  return copy;
}

/** Fields that differ between two wire shapes (`null` for a removed field); the id never travels as a change. */
export function changedFields(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (key === 'id') continue;
    if (!before || !sameJson(before[key], value)) changes[key] = value;
  }
  if (before)
    for (const key of Object.keys(before)) if (key !== 'id' && !(key in after)) changes[key] = null;
  return changes;
}

export const versionKey = (kind: string, id: string): string => `${kind}:${id}`;
