import { describe, expect, it } from 'vitest';
import { asAuditId, asSentraId } from '@shared/domain/common/ids';
import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { DuplicateNibError, ValidationError } from '../../../../../renderer/src/db/errors';
import { runBulkImport } from '../../../../../renderer/src/db/safety/import-journal';
import { exportAll, restoreAll } from '../../../../../renderer/src/db/safety/snapshot';
import { auditRepository } from '../../../../../renderer/src/db/repositories/audit-repository';
import type { BulkChildren } from '../../../../../renderer/src/db/repositories/enterprise-bulk';
import { enterpriseRepository } from '../../../../../renderer/src/db/repositories/enterprise-repository';
import { sentraRepository } from '../../../../../renderer/src/db/repositories/sentra-repository';
import { formOf, makeContext } from '../../../../support/factories/db';
import {
  makeCredential,
  makeEnterprise,
  makeProduct,
  makeSentra,
} from '../../../../support/factories/register';

const ikmForm = (
  nib: string,
  name: string,
  extra: Partial<EnterpriseForm> = {},
): EnterpriseForm => ({
  ...formOf(makeEnterprise({ nib, name })),
  ...extra,
});

/** The import as the wizard commits it: bulk create plus the journal row, one transaction. */
const importIkm = (
  ctx: RepositoryContext,
  forms: readonly EnterpriseForm[],
  children: readonly (BulkChildren | undefined)[] = [],
) =>
  runBulkImport(
    ctx,
    'import-ikm',
    forms.length,
    (log) => enterpriseRepository(ctx).bulkCreate(forms, children, log),
    { fileName: 'ikm-banjar.xlsx' },
  );

async function counts(
  ctx: RepositoryContext,
): Promise<{ enterprises: number; audit: number; journal: number }> {
  return {
    enterprises: await ctx.db.enterprises.count(),
    audit: await ctx.db.audit.count(),
    journal: await ctx.db.importJournal.count(),
  };
}

describe('bulk import of IKM', () => {
  it('stores every row with one journal row and one audit row listing them, searchable in the grid and counted on the sentra', async () => {
    const ctx = await makeContext({ userName: 'Rina' });
    const sentra = await sentraRepository(ctx).create(
      formOf(makeSentra({ name: 'Sentra Sasirangan' })),
    );
    const journal = await importIkm(ctx, [
      ikmForm('9120000000001', 'UD Sasirangan Indah', { sentraId: sentra.id }),
      ikmForm('9120000000002', 'CV Amplang Bahari', { sentraId: sentra.id }),
      ikmForm('9120000000003', 'Kerupuk Haruan'),
    ]);
    expect(journal).toMatchObject({
      kind: 'import-ikm',
      rowCount: 3,
      status: 'committed',
      user: 'Rina',
    });
    expect(await ctx.db.importJournal.toArray()).toEqual([journal]);

    const repo = enterpriseRepository(ctx);
    const found = await repo.page({
      filter: { text: 'bah am' },
      sort: { field: 'name', direction: 'asc' },
      offset: 0,
      limit: 10,
    });
    expect(found.rows.map((r) => [r.name, r.nib, r.kabKotaCode])).toEqual([
      ['CV Amplang Bahari', '9120000000002', '63.03'],
    ]);

    // One audit row for the whole import (the other is the sentra's creation): the file, the IKM
    // it created, every record's id.
    const audit = (await ctx.db.audit.toArray()).filter((a) => a.entity !== 'sentra');
    expect(audit).toHaveLength(1);
    const stored = await ctx.db.enterprises.toArray();
    expect(audit[0]).toMatchObject({
      entity: 'import',
      entityId: journal.id,
      action: 'import',
      user: 'Rina',
      fileName: 'ikm-banjar.xlsx',
    });
    expect(new Set(audit[0]?.records?.map((r) => r.id))).toEqual(new Set(stored.map((e) => e.id)));
    // Found by its time, the IKM's creation time: no index entry per record.
    expect(audit[0]?.recordIds).toBeUndefined();
    expect(stored.map((e) => e.createdAt)).toEqual(stored.map(() => audit[0]?.at));
    expect(audit[0]?.records?.map((r) => [r.nib, r.name])).toEqual([
      ['9120000000001', 'UD Sasirangan Indah'],
      ['9120000000002', 'CV Amplang Bahari'],
      ['9120000000003', 'Kerupuk Haruan'],
    ]);
    // Each IKM's history shows the import that created it.
    const kerupuk = stored.find((e) => e.name === 'Kerupuk Haruan');
    const history = await auditRepository(ctx).history('enterprise', kerupuk?.id ?? '');
    expect(history.map((a) => [a.action, a.fileName])).toEqual([['import', 'ikm-banjar.xlsx']]);

    expect(
      (
        await sentraRepository(ctx).page({
          filter: {},
          sort: { field: 'name', direction: 'asc' },
          offset: 0,
          limit: 5,
        })
      ).rows[0]?.enterpriseCount,
    ).toBe(2);
  });

  it("lists only the IKM in its audit row; each product's and legalitas's history finds the import by its time", async () => {
    const ctx = await makeContext();
    const { enterpriseId: _pe, ...product } = formOf(makeProduct({ name: 'Amplang Haruan' }));
    const { enterpriseId: _ce, ...credential } = formOf(makeCredential());
    await importIkm(
      ctx,
      [ikmForm('9120000000001', 'UD Satu'), ikmForm('9120000000002', 'UD Dua')],
      [{ products: [product], credentials: [credential] }, undefined],
    );
    const [storedProduct] = await ctx.db.products.toArray();
    const [storedCredential] = await ctx.db.credentials.toArray();
    const audit = await ctx.db.audit.toArray();
    expect(audit).toHaveLength(1);
    const ikmIds = (await ctx.db.enterprises.toArray()).map((e) => e.id);
    expect(new Set(audit[0]?.records?.map((r) => r.id))).toEqual(new Set(ikmIds));
    expect(audit[0]?.recordIds).toBeUndefined();
    const history = auditRepository(ctx);
    for (const [entity, id] of [
      ['product', storedProduct?.id],
      ['credential', storedCredential?.id],
      ['enterprise', storedProduct?.enterpriseId],
    ] as const)
      expect((await history.history(entity, id ?? '')).map((a) => a.id)).toEqual([audit[0]?.id]);

    // A product and a legalitas added to the imported IKM afterwards were not imported.
    const repo = enterpriseRepository(ctx);
    const later = await repo.products.create(
      formOf(makeProduct({ enterpriseId: storedProduct?.enterpriseId, name: 'Dodol Kandangan' })),
    );
    const laterCredential = await repo.credentials.create(
      formOf(makeCredential({ enterpriseId: storedProduct?.enterpriseId, number: 'PIRT-2' })),
    );
    for (const [entity, id] of [
      ['product', later.id],
      ['credential', laterCredential.id],
    ] as const)
      expect((await history.history(entity, id)).map((a) => [a.action, a.entity])).toEqual([
        ['create', entity],
      ]);

    // An IKM stored at the import's very time that the import does not list is not the import's.
    const other = await repo.create(ikmForm('9120000000003', 'UD Lain'));
    await ctx.db.enterprises.update(other.id, { createdAt: String(audit[0]?.at) });
    expect((await history.history('enterprise', other.id)).map((a) => a.action)).toEqual([
      'create',
    ]);
    // An imported product keeps its import when its IKM is merged into another.
    await ctx.db.products.update(String(storedProduct?.id), { enterpriseId: other.id });
    expect((await history.history('product', String(storedProduct?.id))).map((a) => a.id)).toEqual([
      audit[0]?.id,
    ]);
  });

  it('answers as before for import rows that listed every record they created', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const ikm = await repo.create(ikmForm('9120000000001', 'UD Lama'));
    const bare = await repo.create(ikmForm('9120000000002', 'UD Tanpa Produk'));
    const imported = await repo.products.create(
      formOf(makeProduct({ enterpriseId: ikm.id, name: 'Amplang Lama' })),
    );
    const row = {
      id: asAuditId('audit-impor-lama'),
      at: imported.createdAt,
      user: 'Rina',
      entity: 'import',
      entityId: 'journal-lama',
      action: 'import' as const,
      fileName: 'ikm-lama.xlsx',
      records: [
        { id: ikm.id, nib: ikm.nib, name: ikm.name },
        { id: bare.id, nib: bare.nib, name: bare.name },
      ],
      recordIds: [ikm.id, imported.id, bare.id],
    };
    await ctx.db.audit.add(row);
    // A product the old row does not list, stored no later than the row (moved here, say): not the
    // import's, as the row lists every record it created.
    const moved = await repo.products.create(
      formOf(makeProduct({ enterpriseId: ikm.id, name: 'Produk Pindahan' })),
    );
    await ctx.db.products.update(moved.id, { createdAt: imported.createdAt });
    const added = await repo.products.create(
      formOf(makeProduct({ enterpriseId: bare.id, name: 'Produk Baru' })),
    );
    const history = auditRepository(ctx);
    const ids = async (entity: string, id: string) =>
      (await history.history(entity, id)).map((a) => a.id);
    expect(await ids('enterprise', ikm.id)).toContain(row.id);
    expect(await ids('enterprise', bare.id)).toContain(row.id);
    expect(await ids('product', imported.id)).toContain(row.id);
    expect(await ids('product', moved.id)).not.toContain(row.id);
    expect(await ids('product', added.id)).not.toContain(row.id);
    // Listed and found through its IKM as well: shown once.
    expect((await ids('product', imported.id)).filter((id) => id === row.id)).toHaveLength(1);
  });

  it("keeps the import's audit row through a backup and its restore into another register", async () => {
    const ctx = await makeContext();
    const { enterpriseId: _pe, ...product } = formOf(makeProduct({ name: 'Amplang Haruan' }));
    await importIkm(ctx, [ikmForm('9120000000001', 'UD Satu')], [{ products: [product] }]);
    const backup = JSON.parse(JSON.stringify(await exportAll(ctx.db))) as unknown;
    const other = await makeContext();
    await restoreAll(other.db, backup);
    const [ikm] = await other.db.enterprises.toArray();
    const [restoredProduct] = await other.db.products.toArray();
    for (const [entity, id] of [
      ['enterprise', ikm?.id],
      ['product', restoredProduct?.id],
    ] as const)
      expect(
        (await auditRepository(other).history(entity, id ?? '')).map((a) => [
          a.action,
          a.fileName,
          a.records,
        ]),
      ).toEqual([
        ['import', 'ikm-banjar.xlsx', [{ id: ikm?.id, nib: '9120000000001', name: 'UD Satu' }]],
      ]);
  });

  it('refuses the whole import when one row is invalid, naming the row, and writes nothing', async () => {
    const ctx = await makeContext();
    const before = await counts(ctx);
    const error = await importIkm(ctx, [
      ikmForm('9120000000001', 'UD Satu'),
      ikmForm('12345', 'UD Dua'),
      ikmForm('9120000000003', 'UD Tiga'),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual({
      path: '1.nib',
      message: 'Baris 2: NIB harus 13 digit angka',
    });
    expect(await counts(ctx)).toEqual(before);
  });

  it('refuses a NIB that appears twice in the import, in Indonesian, and writes nothing', async () => {
    const ctx = await makeContext();
    const error = await importIkm(ctx, [
      ikmForm('9120000000001', 'UD Satu'),
      ikmForm('9120000000002', 'UD Dua'),
      ikmForm('9120000000001', 'UD Tiga'),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(
      'Baris 3: NIB 9120000000001 sudah dipakai di baris 1',
    );
    expect(await counts(ctx)).toEqual({ enterprises: 0, audit: 0, journal: 0 });
  });

  it('refuses a NIB already in the register (also a deleted IKM) and names its holder, writing nothing', async () => {
    const ctx = await makeContext();
    const repo = enterpriseRepository(ctx);
    const live = await repo.create(ikmForm('9120000000005', 'UD Sudah Ada'));
    const before = await counts(ctx);
    const error = await importIkm(ctx, [
      ikmForm('9120000000001', 'UD Baru'),
      ikmForm('9120000000005', 'UD Kembar'),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateNibError);
    expect((error as DuplicateNibError).existingId).toBe(live.id);
    expect((error as Error).message).toBe(
      'NIB 9120000000005 sudah terdaftar untuk IKM "UD Sudah Ada".',
    );
    expect(await counts(ctx)).toEqual(before);

    await repo.softDelete(live.id);
    const deleted = await importIkm(ctx, [ikmForm('9120000000005', 'UD Kembar')]).catch(
      (e: unknown) => e,
    );
    expect((deleted as Error).message).toContain('telah dihapus. Pulihkan IKM tersebut');
  });

  it('refuses a row pointing at a sentra that does not exist', async () => {
    const ctx = await makeContext();
    const error = await importIkm(ctx, [
      ikmForm('9120000000001', 'UD Satu', { sentraId: asSentraId('tidak-ada') }),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('Baris 1: Sentra yang dipilih tidak ditemukan');
    expect(await counts(ctx)).toEqual({ enterprises: 0, audit: 0, journal: 0 });
  });

  it('stores the same records as creating the IKM one by one', async () => {
    const one = await makeContext();
    const bulk = await makeContext();
    const form = ikmForm('9120000000009', 'Rumah Produksi Dodol Kandangan', {
      workerCount: 25,
      investmentRupiah: 1_500_000_000,
    });
    await enterpriseRepository(one).create(form);
    await importIkm(bulk, [form]);
    const strip = ({
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      ...rest
    }: {
      id: string;
      createdAt: string;
      updatedAt: string;
    }) => rest;
    expect((await bulk.db.enterprises.toArray()).map(strip)).toEqual(
      (await one.db.enterprises.toArray()).map(strip),
    );
  });
});
