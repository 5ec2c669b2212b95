import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { planCommit } from '@shared/import/duplicates';
import { runPipeline } from '@shared/import/pipeline';
import {
  createContext,
  enterpriseRepository,
  sentraRepository,
  type RepositoryContext,
} from '../../../../../renderer/src/db';
import { OvopDatabase } from '../../../../../renderer/src/db/database';
import { readSpreadsheet } from '../../../../../renderer/src/platform/spreadsheet';
import { exportRegisterBytes } from '../../../../../renderer/src/features/import-export/export-register';
import { commitImport } from '../../../../../renderer/src/features/import-export/import-commit';
import { testRegionLookup } from '../../../../support/factories/spreadsheet';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

let ctx: RepositoryContext;
let seq = 0;
beforeEach(async () => {
  seq += 1;
  ctx = createContext(new OvopDatabase(`roundtrip-${seq}`), {
    now: () => new Date('2026-03-01T08:00:00Z'),
    newId: (() => {
      let n = 0;
      return () => `id-${seq}-${++n}`;
    })(),
  });
  await ctx.db.open();
});

const hostileName = '=HYPERLINK("http://contoh.invalid","klik")';
const ikm = (n: number, name: string) => ({
  name,
  ownerName: `+62 Pemilik ${n}`,
  nib: String(9120000000000 + n),
  address: `@Jl. Pasar ${n}`,
  regionCode: '63.03.07.2001',
  phone: '0812-3456-7890',
  email: '',
  yearFounded: 2010 + n,
  workerCount: 5 + n,
  investmentRupiah: 1_500_000 * n,
  isLeadFirm: n === 1,
  notes: `-catatan ${n}`,
});

describe('export → import round trip', () => {
  it.each(['xlsx', 'csv'] as const)(
    '%s: re-importing an export gives back the same IKM, product and sentra link; formulas stay text',
    async (format) => {
      const repo = enterpriseRepository(ctx);
      const sentra = await sentraRepository(ctx).create({
        name: 'Sentra Kerupuk Ikan Martapura',
        commodity: 'makanan-minuman',
        regionCode: '63.03.07',
        address: '',
        unitCount: 12,
        workerCount: 40,
        notes: '',
      });
      const originals = [
        await repo.create(ikm(1, hostileName)),
        await repo.create({ ...ikm(2, 'UD Berkah Bahari'), sentraId: sentra.id }),
      ];
      const product = {
        name: '=Kerupuk "Haruan"',
        commodity: 'kain-tenun' as const,
        uniquenessStory: '',
        rawMaterials: '',
        capacity: { value: 5, unit: 'kg', period: 'hari' as const },
        market: {
          local: true,
          regional: false,
          national: false,
          export: false,
          exportDestinations: [],
        },
        priceMin: 1,
        priceMax: 2,
      };
      const second = originals[1];
      if (!second) throw new Error('no IKM');
      await repo.products.create({ ...product, enterpriseId: second.id });
      await repo.products.create({ ...product, name: 'Produk kedua', enterpriseId: second.id });
      const bytes = await exportRegisterBytes(buildAppRepositories(ctx), 'ikm', undefined, format);
      const read = await readSpreadsheet(`ikm.${format}`, bytes);
      if (!read.ok) throw new Error(read.message);
      const result = await runPipeline(read.table, {
        kind: 'ikm',
        lookup: testRegionLookup(),
        sentras: await sentraRepository(ctx).liveRefs(),
      });
      if (!result.ok) throw new Error(result.message);
      const forms = result.report.rows.map((r) => (r.form?.kind === 'ikm' ? r.form : undefined));
      const byName = (name: string) => forms.find((f) => f?.value.name === name);
      const expected = originals
        .map(({ id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...form }) => form)
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(
        result.report.rows.every((r) => r.outcome === 'valid' || r.outcome === 'normalised'),
      ).toBe(true);
      expect(
        forms.map((f) => f?.value).sort((a, b) => (a?.name ?? '').localeCompare(b?.name ?? '')),
      ).toEqual(expected);
      expect(byName('UD Berkah Bahari')?.value.sentraId).toBe(sentra.id);
      expect(byName('UD Berkah Bahari')?.product).toEqual({
        name: product.name,
        commodity: 'kain-tenun',
      });
      expect(byName(hostileName)?.product).toBeUndefined();
    },
  );

  it('XLSX export has no formula elements and stores user text as text cells', async () => {
    await enterpriseRepository(ctx).create(ikm(1, hostileName));
    const files = unzipSync(
      await exportRegisterBytes(buildAppRepositories(ctx), 'ikm', undefined, 'xlsx'),
    );
    const sheetXml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('=HYPERLINK(&quot;http://contoh.invalid&quot;,&quot;klik&quot;)');
  });

  it("exports with the caller's filter", async () => {
    const repo = enterpriseRepository(ctx);
    await repo.create(ikm(1, 'UD Satu'));
    const two = await repo.create(ikm(2, 'UD Dua'));
    await repo.softDelete(two.id);
    const read = await readSpreadsheet(
      'x.csv',
      await exportRegisterBytes(buildAppRepositories(ctx), 'ikm', { kabKotaCode: '63.03' }, 'csv'),
    );
    expect(read.ok && read.table.rows.slice(1).map((r) => r[0])).toEqual(['UD Satu']);
  });
});

describe('import commit', () => {
  async function plan(rows: ReturnType<typeof ikm>[]) {
    const table = {
      sheet: 'x',
      rows: [
        ['Nama IKM', 'Nama Pemilik', 'NIB', 'Kode Wilayah', 'Tenaga Kerja', 'Investasi'],
        ...rows.map((r) => [
          r.name,
          r.ownerName,
          r.nib,
          r.regionCode,
          r.workerCount,
          r.investmentRupiah,
        ]),
      ],
    };
    const result = await runPipeline(table, { kind: 'ikm', lookup: testRegionLookup() });
    if (!result.ok) throw new Error(result.message);
    return planCommit(result.report.rows);
  }

  it('writes every row and one journal row in one transaction', async () => {
    await commitImport(
      buildAppRepositories(ctx),
      'ikm',
      await plan([ikm(1, 'UD A'), ikm(2, 'UD B'), ikm(3, 'UD C')]),
    );
    expect(await ctx.db.enterprises.count()).toBe(3);
    expect(await ctx.db.importJournal.toArray()).toEqual([
      expect.objectContaining({ kind: 'import-ikm', rowCount: 3, status: 'committed' }),
    ]);
  });

  it('writes nothing when a row fails half-way (NIB taken meanwhile) or the officer cancels', async () => {
    const p = await plan([ikm(1, 'UD A'), ikm(2, 'UD B'), ikm(3, 'UD C')]);
    await enterpriseRepository(ctx).create(ikm(3, 'UD Sudah Ada'));
    await expect(commitImport(buildAppRepositories(ctx), 'ikm', p)).rejects.toThrow(
      /NIB 9120000000003 sudah terdaftar/,
    );
    expect(await ctx.db.enterprises.count()).toBe(1);
    expect(await ctx.db.importJournal.count()).toBe(0);
    let calls = 0;
    await expect(
      commitImport(buildAppRepositories(ctx), 'ikm', await plan([ikm(4, 'UD D'), ikm(5, 'UD E')]), {
        cancelled: () => ++calls > 1,
      }),
    ).rejects.toThrow('Impor dibatalkan');
    expect(await ctx.db.enterprises.count()).toBe(1);
  });
});
