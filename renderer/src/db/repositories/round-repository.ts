import { roundSchema, type Round, type RoundForm } from '@shared/domain/round/round.schema';
import type { RepositoryContext } from '../context';
import { createEntityStore, toEntity, type EntityStore } from '../registers/entity-store';
import type { RoundRecord } from '../registers/records';

export interface RoundRepository extends EntityStore<Round, RoundForm> {
  /** Live rounds, newest year first. */
  list(): Promise<Round[]>;
}

export function roundRepository(ctx: RepositoryContext): RoundRepository {
  const store = createEntityStore<Round, RoundRecord, RoundForm>(ctx, {
    entity: 'round',
    table: (c) => c.db.rounds,
    schema: roundSchema,
    derivedKeys: [],
    derive: () => Promise.resolve({}),
  });
  return {
    ...store,
    async list() {
      const rows = await ctx.db.rounds.orderBy('year').reverse().toArray();
      return rows.filter((r) => r.live === 1).map((r) => toEntity<Round>(r, []));
    },
  };
}
