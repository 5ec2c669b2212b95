import { describe, expect, it } from 'vitest';
import {
  buildAppRepositories,
  type AppRepositories,
} from '../../../../../renderer/src/db/app-repositories';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeProduct } from '../../../../support/factories/register';
import { ikmForm } from '../../../../support/factories/repository-reads';
import { makeNomination, makeRound } from '../../../../support/factories/round';

/** Two rounds with three nominations each (one IKM and product per nomination). */
async function twoRounds(repos: AppRepositories) {
  const rounds = [
    await repos.rounds.create(formOf(makeRound({ year: 2025 }))),
    await repos.rounds.create(formOf(makeRound({ year: 2026 }))),
  ];
  const nominations = [];
  for (let i = 0; i < 6; i++) {
    const enterprise = await repos.enterprises.create(ikmForm(`UD ${i}`));
    const product = await repos.enterprises.products.create(
      formOf(makeProduct({ enterpriseId: enterprise.id })),
    );
    const round = rounds[i % 2];
    if (!round) throw new Error('round');
    nominations.push(
      await repos.nominations.create(
        formOf(
          makeNomination({ roundId: round.id, enterpriseId: enterprise.id, productId: product.id }),
        ),
      ),
    );
  }
  return { rounds, nominations };
}

describe('nomination repository', () => {
  it('listMatching: one round or all, live or the recycle bin, in id order', async () => {
    const repos = buildAppRepositories(await makeContext());
    const { rounds, nominations } = await twoRounds(repos);
    const [n0, n1, n2, n3, n4, n5] = nominations.map((n) => n.id);
    await repos.nominations.softDelete(n2 ?? '');
    const ids = async (filter: Parameters<typeof repos.nominations.listMatching>[0]) =>
      (await repos.nominations.listMatching(filter)).map((n) => n.id);
    expect(await ids({})).toEqual([n0, n1, n3, n4, n5]);
    expect(await ids({ roundId: rounds[0]?.id ?? '' })).toEqual([n0, n4]);
    expect(await ids({ roundId: rounds[0]?.id ?? '', scope: 'deleted' })).toEqual([n2]);
    expect(await ids({ scope: 'deleted' })).toEqual([n2]);
  });

  it('listByStatus: live nominations in that status, of every round', async () => {
    const repos = buildAppRepositories(await makeContext());
    const { nominations } = await twoRounds(repos);
    const [a, b, c] = nominations;
    if (!a || !b || !c) throw new Error('nominations');
    const withdraw = (n: typeof a) =>
      repos.nominations.update(n.id, { ...formOf(n), status: 'ditarik' }, n.updatedAt);
    await withdraw(a);
    await withdraw(b);
    const gone = await withdraw(c);
    await repos.nominations.softDelete(gone.id);
    expect((await repos.nominations.listByStatus('ditarik')).map((n) => n.id).sort()).toEqual(
      [a.id, b.id].sort(),
    );
    expect(await repos.nominations.listByStatus('dianugerahi')).toEqual([]);
  });
});
