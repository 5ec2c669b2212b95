// Seed data for development and benchmarks: a realistic register as a snapshot JSON that the app's
// "Pulihkan cadangan" (restoreAll) and the Chromium benchmark both accept.
//
//   npm run seed -- --ikm 100000 --sentra 5000 --out bench-results/register-100k.json [--seed 1] [--province 63]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildRegionFiles } from '../../renderer/tools/build-regions.mjs';
import { generateRegister, type SeedRegion } from '../support/seed/generate-register';
import { registerSnapshot } from '../support/seed/seed-database';
import { regionProvinceSchema } from '../../renderer/src/regions/region-asset.schema';

/** Every desa/kelurahan of the asset (optionally one province), in code order. */
export function seedRegions(provinceCode?: string): SeedRegion[] {
  const regions: SeedRegion[] = [];
  for (const [name, text] of buildRegionFiles()) {
    const match = /^p(\d{2})\.json$/.exec(name);
    if (!match?.[1] || (provinceCode && match[1] !== provinceCode)) continue;
    const file = regionProvinceSchema.parse(JSON.parse(text));
    for (const [kab, kecamatanList] of file.kabKota)
      for (const [kec, , desaList] of kecamatanList)
        for (const [desa, desaName] of desaList)
          regions.push({ code: `${file.province}.${kab}.${kec}.${desa}`, name: desaName });
  }
  return regions;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      ikm: { type: 'string', default: '1000' },
      sentra: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      province: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('Tentukan berkas keluaran: --out <berkas.json>');
  const regions = seedRegions(values.province);
  const at = '2026-01-02T01:00:00.000Z';
  const register = generateRegister({
    ikm: Number(values.ikm),
    sentra: Number(values.sentra),
    seed: Number(values.seed),
    regions,
    at,
  });
  const snapshot = await registerSnapshot(register, at, `seed-${values.seed}`);
  writeFileSync(values.out, JSON.stringify(snapshot));
  console.log(
    `Data contoh ditulis: ${register.enterprises.length} IKM, ${register.sentras.length} sentra → ${values.out}`,
  );
}

await main();
