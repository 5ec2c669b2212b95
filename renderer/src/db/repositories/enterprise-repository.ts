import Dexie from 'dexie';
import {
  credentialSchema,
  type Credential,
  type CredentialForm,
} from '@shared/domain/credential/credential.schema';
import {
  enterpriseSchema,
  type Enterprise,
  type EnterpriseForm,
} from '@shared/domain/enterprise/enterprise';
import { awardRecordSchema, type AwardRecord } from '@shared/domain/award/award.schema';
import type { Commodity } from '@shared/domain/common/commodity';
import type { ExistingRecord } from '@shared/import/duplicates';
import type { RepositoryContext } from '../context';
import type { ImportLog } from '../registers/audit-writer';
import { createEntityStore, toEntity, type EntityStore } from '../registers/entity-store';
import { DuplicateNibError, ValidationError } from '../errors';
import {
  eachInNameOrder,
  queryPage,
  type KnownTotal,
  type Page,
  type PageRequest,
  type PagingSpec,
  type RowScope,
} from '../search/paging';
import type {
  AwardRecordStored,
  CredentialRecord,
  EnterpriseRecord,
  SizeClass,
} from '../registers/records';
import { enterpriseDerived } from '../registers/record-mappers';
import { readEnterpriseStats } from '../registers/register-stats';
import { searchIndexOf } from '../search/search-index';
import { bulkCreateEnterprises, type BulkChildren } from './enterprise-bulk';
import { enterpriseParentCheck, productStore, type ProductStore } from './product-store';

export interface EnterpriseFilter {
  readonly kabKotaCode?: string;
  readonly commodity?: Commodity;
  readonly sentraId?: string;
  readonly sizeClass?: SizeClass;
  /** As-you-type: every word must start a word of the name, owner or NIB; digits also match a NIB prefix. */
  readonly text?: string;
  readonly scope?: RowScope;
}
export type EnterpriseSortField =
  'name' | 'nib' | 'kabKotaCode' | 'commodity' | 'sizeClass' | 'updatedAt';

interface EnterpriseCounts {
  readonly live: number;
  readonly deleted: number;
  readonly byKabKota: Readonly<Record<string, number>>;
  readonly byCommodity: Readonly<Partial<Record<Commodity, number>>>;
}

/** A grid row: the IKM plus the denormalised columns the grid shows and filters on. */
export type EnterpriseRow = Enterprise & {
  readonly kabKotaCode: string;
  readonly commodity?: Commodity;
  readonly sizeClass: SizeClass;
};

const DERIVED = ['nameKey', 'words', 'kabKotaCode', 'commodity', 'sizeClass'] as const;

export const enterprisePagingSpec: PagingSpec<EnterpriseRecord, EnterpriseSortField> = {
  filterFields: ['sentraId', 'kabKotaCode', 'commodity', 'sizeClass'],
  indexedSorts: {
    nib: '[live+nib]',
    kabKotaCode: '[live+kabKotaCode+nameKey]',
    updatedAt: '[live+updatedAt]',
  },
  sortValue: (r, field) => (field === 'name' ? r.nameKey : (r[field] ?? '')),
  digitField: 'nib',
  memoryIndex: true,
};

/** Which sentra a stored/new IKM counts towards (live rows only). */
const countedSentra = (e: {
  sentraId?: string | undefined;
  deletedAt?: string | undefined;
}): string | undefined => (e.deletedAt === undefined ? e.sentraId : undefined);

/** Denormalised count on the sentra (no revision bump: it is derived, not edited). */
async function adjustEnterpriseCount(
  ctx: RepositoryContext,
  sentraId: string,
  delta: number,
): Promise<void> {
  const sentra = await ctx.db.sentras.get(sentraId);
  if (sentra)
    await ctx.db.sentras.put({
      ...sentra,
      enterpriseCount: Math.max(0, sentra.enterpriseCount + delta),
    });
}

export interface EnterpriseRepository extends EntityStore<Enterprise, EnterpriseForm> {
  page(request: PageRequest<EnterpriseFilter, EnterpriseSortField>): Promise<Page<EnterpriseRow>>;
  /**
   * Every IKM matching `filter` (the grid's meaning, live ones unless `scope` says otherwise) in name
   * order, `chunkSize` at a time (default 1,000), for exports of the whole register without holding
   * it in memory. Resolves to the number of IKM handed over.
   */
  eachMatching(
    filter: EnterpriseFilter,
    onChunk: (rows: readonly Enterprise[]) => Promise<void> | void,
    chunkSize?: number,
  ): Promise<number>;
  /**
   * Many new IKM at once (imports): validated, NIB-checked (in the batch and against the register)
   * and written with bulk operations in one transaction; all or nothing. `children[i]` are the
   * products and legalitas of `forms[i]`, written in the same transaction. What was created is noted
   * in `log` for the import's one audit row (runBulkImport). See enterprise-bulk.ts.
   */
  bulkCreate(
    forms: readonly EnterpriseForm[],
    children: readonly (BulkChildren | undefined)[],
    log: ImportLog,
  ): Promise<Enterprise[]>;
  /**
   * Loads the in-memory search index (seconds at 100k IKM) so the first keystroke is fast. The grid
   * may call it when it opens; `page` also starts it in the background 1.5 s after a grid-sized page.
   */
  prepareSearch(): Promise<void>;
  /** The IKM holding this NIB (live or deleted), for "already registered" links. */
  findByNib(nib: string): Promise<Enterprise | undefined>;
  /**
   * Live IKM in all, per kab/kota code and per commodity, and deleted IKM: kept in step with every
   * write (db/register-stats.ts), so this is one read even at 100,000 IKM.
   */
  counts(): Promise<EnterpriseCounts>;
  /** Id, name, NIB, region and deleted flag of every IKM (deleted ones keep their NIB taken), for import duplicates. */
  duplicateKeys(): Promise<ExistingRecord[]>;
  products: ProductStore;
  credentials: EntityStore<Credential, CredentialForm> & {
    list(enterpriseId: string): Promise<Credential[]>;
    /** `list` of each of these IKM in one read: every IKM's legalitas in `list`'s order. */
    listByEnterprises(enterpriseIds: readonly string[]): Promise<Credential[]>;
  };
  awards: EntityStore<
    AwardRecord,
    Omit<AwardRecord, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>
  > & {
    list(enterpriseId: string): Promise<AwardRecord[]>;
    /** `list` of each of these IKM in one read: every IKM's awards in `list`'s order. */
    listByEnterprises(enterpriseIds: readonly string[]): Promise<AwardRecord[]>;
    /** Every live award of the register, oldest year first (tens of rows: earlier awards, for the dashboard). */
    listLive(): Promise<AwardRecord[]>;
  };
}

/** Totals the kept counts answer: the whole scope, or live IKM of one kab/kota or one commodity. */
function keptTotal(ctx: RepositoryContext): KnownTotal {
  return async (equal, live) => {
    const fields = Object.keys(equal);
    if (fields.length > 1) return undefined;
    // Inside a caller's transaction without the counts store (or one writing rows not yet counted
    // as committed), count the index as before.
    if (Dexie.currentTransaction) return undefined;
    const stats = await readEnterpriseStats(ctx.db);
    if (fields.length === 0) return live === 1 ? stats.live : stats.deleted;
    if (live !== 1) return undefined;
    if (equal.kabKotaCode !== undefined) return stats.byKabKota[equal.kabKotaCode] ?? 0;
    if (equal.commodity !== undefined) return stats.byCommodity[equal.commodity] ?? 0;
    return undefined;
  };
}

/** Pages at least this big come from a grid: warm the search index a moment after answering them. */
const GRID_PAGE = 10;
const PREPARE_DELAY_MS = 1500;

export function enterpriseRepository(ctx: RepositoryContext): EnterpriseRepository {
  const searchIndex = () =>
    searchIndexOf(
      ctx.db.enterprises,
      enterprisePagingSpec.filterFields,
      enterprisePagingSpec.digitField,
    );
  const prepareSearch = (): Promise<void> => searchIndex().prepare();
  const store = createEntityStore<Enterprise, EnterpriseRecord, EnterpriseForm>(ctx, {
    entity: 'enterprise',
    table: (c) => c.db.enterprises,
    extraTables: (c) => [c.db.sentras, c.db.products],
    schema: enterpriseSchema,
    derivedKeys: DERIVED,
    async beforeWrite(c, next, previous) {
      const holder = await c.db.enterprises.where('nib').equals(next.nib).first();
      if (holder && holder.id !== next.id) {
        throw new DuplicateNibError(
          next.nib,
          holder.id,
          holder.name,
          holder.deletedAt !== undefined,
        );
      }
      if (
        next.sentraId !== undefined &&
        next.sentraId !== previous?.sentraId &&
        !(await c.db.sentras.get(next.sentraId))
      ) {
        throw new ValidationError([
          { path: 'sentraId', message: 'Sentra yang dipilih tidak ditemukan' },
        ]);
      }
      const before = previous ? countedSentra(previous) : undefined;
      const after = countedSentra(next);
      if (before === after) return;
      if (before !== undefined) await adjustEnterpriseCount(c, before, -1);
      if (after !== undefined) await adjustEnterpriseCount(c, after, +1);
    },
    async derive(c, e) {
      const products = await c.db.products.where('enterpriseId').equals(e.id).sortBy('createdAt');
      const commodity = products.find((p) => p.deletedAt === undefined)?.commodity;
      return enterpriseDerived(e, commodity);
    },
  });

  const credentials = createEntityStore<Credential, CredentialRecord, CredentialForm>(ctx, {
    entity: 'credential',
    table: (c) => c.db.credentials,
    extraTables: (c) => [c.db.enterprises],
    schema: credentialSchema,
    derivedKeys: [],
    beforeWrite: enterpriseParentCheck,
    derive: () => Promise.resolve({}),
  });
  type AwardForm = Omit<AwardRecord, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
  const awards = createEntityStore<AwardRecord, AwardRecordStored, AwardForm>(ctx, {
    entity: 'award',
    table: (c) => c.db.awards,
    extraTables: (c) => [c.db.enterprises],
    schema: awardRecordSchema,
    derivedKeys: [],
    beforeWrite: enterpriseParentCheck,
    derive: () => Promise.resolve({}),
  });

  return {
    ...store,
    products: productStore(ctx),
    credentials: {
      ...credentials,
      list: async (enterpriseId) =>
        (
          await ctx.db.credentials.where('enterpriseId').equals(enterpriseId).sortBy('issuedOn')
        ).map((r) => toEntity<Credential>(r, [])),
      // anyOf reads in (IKM, id) order and the sort is stable: within one IKM, `list`'s order.
      listByEnterprises: async (enterpriseIds) =>
        (
          await ctx.db.credentials.where('enterpriseId').anyOf(enterpriseIds).sortBy('issuedOn')
        ).map((r) => toEntity<Credential>(r, [])),
    },
    awards: {
      ...awards,
      list: async (enterpriseId) =>
        (await ctx.db.awards.where('enterpriseId').equals(enterpriseId).sortBy('year')).map((r) =>
          toEntity<AwardRecord>(r, []),
        ),
      listByEnterprises: async (enterpriseIds) =>
        (await ctx.db.awards.where('enterpriseId').anyOf(enterpriseIds).sortBy('year')).map((r) =>
          toEntity<AwardRecord>(r, []),
        ),
      listLive: async () =>
        (
          await ctx.db.awards
            .orderBy('year')
            .filter((r) => r.live === 1)
            .toArray()
        ).map((r) => toEntity<AwardRecord>(r, [])),
    },
    async page({ filter, sort, offset, limit }) {
      const page = await queryPage(
        ctx.db.enterprises,
        enterprisePagingSpec,
        filter,
        sort,
        offset,
        limit,
        keptTotal(ctx),
      );
      if (limit >= GRID_PAGE) searchIndex().prepareSoon(PREPARE_DELAY_MS);
      return {
        total: page.total,
        ...(page.totalIsEstimate ? { totalIsEstimate: true } : {}),
        rows: page.rows.map((r) => ({
          ...toEntity<Enterprise>(r, DERIVED),
          kabKotaCode: r.kabKotaCode,
          sizeClass: r.sizeClass,
          ...(r.commodity ? { commodity: r.commodity } : {}),
        })),
      };
    },
    eachMatching: (filter, onChunk, chunkSize) =>
      eachInNameOrder(
        ctx.db.enterprises,
        enterprisePagingSpec,
        filter,
        (rows) => onChunk(rows.map((r) => toEntity<Enterprise>(r, DERIVED))),
        chunkSize,
      ),
    bulkCreate: (forms, children, log) => bulkCreateEnterprises(ctx, forms, children, log),
    prepareSearch,
    async findByNib(nib) {
      const record = await ctx.db.enterprises.where('nib').equals(nib).first();
      return record ? toEntity<Enterprise>(record, DERIVED) : undefined;
    },
    async duplicateKeys() {
      const rows = await ctx.db.enterprises.toArray();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        nib: r.nib,
        regionCode: r.regionCode,
        deleted: r.deletedAt !== undefined,
      }));
    },
    async counts() {
      const { live, deleted, byKabKota, byCommodity } = await readEnterpriseStats(ctx.db);
      return { live, deleted, byKabKota, byCommodity };
    },
  };
}
