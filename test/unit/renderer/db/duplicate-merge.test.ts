import { describe, expect, it } from 'vitest';
import {
  findRegisterDuplicates,
  mergeRegisterDuplicates,
} from '../../../../renderer/src/db/exchange/duplicate-merge';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { nominationRepository } from '../../../../renderer/src/db/repositories/nomination-repository';
import { roundRepository } from '../../../../renderer/src/db/repositories/round-repository';
import { formOf, makeContext } from '../../../support/factories/db';
import { makeEnterprise, makeProduct } from '../../../support/factories/register';
import { makeNomination, makeRound } from '../../../support/factories/round';

describe('gabungkan duplikat (fake-indexeddb)', () => {
  it('finds three "OVOP 2026" rounds, merges them into the oldest in one journaled step, moving the nominations', async () => {
    const ctx = await makeContext();
    const rounds = roundRepository(ctx);
    const oldest = await rounds.create(formOf(makeRound({ name: 'OVOP 2026' })));
    const fromBanjar = await rounds.create(formOf(makeRound({ name: 'OVOP 2026' })));
    const fromTapin = await rounds.create(formOf(makeRound({ name: 'Periode OVOP Tahun 2026' })));
    await rounds.create(formOf(makeRound({ year: 2027, name: 'OVOP 2027' })));
    const enterprises = enterpriseRepository(ctx);
    const nominations = nominationRepository(ctx);
    for (const [roundId, nib] of [
      [fromBanjar.id, '1000000000001'],
      [fromTapin.id, '2000000000002'],
    ] as const) {
      const ikm = await enterprises.create(formOf(makeEnterprise({ nib })));
      const product = await enterprises.products.create(
        formOf(makeProduct({ enterpriseId: ikm.id })),
      );
      const { history, status, ...rest } = formOf(
        makeNomination({ roundId, enterpriseId: ikm.id, productId: product.id }),
      );
      await nominations.create({ ...rest, history, status });
    }

    const groups = await findRegisterDuplicates(ctx);
    expect(groups.map((g) => [g.kind, g.keep.id, g.merge.map((r) => r.id)])).toEqual([
      ['rounds', oldest.id, [fromBanjar.id, fromTapin.id]],
    ]);
    const journalsBefore = await ctx.db.importJournal.count();

    const result = await mergeRegisterDuplicates(ctx);
    expect(result.groups).toBe(1);
    expect(await ctx.db.importJournal.count()).toBe(journalsBefore + 1);
    const live = (await ctx.db.rounds.toArray()).filter((r) => r.deletedAt === undefined);
    expect(live.map((r) => r.name).sort()).toEqual(['OVOP 2026', 'OVOP 2027']);
    expect((await ctx.db.nominations.toArray()).map((n) => n.roundId)).toEqual([
      oldest.id,
      oldest.id,
    ]);
    expect(await findRegisterDuplicates(ctx)).toEqual([]);
  });

  it('a register without duplicates is left as it is', async () => {
    const ctx = await makeContext();
    await roundRepository(ctx).create(formOf(makeRound()));
    expect(await mergeRegisterDuplicates(ctx)).toEqual({ groups: 0, journal: null });
    expect(await ctx.db.importJournal.count()).toBe(0);
  });
});
