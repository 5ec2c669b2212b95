import { describe, expect, it } from 'vitest';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';
import { indexedDbBlobStore } from '../../../../../renderer/src/db/blob-store';
import {
  awardFormSchema,
  awardInputOf,
  starsText,
} from '../../../../../renderer/src/features/enterprise/awards/award-form.schema';
import { detailLinkOf } from '../../../../../renderer/src/features/enterprise/enterprise-link';
import { formOf, makeContext } from '../../../../support/factories/db';
import { seedRoundWithNominations } from '../../../../support/factories/letter-register';
import { makeAward } from '../../../../support/factories/register';

const OVER_SCALE = 'Jumlah bintang paling banyak 3 pada skala ini';

describe('Penghargaan (riwayat bintang) of an IKM', () => {
  it('refuses four stars on the 1–3 scale in the form, with the Indonesian message under "Jumlah bintang"', () => {
    const result = awardFormSchema.safeParse(formOf(makeAward({ stars: 4, scale: 3 })));
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    ).toEqual([{ path: 'stars', message: OVER_SCALE }]);
    expect(awardFormSchema.safeParse(formOf(makeAward({ stars: 5, scale: 5 }))).success).toBe(true);
  });

  it('asks for year and stars on a blank form', () => {
    const result = awardFormSchema.safeParse({
      ...awardInputOf('ikm-1'),
      productName: 'Sasirangan',
    });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual([
      'Jumlah bintang wajib diisi',
      'Tahun wajib diisi',
    ]);
  });

  it('stores, edits, refuses over-scale and soft-deletes/restores through the repository', async () => {
    const ctx = await makeContext({ userName: 'Rina' });
    const repos = buildAppRepositories(ctx, indexedDbBlobStore(ctx.db));
    const { nominations } = await seedRoundWithNominations(ctx, ['draft']);
    const [nomination] = nominations;
    if (!nomination) throw new Error('seed');
    const { enterpriseId } = nomination;
    const { awards } = repos.enterprises;

    const created = await awards.create({
      enterpriseId,
      productName: 'Sasirangan',
      year: 2016,
      stars: 3,
      scale: 5,
    });
    await expect(
      awards.update(
        created.id,
        { enterpriseId, productName: 'Sasirangan', year: 2016, stars: 4, scale: 3 },
        created.updatedAt,
      ),
    ).rejects.toMatchObject({
      issues: [{ path: 'stars', message: OVER_SCALE }],
    });
    const deleted = await awards.softDelete(created.id, created.updatedAt);
    expect((await awards.list(enterpriseId)).filter((a) => a.deletedAt === undefined)).toEqual([]);
    await awards.restore(deleted.id);
    const [back] = await awards.list(enterpriseId);
    expect(back && starsText(back)).toBe('3 dari 5 (skala 1–5)');
  });

  it('opens the Penghargaan tab from ?tab=penghargaan', () => {
    expect(detailLinkOf(new URLSearchParams('tab=penghargaan')).tab).toBe('penghargaan');
  });
});
