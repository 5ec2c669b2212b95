import { beforeAll, describe, expect, it } from 'vitest';
import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import { createContext, type RepositoryContext } from '../../../../renderer/src/db/context';
import { queryPage, type Page, type RowScope } from '../../../../renderer/src/db/search/paging';
import type { EnterpriseRecord } from '../../../../renderer/src/db/registers/records';
import {
  enterprisePagingSpec,
  enterpriseRepository,
} from '../../../../renderer/src/db/repositories/enterprise-repository';
import { normaliseSearchText } from '../../../../renderer/src/db/search/search-keys';
import { generateRegister } from '../../../support/seed/generate-register';
import { seedDatabase } from '../../../support/seed/seed-database';
import type { SearchCaps } from '../../../../renderer/src/db/search/text-search';
import { createRegionCatalog } from '../../../../renderer/src/regions';
import { makeDatabase } from '../../../support/factories/db';
import { nodeRegionSource } from '../../../support/factories/regions';

// A generated register over two kab/kota, so filters and search combine on realistic names.
let ctx: RepositoryContext;
let records: EnterpriseRecord[];
const deletedIds = new Set<string>();

beforeAll(async () => {
  const catalog = createRegionCatalog(nodeRegionSource());
  const regions = [
    ...(await catalog.loadDesa('63.03.07')),
    ...(await catalog.loadDesa('63.71.01')),
  ];
  const register = generateRegister({
    ikm: 80,
    sentra: 6,
    seed: 11,
    regions,
    at: '2026-01-02T01:00:00.000Z',
  });
  const db = makeDatabase('search');
  await seedDatabase(db, register);
  ctx = createContext(db, { now: () => new Date('2026-02-01T00:00:00.000Z') });
  const repo = enterpriseRepository(ctx);
  for (const e of register.enterprises.filter((_, i) => i % 9 === 0)) {
    await repo.softDelete(e.id);
    deletedIds.add(e.id);
  }
  records = await db.enterprises.toArray();
});

type Filter = {
  text: string;
  kabKotaCode?: string;
  commodity?: string;
  sentraId?: string;
  sizeClass?: string;
  scope?: RowScope;
};

/** What the user expects: every typed word starts a word of the name or owner (or the digits start the NIB). */
function expected(filter: Filter): string[] {
  const terms = normaliseSearchText(filter.text).split(' ').filter(Boolean);
  const digits = filter.text.replace(/[\s.-]/g, '');
  const live = filter.scope === 'deleted' ? 0 : 1;
  return records
    .filter((r) => r.live === live)
    .filter((r) =>
      (['kabKotaCode', 'commodity', 'sentraId', 'sizeClass'] as const).every(
        (f) => filter[f] === undefined || r[f] === filter[f],
      ),
    )
    .filter((r) => {
      const words = `${normaliseSearchText(r.name)} ${normaliseSearchText(r.ownerName)}`.split(' ');
      return (
        terms.every((t) => words.some((w) => w.startsWith(t))) ||
        (/^\d+$/.test(digits) && r.nib.startsWith(digits))
      );
    })
    .sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0))
    .map((r) => r.id);
}

const CAPS: Record<string, SearchCaps | undefined> = {
  'in-memory index': undefined,
  'key sets, default caps': { keySet: 20_000, candidates: 1_000 },
  'walk, no key sets': { keySet: 1, candidates: 0 },
  'walk over candidate ids': { keySet: 1000, candidates: 0 },
  'small key sets': { keySet: 6, candidates: 3 },
};

type SortField = 'name' | 'nib' | 'kabKotaCode' | 'updatedAt';

async function page(
  filter: Filter,
  caps: SearchCaps | undefined,
  offset: number,
  limit: number,
  direction: 'asc' | 'desc' = 'asc',
  field: SortField = 'name',
  memoryIndex = caps === undefined,
): Promise<Page<EnterpriseRecord>> {
  const spec = {
    ...enterprisePagingSpec,
    memoryIndex,
    ...(caps === undefined ? {} : { searchCaps: caps }),
  };
  return queryPage(
    ctx.db.enterprises,
    spec,
    filter as Parameters<typeof queryPage<EnterpriseRecord, SortField>>[2],
    { field, direction },
    offset,
    limit,
  );
}

/** Every page in turn, as the grid requests them. */
async function allPages(
  filter: Filter,
  caps: SearchCaps | undefined,
  limit: number,
  direction: 'asc' | 'desc' = 'asc',
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < records.length; offset += limit) {
    const p = await page(filter, caps, offset, limit, direction);
    ids.push(...p.rows.map((r) => r.id));
    if (!p.totalIsEstimate) expect(p.total).toBe(expected(filter).length);
    else expect(p.total).toBeGreaterThan(offset + p.rows.length);
    if (p.rows.length < limit) break;
  }
  return ids;
}

describe('as-you-type search on a generated register', () => {
  const first = (): Enterprise =>
    records.find((r) => r.live === 1 && r.kabKotaCode === '63.71') as Enterprise;
  const filters = (): Filter[] => {
    const sample = records.find(
      (r) => r.live === 1 && r.sentraId !== undefined,
    ) as EnterpriseRecord;
    const [firstWord = '', secondWord = ''] = normaliseSearchText(first().name).split(' ');
    return [
      { text: 'r' },
      { text: 'k', kabKotaCode: '63.03' },
      { text: 'ke', kabKotaCode: '63.71', commodity: 'makanan-minuman' },
      { text: `${secondWord.slice(0, 2)} ${firstWord.slice(0, 1)}` },
      { text: 'rumah produksi k', kabKotaCode: '63.03' },
      { text: 's', sentraId: sample.sentraId as string },
      { text: 'a', sizeClass: sample.sizeClass },
      { text: 'a', scope: 'deleted' },
      { text: first().nib.slice(0, 4) },
      { text: `${first().nib.slice(0, 2)} ${first().nib.slice(2, 6)}` },
      { text: 'tidakadanamaini' },
    ];
  };

  for (const [mode, caps] of Object.entries(CAPS)) {
    it(`pages give exactly the matching IKM in name order, without duplicates (${mode})`, async () => {
      for (const filter of filters()) {
        const want = expected(filter);
        const got = await allPages(filter, caps, 7);
        expect({ filter, got }).toEqual({ filter, got: want });
        expect(new Set(got).size).toBe(got.length);
        expect(await allPages(filter, caps, 7, 'desc')).toEqual([...want].reverse());
      }
    });
  }

  // Sorted by another column, the in-memory index still decides which IKM match: few are read and
  // sorted, many (candidates: 0 forces it) are found walking the sort's index.
  const SORTED: Record<string, SearchCaps | undefined> = {
    'matches read and sorted': undefined,
    'sort index walked': { keySet: 20_000, candidates: 0 },
  };
  for (const [mode, caps] of Object.entries(SORTED))
    for (const field of ['nib', 'kabKotaCode', 'updatedAt'] as const)
      it(`sorted by ${field}, pages give exactly the matching IKM in that order (${mode})`, async () => {
        for (const filter of filters())
          for (const direction of ['asc', 'desc'] as const) {
            const got: EnterpriseRecord[] = [];
            for (let offset = 0; offset <= records.length; offset += 7) {
              const p = await page(filter, caps, offset, 7, direction, field, true);
              expect(p.totalIsEstimate).toBeUndefined();
              expect(p.total).toBe(expected(filter).length);
              got.push(...p.rows);
              if (p.rows.length < 7) break;
            }
            const ids = got.map((r) => r.id);
            expect({ filter, ids: [...ids].sort() }).toEqual({
              filter,
              ids: [...expected(filter)].sort(),
            });
            const values = got.map((r) => r[field]);
            const ordered = [...values].sort();
            expect(values).toEqual(direction === 'asc' ? ordered : ordered.reverse());
          }
      });

  it('the test data exercises the walk: some searches match more rows than a page', async () => {
    expect(expected({ text: 'r' }).length).toBeGreaterThan(7);
    expect(expected({ text: 'rumah produksi k', kabKotaCode: '63.03' }).length).toBeGreaterThan(0);
    expect(expected({ text: 'a', scope: 'deleted' }).length).toBeGreaterThan(0);
  });

  it('a common prefix answered by walking the index reports an estimated total above the rows shown', async () => {
    const walked = await page({ text: 'r' }, CAPS['walk, no key sets'], 0, 5);
    expect(walked.rows.map((r) => r.id)).toEqual(expected({ text: 'r' }).slice(0, 5));
    expect(walked.totalIsEstimate).toBe(true);
    expect(walked.total).toBeGreaterThan(5);
    const loaded = await page({ text: 'r' }, undefined, 0, 5);
    expect(loaded.totalIsEstimate).toBeUndefined();
    expect(loaded.total).toBe(expected({ text: 'r' }).length);
  });
});
