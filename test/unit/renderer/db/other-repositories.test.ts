import { describe, expect, it } from 'vitest';
import { asProductId } from '@shared/domain/common/ids';
import { StaleWriteError, type ValidationError } from '../../../../renderer/src/db/errors';
import { auditRepository } from '../../../../renderer/src/db/repositories/audit-repository';
import { enterpriseRepository } from '../../../../renderer/src/db/repositories/enterprise-repository';
import { nominationRepository } from '../../../../renderer/src/db/repositories/nomination-repository';
import { roundRepository } from '../../../../renderer/src/db/repositories/round-repository';
import { sentraRepository } from '../../../../renderer/src/db/repositories/sentra-repository';
import { settingsRepository } from '../../../../renderer/src/db/repositories/settings-repository';
import { formOf, makeContext } from '../../../support/factories/db';
import {
  makeDecree,
  makeEnterprise,
  makeProduct,
  makeSentra,
} from '../../../support/factories/register';
import { makeNomination, makeRound } from '../../../support/factories/round';

describe('sentra repository', () => {
  it('lists the live SK penetapan newest first, without deleted ones', async () => {
    const { decrees } = sentraRepository(await makeContext());
    await decrees.create(formOf(makeDecree({ number: 'SK-2021', date: '2021-02-01' })));
    await decrees.create(formOf(makeDecree({ number: 'SK-2024', date: '2024-07-15' })));
    const gone = await decrees.create(
      formOf(makeDecree({ number: 'SK-2023', date: '2023-03-03' })),
    );
    await decrees.softDelete(gone.id, gone.updatedAt);
    expect((await decrees.list()).map((d) => d.number)).toEqual(['SK-2024', 'SK-2021']);
  });

  it('refuses a sentra without a name or region in Indonesian', async () => {
    const ctx = await makeContext();
    const error = await sentraRepository(ctx)
      .create(formOf(makeSentra({ name: ' ', regionCode: '63' })))
      .catch((e: unknown) => e);
    expect((error as ValidationError).issues.map((i) => i.path).sort()).toEqual([
      'name',
      'regionCode',
    ]);
    expect((error as ValidationError).issues.find((i) => i.path === 'name')?.message).toBe(
      'Nama sentra wajib diisi',
    );
  });

  it('updates, refuses a stale update, soft-deletes and restores with audit history', async () => {
    const ctx = await makeContext({ userName: 'Dewi' });
    const repo = sentraRepository(ctx);
    const created = await repo.create(formOf(makeSentra({ unitCount: 4 })));
    const updated = await repo.update(
      created.id,
      { ...formOf(created), unitCount: 9 },
      created.updatedAt,
    );
    await expect(
      repo.update(created.id, { ...formOf(created), unitCount: 1 }, created.updatedAt),
    ).rejects.toBeInstanceOf(StaleWriteError);
    await repo.softDelete(created.id, updated.updatedAt);
    expect(
      (
        await repo.page({
          filter: {},
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 5,
        })
      ).total,
    ).toBe(0);
    expect(
      (
        await repo.page({
          filter: { scope: 'deleted' },
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 5,
        })
      ).total,
    ).toBe(1);
    await repo.restore(created.id);
    const history = await auditRepository(ctx).history('sentra', created.id);
    expect(history.map((h) => h.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(history.every((h) => h.user === 'Dewi')).toBe(true);
    expect(history[2]?.changes).toEqual([{ field: 'unitCount', before: 4, after: 9 }]);
  });
});

describe('settings repository', () => {
  it('stores the user name used by the audit trail and refuses a blank one', async () => {
    const ctx = await makeContext();
    const settings = settingsRepository(ctx);
    expect(await settings.userName()).toBe('Pengguna tanpa nama');
    await expect(settings.setUserName('  ')).rejects.toThrow('Nama pengguna wajib diisi');
    await settings.setUserName('Siti (Disperin Banjar)');
    await sentraRepository(ctx).create(formOf(makeSentra()));
    const [latest] = (await auditRepository(ctx).recent(0, 1)).rows;
    expect(latest).toMatchObject({ entity: 'sentra', user: 'Siti (Disperin Banjar)' });
  });
});

describe('round and nomination repositories', () => {
  it('saves a nomination for a product of the IKM and refuses a product of another IKM', async () => {
    const ctx = await makeContext();
    const round = await roundRepository(ctx).create(formOf(makeRound()));
    const ikm = enterpriseRepository(ctx);
    const enterprise = await ikm.create(formOf(makeEnterprise()));
    const product = await ikm.products.create(formOf(makeProduct({ enterpriseId: enterprise.id })));
    const nominations = nominationRepository(ctx);
    const saved = await nominations.create(
      formOf(
        makeNomination({ roundId: round.id, enterpriseId: enterprise.id, productId: product.id }),
      ),
    );
    expect((await nominations.listByRound(round.id)).map((n) => n.id)).toEqual([saved.id]);
    const wrong = makeNomination({
      roundId: round.id,
      enterpriseId: enterprise.id,
      productId: asProductId('produk-lain'),
    });
    const error = await nominations.create(formOf(wrong)).catch((e: unknown) => e);
    expect((error as ValidationError).issues).toEqual([
      { path: 'productId', message: 'Produk tidak ditemukan pada IKM ini' },
    ]);
  });
});
