import { describe, expect, it } from 'vitest';
import { transition, type Nomination } from '@shared/domain/nomination/nomination';
import type { Round } from '@shared/domain/round/round';
import { buildAppRepositories } from '../../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../../renderer/src/db/blob-store';
import { saveNomination } from '../../../../../../renderer/src/features/round/nomination/data/save-nomination';
import { workflowContext } from '../../../../../../renderer/src/features/round/nomination/data/workflow-context';
import { makeContext } from '../../../../../support/factories/db';
import { seedRoundWithNominations } from '../../../../../support/factories/letter-register';

/** A 2026 round (scale 1–3) with one nomination at 'dinilai' for "Produk Uji 1". */
async function setup() {
  const ctx = await makeContext({ userName: 'Rina' });
  const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
  const seeded = await seedRoundWithNominations(ctx, ['dinilai']);
  const round: Round = seeded.round;
  const nomination = seeded.nominations[0] as Nomination;
  return { repos, round, nomination };
}

function award(n: Nomination, round: Round, stars: string): Nomination {
  const moved = transition(
    n,
    'dianugerahi',
    workflowContext({
      at: '2026-09-01T08:00:00.000Z',
      userName: 'Rina',
      findings: [],
      starScale: round.starScale,
      stars,
    }),
  );
  if (!moved.ok) throw new Error(moved.reason);
  return moved.nomination;
}

describe('saving a nomination as "dianugerahi"', () => {
  it('adds exactly one award record with the round year, the product name and the round scale', async () => {
    const { repos, round, nomination } = await setup();
    const saved = await saveNomination(repos, nomination, award(nomination, round, '2'));

    expect(saved.status).toBe('dianugerahi');
    const awards = await repos.enterprises.awards.list(nomination.enterpriseId);
    expect(
      awards.map(({ productName, year, stars, scale }) => ({ productName, year, stars, scale })),
    ).toEqual([
      { productName: 'Produk Uji 1', year: round.year, stars: 2, scale: round.starScale },
    ]);
  });

  it('does not add a second record when the IKM already has that year and product', async () => {
    const { repos, round, nomination } = await setup();
    await repos.enterprises.awards.create({
      enterpriseId: nomination.enterpriseId,
      productName: 'produk uji 1 ',
      year: round.year,
      stars: 2,
      scale: 3,
    });

    await saveNomination(repos, nomination, award(nomination, round, '3'));

    const awards = await repos.enterprises.awards.list(nomination.enterpriseId);
    expect(awards).toHaveLength(1);
    expect(awards[0]?.stars).toBe(2);
  });

  it('adds no award for other status changes', async () => {
    const { repos, round, nomination } = await setup();
    const refused = transition(
      nomination,
      'tidak-dianugerahi',
      workflowContext({
        at: '2026-09-01T08:00:00.000Z',
        userName: 'Rina',
        findings: [],
        starScale: round.starScale,
      }),
    );
    if (!refused.ok) throw new Error(refused.reason);
    await saveNomination(repos, nomination, refused.nomination);
    expect(await repos.enterprises.awards.list(nomination.enterpriseId)).toEqual([]);
  });

  it('refuses stars over the round scale with the Indonesian message and keeps the nomination unchanged', async () => {
    const { repos, round, nomination } = await setup();
    // The workflow guard normally stops this; the save must not store a half-done award either way.
    const tooMany: Nomination = { ...award(nomination, round, '3'), stars: 5 };

    await expect(saveNomination(repos, nomination, tooMany)).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          path: 'stars',
          message: 'Jumlah bintang paling banyak 3 pada skala ini',
        }),
      ],
    });
    expect((await repos.nominations.get(nomination.id))?.status).toBe('dinilai');
    expect(await repos.enterprises.awards.list(nomination.enterpriseId)).toEqual([]);
  });
});
