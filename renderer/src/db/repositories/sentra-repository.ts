import {
  sentraDecreeSchema,
  sentraSchema,
  type Sentra,
  type SentraDecree,
  type SentraDecreeForm,
  type SentraForm,
} from '@shared/domain/sentra/sentra.schema';
import type { Commodity } from '@shared/domain/common/commodity';
import type { ExistingRecord } from '@shared/import/duplicates';
import type { SentraRef } from '@shared/import/sentra-match';
import type { RepositoryContext } from '../context';
import { createEntityStore, toEntity, type EntityStore } from '../registers/entity-store';
import {
  eachInNameOrder,
  queryPage,
  type Page,
  type PageRequest,
  type PagingSpec,
  type RowScope,
} from '../search/paging';
import type { DecreeRecord, SentraRecord } from '../registers/records';
import { sentraDerived } from '../registers/record-mappers';

export interface SentraFilter {
  readonly kabKotaCode?: string;
  readonly commodity?: Commodity;
  readonly text?: string;
  readonly scope?: RowScope;
}
export type SentraSortField =
  'name' | 'kabKotaCode' | 'commodity' | 'unitCount' | 'enterpriseCount' | 'updatedAt';

/** A grid row: the sentra plus the number of live IKM registered in it. */
export type SentraRow = Sentra & { readonly kabKotaCode: string; readonly enterpriseCount: number };

const DERIVED = ['nameKey', 'words', 'kabKotaCode', 'enterpriseCount'] as const;

const pagingSpec: PagingSpec<SentraRecord, SentraSortField> = {
  filterFields: ['kabKotaCode', 'commodity'],
  indexedSorts: {
    kabKotaCode: '[live+kabKotaCode+nameKey]',
    commodity: '[live+commodity+nameKey]',
    updatedAt: '[live+updatedAt]',
  },
  sortValue: (r, field) =>
    field === 'name'
      ? r.nameKey
      : field === 'unitCount'
        ? r.unitCount
        : field === 'enterpriseCount'
          ? r.enterpriseCount
          : r[field],
};

export interface SentraRepository extends EntityStore<Sentra, SentraForm> {
  page(request: PageRequest<SentraFilter, SentraSortField>): Promise<Page<SentraRow>>;
  /**
   * Every sentra matching `filter` (the grid's meaning, live ones unless `scope` says otherwise) in
   * name order, `chunkSize` at a time (default 1,000), for exports. Resolves to the number handed over.
   */
  eachMatching(
    filter: SentraFilter,
    onChunk: (rows: readonly Sentra[]) => Promise<void> | void,
    chunkSize?: number,
  ): Promise<number>;
  decrees: EntityStore<SentraDecree, SentraDecreeForm> & {
    /** Live SK penetapan, newest date first (an office holds hundreds at most). */
    list(): Promise<SentraDecree[]>;
  };
  /** Sentra designated by one SK. */
  byDecree(decreeId: string): Promise<Sentra[]>;
  /** Id, name and region of every live sentra (the IKM import links rows to them by name). */
  liveRefs(): Promise<SentraRef[]>;
  /** Id, name, region and deleted flag of every sentra (the import finds duplicates by name + desa). */
  duplicateKeys(): Promise<ExistingRecord[]>;
}

export function sentraRepository(ctx: RepositoryContext): SentraRepository {
  const store = createEntityStore<Sentra, SentraRecord, SentraForm>(ctx, {
    entity: 'sentra',
    table: (c) => c.db.sentras,
    extraTables: (c) => [c.db.enterprises],
    schema: sentraSchema,
    derivedKeys: DERIVED,
    derive: async (c, sentra, previous) =>
      sentraDerived(
        sentra,
        // Counted in full on create (an import may have linked IKM first); kept in step by the IKM repository after.
        previous?.enterpriseCount ??
          (await c.db.enterprises
            .where('[live+sentraId+nameKey]')
            .between([1, sentra.id], [1, sentra.id, []], true, false)
            .count()),
      ),
  });
  const decreeStore = createEntityStore<SentraDecree, DecreeRecord, SentraDecreeForm>(ctx, {
    entity: 'decree',
    table: (c) => c.db.decrees,
    schema: sentraDecreeSchema,
    derivedKeys: [],
    derive: () => Promise.resolve({}),
  });
  const decrees = {
    ...decreeStore,
    async list() {
      const rows = await ctx.db.decrees.toArray();
      return rows
        .filter((r) => r.live === 1)
        .map((r) => toEntity<SentraDecree>(r, []))
        .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    },
  };
  return {
    ...store,
    decrees,
    async page({ filter, sort, offset, limit }) {
      const page = await queryPage(ctx.db.sentras, pagingSpec, filter, sort, offset, limit);
      return {
        total: page.total,
        ...(page.totalIsEstimate ? { totalIsEstimate: true } : {}),
        rows: page.rows.map((r) => ({
          ...toEntity<Sentra>(r, DERIVED),
          kabKotaCode: r.kabKotaCode,
          enterpriseCount: r.enterpriseCount,
        })),
      };
    },
    eachMatching: (filter, onChunk, chunkSize) =>
      eachInNameOrder(
        ctx.db.sentras,
        pagingSpec,
        filter,
        (rows) => onChunk(rows.map((r) => toEntity<Sentra>(r, DERIVED))),
        chunkSize,
      ),
    async duplicateKeys() {
      const rows = await ctx.db.sentras.toArray();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        regionCode: r.regionCode,
        deleted: r.deletedAt !== undefined,
      }));
    },
    async liveRefs() {
      const rows = await ctx.db.sentras.toArray();
      return rows
        .filter((r) => r.live === 1)
        .map((r) => ({ id: r.id, name: r.name, regionCode: r.regionCode }));
    },
    async byDecree(decreeId) {
      const rows = await ctx.db.sentras.where('decreeId').equals(decreeId).toArray();
      return rows.map((r) => toEntity<Sentra>(r, DERIVED));
    },
  };
}
