import {
  nominationSchema,
  type Nomination,
  type NominationStatus,
} from '@shared/domain/nomination/nomination.schema';
import type { RepositoryContext } from '../context';
import { createEntityStore, toEntity, type EntityStore } from '../registers/entity-store';
import { ValidationError } from '../errors';
import type { RowScope } from '../search/paging';
import type { NominationRecord } from '../registers/records';

/**
 * The whole nomination minus id and timestamps: status changes are computed by the domain's
 * `transition()` and saved with `update(id, next, expectedUpdatedAt)` like any edit.
 */
export type NominationInput = Omit<Nomination, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** What the nomination list and its export filter on; live nominations unless `scope` says otherwise. */
export interface NominationFilter {
  readonly roundId?: string;
  readonly scope?: RowScope;
}

export interface NominationRepository extends EntityStore<Nomination, NominationInput> {
  listByRound(roundId: string): Promise<Nomination[]>;
  listByEnterprise(enterpriseId: string): Promise<Nomination[]>;
  /** Live nominations in `status`, of every round (the dashboard's awarded ones). */
  listByStatus(status: NominationStatus): Promise<Nomination[]>;
  /** Nominations matching `filter` in id order (hundreds per round; exports). */
  listMatching(filter: NominationFilter): Promise<Nomination[]>;
}

export function nominationRepository(ctx: RepositoryContext): NominationRepository {
  const store = createEntityStore<Nomination, NominationRecord, NominationInput>(ctx, {
    entity: 'nomination',
    table: (c) => c.db.nominations,
    extraTables: (c) => [c.db.rounds, c.db.enterprises, c.db.products],
    schema: nominationSchema,
    derivedKeys: [],
    derive: () => Promise.resolve({}),
    async beforeWrite(c, next) {
      const [round, enterprise, product] = await Promise.all([
        c.db.rounds.get(next.roundId),
        c.db.enterprises.get(next.enterpriseId),
        c.db.products.get(next.productId),
      ]);
      const issues = [
        ...(round ? [] : [{ path: 'roundId', message: 'Periode OVOP tidak ditemukan' }]),
        ...(enterprise ? [] : [{ path: 'enterpriseId', message: 'IKM tidak ditemukan' }]),
        ...(product && product.enterpriseId === next.enterpriseId
          ? []
          : [{ path: 'productId', message: 'Produk tidak ditemukan pada IKM ini' }]),
      ];
      if (issues.length > 0) throw new ValidationError(issues);
    },
  });
  const live = (rows: NominationRecord[]): Nomination[] =>
    rows.filter((r) => r.live === 1).map((r) => toEntity<Nomination>(r, []));
  return {
    ...store,
    listByRound: async (roundId) =>
      live(await ctx.db.nominations.where('roundId').equals(roundId).toArray()),
    listByEnterprise: async (enterpriseId) =>
      live(await ctx.db.nominations.where('enterpriseId').equals(enterpriseId).toArray()),
    listByStatus: async (status) =>
      live(await ctx.db.nominations.where('status').equals(status).toArray()),
    async listMatching({ roundId, scope }) {
      const flag = scope === 'deleted' ? 0 : 1;
      // The roundId index keeps id order within a round, like the primary key order of the whole table.
      const range =
        roundId !== undefined && roundId !== ''
          ? ctx.db.nominations.where('roundId').equals(roundId)
          : ctx.db.nominations.toCollection();
      const rows = await range.filter((r) => r.live === flag).toArray();
      return rows.map((r) => toEntity<Nomination>(r, []));
    },
  };
}
