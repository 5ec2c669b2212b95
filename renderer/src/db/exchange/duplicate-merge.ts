import { duplicateMergeWrites } from '@shared/domain/identity/duplicate-merge';
import { findDuplicates, type DuplicateGroup } from '@shared/domain/identity/duplicates';
import { IDENTITY_KINDS, listSource, type IdentityKind } from '@shared/domain/identity/record-keys';
import { readBundleData, writeBundleRows } from './bundle-tables';
import type { RepositoryContext } from '../context';
import type { ImportJournalRecord } from '../registers/records';

/** Kinds the "gabungkan duplikat" step looks at (letters are never matched; attachments follow their owners). */
const KINDS: readonly IdentityKind[] = IDENTITY_KINDS.filter(
  (kind) => kind !== 'letters' && kind !== 'attachments',
);

/** Records of this register that the identity rules consider the same (from earlier merges). */
export async function findRegisterDuplicates(ctx: RepositoryContext): Promise<DuplicateGroup[]> {
  const data = await readBundleData(ctx);
  return findDuplicates(data, listSource(data), KINDS);
}

/**
 * Merges the duplicates found now (read again, so the officer's confirmation cannot act on a stale
 * list) in ONE transaction with a journal row: merged records are soft-deleted, references moved.
 */
export async function mergeRegisterDuplicates(
  ctx: RepositoryContext,
): Promise<{ groups: number; journal: ImportJournalRecord | null }> {
  const data = await readBundleData(ctx);
  const groups = findDuplicates(data, listSource(data), KINDS);
  if (groups.length === 0) return { groups: 0, journal: null };
  const writes = duplicateMergeWrites(data, groups, ctx.now().toISOString());
  const journal = await writeBundleRows(
    ctx,
    writes.map((w) => ({ table: w.kind, row: w.row })),
  );
  return { groups: groups.length, journal };
}
