import { describe, expect, it } from 'vitest';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import { loadEnterpriseNominations } from '../../../../../renderer/src/features/enterprise/EnterpriseNominationList';
import { nominate } from '../../../../../renderer/src/features/round/nomination/data/nominate';
import { formOf, makeContext } from '../../../../support/factories/db';
import { makeReadyFoodCandidate } from '../../../../support/factories/register';
import { makeRound } from '../../../../support/factories/round';

describe('the IKM page section "Usulan OVOP"', () => {
  it("lists this IKM's nominations with round, product and status, newest round first, and nobody else's", async () => {
    const ctx = await makeContext({ userName: 'Rina (Disperin Banjar)' });
    const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
    const c = makeReadyFoodCandidate();
    const { sentraId: _s, ...enterprise } = formOf(c.enterprise);
    const ours = await repos.enterprises.create(enterprise);
    const other = await repos.enterprises.create({
      ...enterprise,
      name: 'IKM Lain',
      nib: '9120009999999',
    });
    const product = await repos.enterprises.products.create({
      ...formOf(c.product),
      enterpriseId: ours.id,
      name: 'Amplang Haruan',
    });
    const otherProduct = await repos.enterprises.products.create({
      ...formOf(c.product),
      enterpriseId: other.id,
    });
    const older = await repos.rounds.create({
      ...formOf(makeRound({ requiredPhotos: 0 })),
      name: 'OVOP 2025',
      year: 2025,
    });
    const newer = await repos.rounds.create({
      ...formOf(makeRound({ requiredPhotos: 0 })),
      name: 'OVOP 2026',
      year: 2026,
    });

    expect(await loadEnterpriseNominations(repos, ours.id)).toEqual([]);
    await nominate(
      repos,
      older.id,
      [{ enterpriseId: ours.id, productId: product.id, kind: 'baru' }],
      new Map(),
    );
    await nominate(
      repos,
      newer.id,
      [{ enterpriseId: ours.id, productId: product.id, kind: 'baru' }],
      new Map(),
    );
    await nominate(
      repos,
      newer.id,
      [{ enterpriseId: other.id, productId: otherProduct.id, kind: 'baru' }],
      new Map(),
    );

    const rows = await loadEnterpriseNominations(repos, ours.id);
    expect(rows.map((r) => [r.roundName, r.productName, r.status])).toEqual([
      ['OVOP 2026', 'Amplang Haruan', 'draft'],
      ['OVOP 2025', 'Amplang Haruan', 'draft'],
    ]);
  });
});
