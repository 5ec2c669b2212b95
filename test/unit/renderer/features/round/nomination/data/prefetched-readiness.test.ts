import { describe, expect, it } from 'vitest';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import { buildAppRepositories } from '../../../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../../../renderer/src/db/blob-store';
import { loadCandidate } from '../../../../../../../renderer/src/features/round/nomination/data/load-readiness';
import { nominate } from '../../../../../../../renderer/src/features/round/nomination/data/nominate';
import { prefetchedReadiness } from '../../../../../../../renderer/src/features/round/nomination/data/prefetched-readiness';
import { makeContext, formOf } from '../../../../../../support/factories/db';
import { makeAward, makeReadyFoodCandidate } from '../../../../../../support/factories/register';
import { makeRound } from '../../../../../../support/factories/round';

const pdf = (n: number) => new TextEncoder().encode(`%PDF-1.7\n% berkas ${n}\n`);

async function register() {
  const ctx = await makeContext({ userName: 'Rina' });
  const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
  const round = await repos.rounds.create(formOf(makeRound({ requiredPhotos: 0 })));
  const { id: _1, createdAt: _2, updatedAt: _3, deletedAt: _4, ...award } = makeAward();
  const choices = [];
  const names = new Map<string, string>();
  for (let i = 0; i < 3; i += 1) {
    const c = makeReadyFoodCandidate();
    const decree = await repos.sentras.decrees.create(formOf(c.decree));
    const sentra = await repos.sentras.create({ ...formOf(c.sentra), decreeId: decree.id });
    const { sentraId: _unused, ...form } = formOf(c.enterprise);
    const enterprise = await repos.enterprises.create({
      ...form,
      nib: `81200000000${i}0`,
      // The second IKM is in no sentra.
      ...(i === 1 ? {} : { sentraId: sentra.id }),
    });
    const product = await repos.enterprises.products.create({
      ...formOf(c.product),
      enterpriseId: enterprise.id,
    });
    for (const cr of c.credentials)
      await repos.enterprises.credentials.create({
        ...formOf(cr),
        enterpriseId: enterprise.id,
        ...(cr.productId ? { productId: product.id } : {}),
      });
    // Two earlier awards, the later year written first.
    for (const year of [2022, 2019])
      await repos.enterprises.awards.create({ ...award, enterpriseId: enterprise.id, year });
    // Attachments of both owners, added in turns, one of them deleted again.
    for (let n = 0; n < 3; n += 1) {
      await repos.attachments.add({
        bytes: pdf(i * 10 + n),
        originalName: `izin-${n}.pdf`,
        kind: 'document',
        owner: { type: n % 2 ? 'product' : 'enterprise', id: n % 2 ? product.id : enterprise.id },
      });
    }
    const extra = await repos.attachments.add({
      bytes: pdf(i * 10 + 9),
      originalName: 'lama.pdf',
      kind: 'document',
      owner: { type: 'enterprise', id: enterprise.id },
    });
    await repos.attachments.softDelete(extra.id);
    names.set(enterprise.id, enterprise.name);
    choices.push({ enterpriseId: enterprise.id, productId: product.id, kind: 'baru' as const });
  }
  const made = await nominate(repos, round.id, choices, names);
  expect(made.problems).toEqual([]);
  return { repos, round, nominations: made.created };
}

describe('a readiness check from rows read a table at a time', () => {
  it('gives every candidate exactly what the repositories give, also for deleted and missing rows', async () => {
    const { repos, round, nominations } = await register();
    // The third candidate's product is deleted; a fourth nomination names an IKM that is gone.
    await repos.enterprises.products.softDelete(nominations[2]!.productId);
    const orphan: Nomination = {
      ...nominations[0]!,
      id: 'nom-x' as Nomination['id'],
      enterpriseId: 'ikm-hilang' as Nomination['enterpriseId'],
    };
    const all = [...nominations, orphan];
    const source = await prefetchedReadiness(repos, all);
    for (const n of all) {
      const direct = await loadCandidate(repos, round, n);
      expect(await loadCandidate(source, round, n)).toEqual(direct);
    }
    const first = await loadCandidate(source, round, nominations[0]!);
    expect(first.sentra).toBeDefined();
    expect(first.findings?.length).toBeGreaterThan(0);
    expect((await loadCandidate(source, round, nominations[2]!)).findings).toEqual([
      expect.objectContaining({ code: 'record-missing' }),
    ]);
    const enterpriseId = nominations[1]!.enterpriseId;
    expect(
      (await source.enterprises.awards.list(nominations[0]!.enterpriseId)).map((a) => a.year),
    ).toEqual([2019, 2022]);
    const listed = await source.attachments.listByOwner({ type: 'enterprise', id: enterpriseId });
    expect(listed.map((a) => a.originalName)).toEqual(['izin-0.pdf', 'izin-2.pdf']);
  });
});
