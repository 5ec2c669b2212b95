import { z } from 'zod';
import type { ExistingRecord } from '@shared/import/duplicates';
import type { ImportField, ImportKind } from '@shared/import/fields';
import {
  mappingToRemember,
  type ColumnMapping,
  type RememberedMapping,
} from '@shared/import/header-mapping';
import {
  inspectHeaders,
  runPipeline,
  type HeaderInfo,
  type ImportTable,
  type PipelineResult,
} from '@shared/import/pipeline';
import type { ConfirmedAlias } from '@shared/import/aliases/kab-kota-alias';
import type { RegionItem, RegionLookup } from '@shared/import/region-resolver';
import type { AppRepositories } from '../../db';
import { createRegionCatalog } from '../../regions';
import { fetchRegionSource } from '../../regions/fetch-region-source';
import { regionLookupOf } from './region-lookup';

const rememberedSchema = z.record(z.string(), z.string().nullable());
const mappingKey = (kind: ImportKind): string => `import.mapping.${kind}`;

/** The officer's earlier column choices for this kind (settings table). */
async function loadRemembered(
  repos: AppRepositories,
  kind: ImportKind,
): Promise<RememberedMapping> {
  return (await repos.settings.get(mappingKey(kind), rememberedSchema, {})) as RememberedMapping;
}

export async function rememberMapping(
  repos: AppRepositories,
  kind: ImportKind,
  headers: readonly string[],
  mapping: ColumnMapping,
): Promise<void> {
  const previous = await loadRemembered(repos, kind);
  await repos.settings.set(mappingKey(kind), rememberedSchema, {
    ...previous,
    ...mappingToRemember(headers, mapping),
  });
}

export async function inspect(
  repos: AppRepositories,
  kind: ImportKind,
  table: ImportTable,
): Promise<HeaderInfo | undefined> {
  return inspectHeaders(kind, table, await loadRemembered(repos, kind));
}

const aliasesSchema = z.array(
  z.object({ alias: z.string().min(1), code: z.string().regex(/^\d{2}\.\d{2}$/) }),
);
const ALIASES_KEY = 'import.kabKotaAliases';

/** Kab/kota short forms the officer confirmed in earlier imports (settings table). */
export async function loadConfirmedAliases(repos: AppRepositories): Promise<ConfirmedAlias[]> {
  return repos.settings.get(ALIASES_KEY, aliasesSchema, []);
}

/** Remembers "Tala" = 63.01 for this office's next imports (a later choice for the same name wins). */
export async function confirmAlias(repos: AppRepositories, alias: ConfirmedAlias): Promise<void> {
  const previous = (await loadConfirmedAliases(repos)).filter(
    (a) => a.alias.trim().toLowerCase() !== alias.alias.trim().toLowerCase(),
  );
  await repos.settings.set(ALIASES_KEY, aliasesSchema, [
    ...previous,
    { alias: alias.alias.trim(), code: alias.code },
  ]);
}

/** The province the office serves (`PP`), from its profile; undefined until the profile names one. */
async function officeProvinceCode(repos: AppRepositories): Promise<string | undefined> {
  const code = (await repos.office.get()).profile.regionCode.trim().slice(0, 2);
  return /^\d{2}$/.test(code) ? code : undefined;
}

/** The kab/kota an officer may tie an unknown name to: those of the office's province (all without one). */
export async function aliasTargets(
  repos: AppRepositories,
  lookup: RegionLookup = appRegionLookup(),
): Promise<RegionItem[]> {
  const province = await officeProvinceCode(repos);
  const all = await lookup.kabKotaList();
  return all.filter((k) => province === undefined || k.code.startsWith(`${province}.`));
}

/** Register records for duplicate detection (including deleted IKM: their NIB is still taken). */
async function existingRecords(
  repos: AppRepositories,
  kind: ImportKind,
): Promise<ExistingRecord[]> {
  return kind === 'ikm' ? repos.enterprises.duplicateKeys() : repos.sentras.duplicateKeys();
}

let lookup: ReturnType<typeof regionLookupOf> | undefined;
function appRegionLookup(): ReturnType<typeof regionLookupOf> {
  lookup ??= regionLookupOf(createRegionCatalog(fetchRegionSource()));
  return lookup;
}

export interface CheckOptions {
  readonly cancelled?: () => boolean;
  /** The clock (a founding year after this year is refused). */
  readonly today?: Date;
  /** The region lookup; the app's region catalog unless given. */
  readonly lookup?: RegionLookup;
}

export async function checkTable(
  repos: AppRepositories,
  kind: ImportKind,
  table: ImportTable,
  header: HeaderInfo,
  mapping: readonly (ImportField | null)[],
  options: CheckOptions = {},
): Promise<PipelineResult> {
  const provinceCode = await officeProvinceCode(repos);
  return runPipeline(table, {
    kind,
    lookup: options.lookup ?? appRegionLookup(),
    mapping,
    headerRowIndex: header.headerRowIndex,
    existing: await existingRecords(repos, kind),
    ...(kind === 'ikm' ? { sentras: await repos.sentras.liveRefs() } : {}),
    ...(options.cancelled ? { cancelled: options.cancelled } : {}),
    ...(provinceCode ? { provinceCode } : {}),
    confirmedAliases: await loadConfirmedAliases(repos),
    currentYear: (options.today ?? new Date()).getFullYear(),
  });
}
