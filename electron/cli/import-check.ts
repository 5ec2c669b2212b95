/**
 * `npm run import:check -- <file.xlsx|file.csv> [--kind ikm|sentra] [--province 63]`
 * Runs the import pipeline (pre-scan → parse → map → normalise → validate) headless in Node and
 * prints the report as JSON. `--province` is the office's province code (as in its profile): it
 * decides names shared by several provinces and refuses rows outside it, as the app does. Writes nothing. Exit code 0 = checked (rows may still be invalid),
 * 2 = the file was refused, 1 = wrong usage.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCsv } from '@shared/import/csv-read';
import { IMPORT_KINDS, type ImportKind } from '@shared/import/fields';
import { inspectHeaders, runPipeline, type ImportTable } from '@shared/import/pipeline';
import type { RegionItem, RegionLookup } from '@shared/import/region-resolver';
import { reportToJson } from '@shared/import/report';
import { readXlsxTable } from '@shared/import/sheet-cells';

function readRegionCsv(
  dir: string,
  file: string,
): { code: string; parent: string; name: string }[] {
  const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const parts = line.split(',');
      if (parts.length === 2)
        return { code: parts[0] ?? '', parent: '', name: (parts[1] ?? '').replace(/^"|"$/g, '') };
      return {
        code: parts[0] ?? '',
        parent: parts[1] ?? '',
        name: parts.slice(2).join(',').replace(/^"|"$/g, ''),
      };
    });
}

/** Region lookup over node_modules/idn-area-data/data (the same Kemendagri list the app ships). */
export function nodeRegionLookup(): RegionLookup {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
  const group = (
    rows: { code: string; parent: string; name: string }[],
  ): Map<string, RegionItem[]> => {
    const map = new Map<string, RegionItem[]>();
    for (const r of rows)
      map.set(r.parent, [...(map.get(r.parent) ?? []), { code: r.code, name: r.name }]);
    return map;
  };
  const provinces = readRegionCsv(dir, 'provinces.csv').map((r) => ({
    code: r.code,
    name: r.name,
  }));
  const kabKota = readRegionCsv(dir, 'regencies.csv').map((r) => ({ code: r.code, name: r.name }));
  let districts: Map<string, RegionItem[]> | undefined;
  let villages: Map<string, RegionItem[]> | undefined;
  return {
    provinceList: () => Promise.resolve(provinces),
    kabKotaList: () => Promise.resolve(kabKota),
    kecamatanOf: (code) => {
      districts ??= group(readRegionCsv(dir, 'districts.csv'));
      return Promise.resolve(districts.get(code) ?? []);
    },
    desaOf: (code) => {
      villages ??= group(readRegionCsv(dir, 'villages.csv'));
      return Promise.resolve(villages.get(code) ?? []);
    },
  };
}

export type FileReadResult = { ok: true; table: ImportTable } | { ok: false; message: string };

/** Reads an XLSX (pre-scanned first) or a CSV into plain cells. */
export async function readSpreadsheetFile(path: string): Promise<FileReadResult> {
  const bytes = new Uint8Array(readFileSync(path));
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const csv = readCsv(bytes, basename(path));
    return csv.ok ? { ok: true, table: csv.table } : csv;
  }
  return readXlsxTable(bytes, async (buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer);
    return wb.worksheets;
  });
}

/** Sentra when the header names a sentra and no NIB column; IKM otherwise. */
function guessKind(table: ImportTable): ImportKind {
  const sentra = inspectHeaders('sentra', table);
  const ikm = inspectHeaders('ikm', table);
  const hasNib = ikm?.mapping.includes('nib') ?? false;
  return sentra?.mapping.includes('unitCount') && !hasNib ? 'sentra' : 'ikm';
}

export async function importCheck(
  argv: readonly string[],
  today: Date = new Date(),
): Promise<{ code: number; output: string }> {
  const kindIndex = argv.indexOf('--kind');
  const kindArg = kindIndex >= 0 ? argv[kindIndex + 1] : undefined;
  const provinceIndex = argv.indexOf('--province');
  const provinceArg = provinceIndex >= 0 ? argv[provinceIndex + 1] : undefined;
  const optionValues = new Set([kindIndex + 1, provinceIndex + 1].filter((i) => i > 0));
  const file = argv.find((a, i) => !a.startsWith('--') && !optionValues.has(i));
  const badKind = kindArg !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kindArg);
  const badProvince = provinceIndex >= 0 && !/^\d{2}$/.test(provinceArg ?? '');
  if (!file || badKind || badProvince) {
    return {
      code: 1,
      output: JSON.stringify({
        error:
          'Pemakaian: npm run import:check -- <berkas.xlsx|berkas.csv> [--kind ikm|sentra] [--province 63]',
      }),
    };
  }
  let read: FileReadResult;
  try {
    read = await readSpreadsheetFile(file);
  } catch (error) {
    read = {
      ok: false,
      message: `Berkas tidak dapat dibuka: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!read.ok)
    return {
      code: 2,
      output: JSON.stringify(
        { summary: { refused: true, message: read.message }, rows: [] },
        null,
        2,
      ),
    };
  const kind = (kindArg as ImportKind | undefined) ?? guessKind(read.table);
  const result = await runPipeline(read.table, {
    kind,
    lookup: nodeRegionLookup(),
    currentYear: today.getFullYear(),
    ...(provinceArg ? { provinceCode: provinceArg } : {}),
  });
  if (!result.ok)
    return {
      code: 2,
      output: JSON.stringify(
        { summary: { refused: true, kind, message: result.message }, rows: [] },
        null,
        2,
      ),
    };
  return { code: 0, output: JSON.stringify(reportToJson(result.report), null, 2) };
}

const isMain =
  process.argv[1] !== undefined && /import-check\.(ts|js|cjs|mjs)$/.test(process.argv[1]);
if (isMain) {
  void importCheck(process.argv.slice(2)).then(({ code, output }) => {
    process.stdout.write(`${output}\n`);
    process.exitCode = code;
  });
}
