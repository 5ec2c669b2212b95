import { describe, expect, it } from 'vitest';
import { buildAppRepositories } from '../../../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../../../renderer/src/db/blob-store';
import { loadCandidate } from '../../../../../../../renderer/src/features/round/nomination/data/load-readiness';
import { nominate } from '../../../../../../../renderer/src/features/round/nomination/data/nominate';
import { makeContext, formOf } from '../../../../../../support/factories/db';
import { makeReadyFoodCandidate } from '../../../../../../support/factories/register';
import { kabupatenOffice } from '../../../../../../support/factories/letter';
import { makeRound } from '../../../../../../support/factories/round';

async function setup() {
  const ctx = await makeContext({ userName: 'Rina (Disperin Banjar)' });
  const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
  const c = makeReadyFoodCandidate();
  const decree = await repos.sentras.decrees.create(formOf(c.decree));
  const sentra = await repos.sentras.create({ ...formOf(c.sentra), decreeId: decree.id });
  const enterprise = await repos.enterprises.create({
    ...formOf(c.enterprise),
    sentraId: sentra.id,
  });
  const product = await repos.enterprises.products.create({
    ...formOf(c.product),
    enterpriseId: enterprise.id,
  });
  for (const cr of c.credentials.filter((x) => x.kind !== 'halal')) {
    await repos.enterprises.credentials.create({
      ...formOf(cr),
      enterpriseId: enterprise.id,
      ...(cr.productId ? { productId: product.id } : {}),
    });
  }
  const round = await repos.rounds.create(formOf(makeRound({ requiredPhotos: 0 })));
  return { repos, enterprise, product, round };
}

describe('nominating from the register', () => {
  it('creates a draft recorded by the named user, and refuses the same product twice in a round', async () => {
    const { repos, enterprise, product, round } = await setup();
    const names = new Map([[enterprise.id as string, enterprise.name]]);
    const first = await nominate(
      repos,
      round.id,
      [{ enterpriseId: enterprise.id, productId: product.id, kind: 'baru' }],
      names,
    );
    expect(first.problems).toEqual([]);
    expect(first.created[0]).toMatchObject({
      status: 'draft',
      history: [{ status: 'draft', by: 'Rina (Disperin Banjar)' }],
    });
    const again = await nominate(
      repos,
      round.id,
      [{ enterpriseId: enterprise.id, productId: product.id, kind: 'baru' }],
      names,
    );
    expect(again.created).toEqual([]);
    expect(again.problems).toEqual([
      `${enterprise.name}: produk ini sudah diusulkan pada periode ini`,
    ]);
    expect(await repos.nominations.listByRound(round.id)).toHaveLength(1);
  });

  it('a kab/kota office cannot nominate an IKM of another kab/kota; the province can', async () => {
    const { repos, enterprise, product, round } = await setup();
    const profile = kabupatenOffice();
    const choice = [{ enterpriseId: enterprise.id, productId: product.id, kind: 'baru' as const }];
    await repos.office.save({
      ...profile,
      level: 'kabupaten',
      regionCode: '63.04',
      regionName: 'Kabupaten Tanah Laut',
    });
    const refused = await nominate(repos, round.id, choice, new Map());
    expect(refused.created).toEqual([]);
    expect(refused.problems[0]).toContain(
      'Kabupaten Tanah Laut hanya dapat mengusulkan IKM di wilayahnya sendiri',
    );
    await repos.office.save({
      ...profile,
      level: 'kabupaten',
      regionCode: enterprise.regionCode.slice(0, 5),
      regionName: 'Kabupaten Banjar',
    });
    expect((await nominate(repos, round.id, choice, new Map())).created).toHaveLength(1);
    await repos.office.save({
      ...profile,
      level: 'provinsi',
      regionCode: '63',
      regionName: 'Provinsi Kalimantan Selatan',
    });
    const other = await repos.enterprises.products.create({
      ...formOf(makeReadyFoodCandidate().product),
      name: 'Amplang',
      enterpriseId: enterprise.id,
    });
    expect(
      (await nominate(repos, round.id, [{ ...choice[0]!, productId: other.id }], new Map()))
        .created,
    ).toHaveLength(1);
  });

  it('reports the missing halal certificate as blocking, and clears it once the certificate is stored', async () => {
    const { repos, enterprise, product, round } = await setup();
    const { created } = await nominate(
      repos,
      round.id,
      [{ enterpriseId: enterprise.id, productId: product.id, kind: 'baru' }],
      new Map(),
    );
    const nomination = created[0]!;
    const before = await loadCandidate(repos, round, nomination);
    expect(before.findings?.filter((f) => f.severity === 'blocking').map((f) => f.code)).toContain(
      'halal-missing',
    );
    await repos.enterprises.credentials.create({
      enterpriseId: enterprise.id,
      productId: product.id,
      kind: 'halal',
      number: 'ID63110000123450323',
      issuer: 'BPJPH',
      issuedOn: '2025-01-01',
      expiresOn: '2029-01-01',
    });
    const after = await loadCandidate(repos, round, nomination);
    expect(after.findings?.map((f) => f.code)).not.toContain('halal-missing');
  });
});
