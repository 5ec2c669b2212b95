import { describe, expect, it } from 'vitest';
import { runPipeline, type PipelineOptions } from '@shared/import/pipeline';
import { unknownKabKotaNames } from '@shared/import/unknown-kab-kota';
import { nodeRegionLookup } from '../../../../electron/cli/import-check';

const lookup = nodeRegionLookup();
const table = {
  sheet: 'Data',
  rows: [
    ['Nama Usaha', 'NIB', 'Kab/Kota', 'Kecamatan', 'Desa'],
    ['Amplang Takisung', '9120001000001', 'Bumi Tuntung Pandang', 'Takisung', 'Benua Lawas'],
    ['Kerupuk Tabanio', '9120001000002', 'Bumi Tuntung Pandang', 'Takisung', 'Tabanio'],
    ['Dodol Hamalau', '9120001000003', 'HSS', 'Sungai Raya', 'Hamalau'],
  ],
};

async function check(options: Partial<PipelineOptions> = {}) {
  const result = await runPipeline(table, {
    kind: 'ikm',
    lookup,
    provinceCode: '63',
    currentYear: 2026,
    ...options,
  });
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('kab/kota names the officer ties to a kab/kota', () => {
  it('lists each unknown name once, and not the short forms the table knows', async () => {
    const report = await check();
    expect(report.rows.map((r) => r.outcome)).toEqual(['invalid', 'invalid', 'normalised']);
    expect(unknownKabKotaNames(report)).toEqual(['Bumi Tuntung Pandang']);
  });

  it('reads a confirmed alias in the next check, with a note saying so', async () => {
    const report = await check({
      confirmedAliases: [{ alias: 'Bumi Tuntung Pandang', code: '63.01' }],
    });
    expect(report.rows.map((r) => r.form?.value.regionCode)).toEqual([
      '63.01.01.2001',
      '63.01.01.2002',
      '63.06.01.2001',
    ]);
    expect(report.rows[0]?.messages.map((m) => m.text)).toContain(
      '"Bumi Tuntung Pandang" dibaca sebagai Kabupaten Tanah Laut (singkatan dari tabel alias)',
    );
    expect(unknownKabKotaNames(report)).toEqual([]);
  });

  it('does not take an alias of another province', async () => {
    const report = await check({
      confirmedAliases: [{ alias: 'Bumi Tuntung Pandang', code: '35.07' }],
    });
    expect(unknownKabKotaNames(report)).toEqual(['Bumi Tuntung Pandang']);
  });
});
