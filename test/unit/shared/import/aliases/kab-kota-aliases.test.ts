import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasCodes, aliasIndexOf, aliasKey } from '@shared/import/aliases/kab-kota-alias';
import { ALIAS_SOURCE_LABELS, KAB_KOTA_ALIASES } from '@shared/import/aliases/kab-kota-aliases';
import { regionNameCore } from '@shared/import/region-resolver';

const require = createRequire(import.meta.url);
const regencies = readFileSync(
  join(dirname(require.resolve('idn-area-data/package.json')), 'data', 'regencies.csv'),
  'utf8',
)
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim() !== '')
  .map((l) => {
    const [code = '', province = '', ...name] = l.split(',');
    return { code, province, name: name.join(',') };
  });
const byCode = new Map(regencies.map((r) => [r.code, r]));

describe('kab/kota alias table', () => {
  const entries = Object.entries(KAB_KOTA_ALIASES).flatMap(([province, list]) =>
    list.map((a) => ({ province, ...a })),
  );

  it('covers the provinces offices asked for', () => {
    for (const province of ['63', '32', '33', '35', '73', '52', '12'])
      expect(KAB_KOTA_ALIASES[province]?.length ?? 0).toBeGreaterThan(0);
  });

  it('names a real kab/kota of its own province for every alias, with a known source', () => {
    for (const e of entries) {
      const regency = byCode.get(e.code);
      expect(regency, `${e.alias} → ${e.code}`).toBeDefined();
      expect(regency?.province, `${e.alias} → ${e.code}`).toBe(e.province);
      expect(ALIAS_SOURCE_LABELS[e.source]).toBeTruthy();
    }
  });

  it('has no alias that means two kab/kota within a province', () => {
    for (const [province, list] of Object.entries(KAB_KOTA_ALIASES)) {
      const seen = new Map<string, string>();
      for (const a of list) {
        const key = aliasKey(a.alias);
        const before = seen.get(key);
        expect(
          before === undefined || before === a.code,
          `${province}: "${a.alias}" → ${before ?? ''} dan ${a.code}`,
        ).toBe(true);
        seen.set(key, a.code);
      }
    }
  });

  it('lists no alias that already is the name of a kab/kota of its province (that one is found without the table)', () => {
    for (const e of entries) {
      const clash = regencies.filter(
        (r) =>
          r.province === e.province &&
          aliasKey(regionNameCore(r.name).core) === aliasKey(regionNameCore(e.alias).core) &&
          regionNameCore(e.alias).kind === undefined,
      );
      expect(
        clash.map((r) => r.name),
        e.alias,
      ).toEqual([]);
    }
  });

  it('finds an alias as written, without its Kab./Kota prefix, and only in the given province', () => {
    const index = aliasIndexOf();
    expect(aliasCodes(index, 'H.S.S.', 'HSS', ['63'])).toEqual(['63.06']);
    expect(aliasCodes(index, 'Kab. Tala', 'TALA', ['63'])).toEqual(['63.01']);
    expect(aliasCodes(index, 'Tala', 'TALA', ['35'])).toEqual([]);
    expect(aliasCodes(index, 'Lotim', 'LOTIM', [])).toEqual(['52.03']);
  });

  it('lets a confirmed alias join the table', () => {
    const index = aliasIndexOf([{ alias: 'Bumi Lambung Mangkurat', code: '63.71' }]);
    expect(aliasCodes(index, 'bumi lambung mangkurat', 'BUMI LAMBUNG MANGKURAT', ['63'])).toEqual([
      '63.71',
    ]);
  });
});
