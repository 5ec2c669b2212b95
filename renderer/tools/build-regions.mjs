// Turns the Kemendagri code list shipped by idn-area-data (CSV, `code,parent_code,name`) into the
// compact region asset the renderer loads: one small index (provinces + kab/kota, loaded up front)
// and one file per province (kecamatan + desa/kelurahan, loaded lazily).
//
// Usage: node renderer/tools/build-regions.mjs [outDir]   (default renderer/public/regions)
// Runs before `npm run dev` and `npm run build:renderer`; skips work when the output is current.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
export const DEFAULT_DATA_DIR = join(repoRoot, 'node_modules', 'idn-area-data', 'data');
export const DEFAULT_OUT_DIR = join(repoRoot, 'renderer', 'public', 'regions');

/** Bump when the file layout changes; the renderer refuses an index with another format. */
export const REGION_ASSET_FORMAT = 1;

export const REGION_SOURCE = {
  package: 'idn-area-data',
  decree:
    'Kepmendagri Nomor 300.2.2-2138 Tahun 2025, diubah dengan Kepmendagri Nomor 300.2.2-2430 Tahun 2025',
  licence: 'Open Database License (ODbL) 1.0',
  attribution:
    'Kode dan nama wilayah administrasi pemerintahan © kontributor idn-area-data ' +
    '(https://github.com/fityannugroho/idn-area-data), dilisensikan di bawah ODbL 1.0. ' +
    'Berkas ini adalah basis data turunan: format dipadatkan dan tanda petik ganda pada nama diganti apostrof.',
};

/** Rows of `code,parent,name`; names never contain commas in this data set, but split only twice. */
function parseCsv(text) {
  const lines = text.split(/\r?\n/).filter((line) => line.length > 0);
  return lines.slice(1).map((line, index) => {
    const first = line.indexOf(',');
    const second = line.indexOf(',', first + 1);
    if (first < 0 || second < 0) throw new Error(`Baris CSV wilayah rusak (${index + 2}): ${line}`);
    return {
      code: line.slice(0, first),
      parent: line.slice(first + 1, second),
      // The source writes apostrophes as double quotes (Soka"an).
      name: line
        .slice(second + 1)
        .replaceAll('"', "'")
        .trim(),
    };
  });
}

function lastSegment(code) {
  return code.slice(code.lastIndexOf('.') + 1);
}

function groupBy(rows) {
  const groups = new Map();
  for (const row of rows) {
    const list = groups.get(row.parent);
    if (list) list.push(row);
    else groups.set(row.parent, [row]);
  }
  return groups;
}

/**
 * Pure(ish) builder: reads the four CSV files and returns the asset as a map of relative file
 * name → JSON text. Used by the CLI below and, in memory, by the unit tests.
 */
export function buildRegionFiles(dataDir = DEFAULT_DATA_DIR) {
  const read = (name) => readFileSync(join(dataDir, name), 'utf8');
  const packageJson = JSON.parse(readFileSync(join(dataDir, '..', 'package.json'), 'utf8'));
  const provinceLines = read('provinces.csv')
    .split(/\r?\n/)
    .filter((l) => l.length > 0)
    .slice(1);
  const provinces = provinceLines.map((line) => {
    const comma = line.indexOf(',');
    return [line.slice(0, comma), line.slice(comma + 1).trim()];
  });
  const regencies = parseCsv(read('regencies.csv'));
  const districtsByRegency = groupBy(parseCsv(read('districts.csv')));
  const villagesByDistrict = groupBy(parseCsv(read('villages.csv')));

  const files = new Map();
  const counts = { provinsi: provinces.length, kabKota: regencies.length, kecamatan: 0, desa: 0 };
  for (const [provinceCode] of provinces) {
    // Layout: [[kabKotaSuffix, [[kecamatanSuffix, name, [[desaSuffix, name], …]], …]], …]
    const kabKota = regencies
      .filter((regency) => regency.parent === provinceCode)
      .map((regency) => {
        const districts = districtsByRegency.get(regency.code) ?? [];
        counts.kecamatan += districts.length;
        return [
          lastSegment(regency.code),
          districts.map((district) => {
            const villages = villagesByDistrict.get(district.code) ?? [];
            counts.desa += villages.length;
            return [
              lastSegment(district.code),
              district.name,
              villages.map((v) => [lastSegment(v.code), v.name]),
            ];
          }),
        ];
      });
    files.set(
      `p${provinceCode}.json`,
      JSON.stringify({ format: REGION_ASSET_FORMAT, province: provinceCode, kabKota }),
    );
  }
  const index = {
    format: REGION_ASSET_FORMAT,
    source: { ...REGION_SOURCE, version: packageJson.version },
    counts,
    provinces,
    kabKota: regencies.map((regency) => [regency.code, regency.name]),
  };
  files.set('index.json', JSON.stringify(index));
  files.set('LICENSE-ODbL.md', read('LICENSE.md'));
  return files;
}

/** Writes the asset unless `index.json` already carries this package version and format. */
export function writeRegionFiles(outDir = DEFAULT_OUT_DIR, dataDir = DEFAULT_DATA_DIR) {
  const version = JSON.parse(readFileSync(join(dataDir, '..', 'package.json'), 'utf8')).version;
  const indexPath = join(outDir, 'index.json');
  if (existsSync(indexPath)) {
    try {
      const current = JSON.parse(readFileSync(indexPath, 'utf8'));
      if (current.format === REGION_ASSET_FORMAT && current.source?.version === version)
        return false;
    } catch {
      // unreadable index: rebuild below
    }
  }
  const files = buildRegionFiles(dataDir);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // index.json last: a killed run leaves no index, so the next run rebuilds.
  for (const [name, text] of files)
    if (name !== 'index.json') writeFileSync(join(outDir, name), text);
  writeFileSync(indexPath, files.get('index.json'));
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR;
  const written = writeRegionFiles(outDir);
  console.log(
    written ? `Aset wilayah ditulis ke ${outDir}` : `Aset wilayah sudah terbaru (${outDir})`,
  );
}
