import type { Commodity } from '@shared/domain/common/commodity';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import {
  BUNDLE_TABLES,
  emptyBundleData,
  type BundleData,
  type BundleRow,
  type BundleTable,
} from '@shared/bundle/bundle-data';
import type { ReceivedBundle } from '@shared/bundle/received-bundle';
import type { RepositoryContext } from '../context';
import { runImport } from '../safety/import-journal';
import { LETTER_RECORD_VERSION, nominationIdsOf } from '../migrations/0002-letter-register';
import type { ImportJournalRecord } from '../registers/records';
import { enterpriseDerived, freshMeta, sentraDerived } from '../registers/record-mappers';

/**
 * The exchange bundle's side of the register: every exchangeable table read as domain rows, and a
 * merge plan's rows written back with their storage keys. A table-by-table copy of the whole
 * register (like backup), so it lives here in the db layer; the zip handling stays in the feature.
 */

/** Record keys added by storage (meta, search keys, denormalised fields): a bundle holds exactly the domain rows. */
const STORAGE_KEYS = [
  'schemaVersion',
  'revision',
  'live',
  'nameKey',
  'words',
  'kabKotaCode',
  'sizeClass',
  'enterpriseCount',
  'ownerKey',
];

function domainRow(table: string, record: object): BundleRow {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of STORAGE_KEYS) delete copy[key];
  // `commodity` is a real field of sentra and product, but only a denormalised copy on an IKM.
  if (table === 'enterprises') delete copy.commodity;
  return copy as BundleRow;
}

/** Every exchangeable table (deleted rows included), each sorted by id, read in one transaction. */
export async function readBundleData(ctx: RepositoryContext): Promise<BundleData> {
  const data = emptyBundleData();
  await ctx.db.transaction(
    'r',
    BUNDLE_TABLES.map((t) => ctx.db.table(t)),
    async () => {
      for (const table of BUNDLE_TABLES) {
        const rows = (await ctx.db.table(table).toArray()) as object[];
        data[table] = rows.map((r) => domainRow(table, r)).sort((a, b) => a.id.localeCompare(b.id));
      }
    },
  );
  return data;
}

export interface BundleWrite {
  readonly table: BundleTable;
  readonly row: BundleRow;
}

async function putRecord(ctx: RepositoryContext, { table, row }: BundleWrite): Promise<void> {
  const previous = (await ctx.db.table(table).get(row.id)) as { revision?: number } | undefined;
  const meta = {
    ...freshMeta(row.deletedAt as string | undefined),
    revision: (previous?.revision ?? 0) + 1,
  };
  switch (table) {
    case 'letters':
      // The record is the letter itself, with the register's layout version and lampiran index.
      await ctx.db.letters.put({
        ...row,
        schemaVersion: LETTER_RECORD_VERSION,
        nominationIds: nominationIdsOf(row),
      } as never);
      return;
    case 'sentras':
      await ctx.db.sentras.put({
        ...(row as unknown as Sentra),
        ...sentraDerived(row as unknown as Sentra, 0),
        ...meta,
      });
      return;
    case 'enterprises':
      await ctx.db.enterprises.put({
        ...(row as unknown as Enterprise),
        ...enterpriseDerived(row as unknown as Enterprise, undefined),
        ...meta,
      });
      return;
    case 'attachments': {
      const owner = row.owner as { type: string; id: string };
      await ctx.db.attachments.put({
        ...(row as never as object),
        ownerKey: `${owner.type}:${owner.id}`,
        ...meta,
      } as never);
      return;
    }
    default:
      await ctx.db.table(table).put({ ...row, ...meta });
  }
}

/** Denormalised fields (IKM commodity, sentra IKM count) recomputed for what the merge touched. */
async function refreshDerived(ctx: RepositoryContext, rows: readonly BundleWrite[]): Promise<void> {
  const enterpriseIds = new Set<string>();
  const sentraIds = new Set<string>();
  for (const { table, row } of rows) {
    if (table === 'enterprises') enterpriseIds.add(row.id);
    if (table === 'products' && typeof row.enterpriseId === 'string')
      enterpriseIds.add(row.enterpriseId);
    if (table === 'sentras') sentraIds.add(row.id);
  }
  for (const id of enterpriseIds) {
    const record = await ctx.db.enterprises.get(id);
    if (!record) continue;
    if (record.sentraId) sentraIds.add(record.sentraId);
    const products = await ctx.db.products.where('enterpriseId').equals(id).sortBy('createdAt');
    const commodity: Commodity | undefined = products.find(
      (p) => p.deletedAt === undefined,
    )?.commodity;
    const { commodity: _old, ...rest } = record;
    await ctx.db.enterprises.put({ ...rest, ...(commodity ? { commodity } : {}) });
  }
  for (const id of sentraIds) {
    const sentra = await ctx.db.sentras.get(id);
    if (!sentra) continue;
    // Live IKM of the sentra: a key range of the grid's sentra filter index, counted without reading rows.
    const count = await ctx.db.enterprises
      .where('[live+sentraId+nameKey]')
      .between([1, id], [1, id, []], true, false)
      .count();
    await ctx.db.sentras.put({ ...sentra, enterpriseCount: count });
  }
}

/** Writes a merge plan's rows in ONE transaction with a journal row (all or nothing), then the derived fields. */
export function writeBundleRows(
  ctx: RepositoryContext,
  rows: readonly BundleWrite[],
  bundle?: ReceivedBundle,
): Promise<ImportJournalRecord> {
  return runImport(
    ctx,
    'bundel-ovop',
    rows,
    async (row, index) => {
      await putRecord(ctx, row);
      if (index === rows.length - 1) await refreshDerived(ctx, rows);
    },
    bundle ? { bundle } : {},
  );
}

/** Bundles merged into this register, oldest first, with when and by whom. */
export async function receivedBundles(
  ctx: RepositoryContext,
): Promise<(ReceivedBundle & { at: string; user: string })[]> {
  const rows = await ctx.db.importJournal.orderBy('at').toArray();
  return rows.flatMap((r) => (r.bundle ? [{ ...r.bundle, at: r.at, user: r.user }] : []));
}
