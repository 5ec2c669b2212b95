import { z } from 'zod';
import type { ExistingRecord } from '@shared/import/duplicates';
import type { ImportField, ImportKind } from '@shared/import/fields';
import { mappingToRemember, type ColumnMapping, type RememberedMapping } from '@shared/import/header-mapping';
import { inspectHeaders, runPipeline, type HeaderInfo, type ImportTable, type PipelineResult } from '@shared/import/pipeline';
import { enterpriseRepository, sentraRepository, settingsRepository, type RepositoryContext } from '../../db';
import { createRegionCatalog } from '../../regions';
import { fetchRegionSource } from '../../regions/fetch-region-source';
import { regionLookupOf } from './region-lookup';

const rememberedSchema = z.record(z.string(), z.string().nullable());
const mappingKey = (kind: ImportKind): string => `import.mapping.${kind}`;

/** The officer's earlier column choices for this kind (settings table). */
export async function loadRemembered(ctx: RepositoryContext, kind: ImportKind): Promise<RememberedMapping> {
  return (await settingsRepository(ctx).get(mappingKey(kind), rememberedSchema, {})) as RememberedMapping;
}

export async function rememberMapping(ctx: RepositoryContext, kind: ImportKind, headers: readonly string[], mapping: ColumnMapping): Promise<void> {
  const previous = await loadRemembered(ctx, kind);
  await settingsRepository(ctx).set(mappingKey(kind), rememberedSchema, { ...previous, ...mappingToRemember(headers, mapping) });
}

export async function inspect(ctx: RepositoryContext, kind: ImportKind, table: ImportTable): Promise<HeaderInfo | undefined> {
  return inspectHeaders(kind, table, await loadRemembered(ctx, kind));
}

/** Register records for duplicate detection (including deleted IKM: their NIB is still taken). */
export async function existingRecords(ctx: RepositoryContext, kind: ImportKind): Promise<ExistingRecord[]> {
  return kind === 'ikm' ? enterpriseRepository(ctx).duplicateKeys() : sentraRepository(ctx).duplicateKeys();
}

let lookup: ReturnType<typeof regionLookupOf> | undefined;
export function appRegionLookup(): ReturnType<typeof regionLookupOf> {
  lookup ??= regionLookupOf(createRegionCatalog(fetchRegionSource()));
  return lookup;
}

export async function checkTable(
  ctx: RepositoryContext,
  kind: ImportKind,
  table: ImportTable,
  header: HeaderInfo,
  mapping: readonly (ImportField | null)[],
  cancelled?: () => boolean,
): Promise<PipelineResult> {
  return runPipeline(table, {
    kind,
    lookup: appRegionLookup(),
    mapping,
    headerRowIndex: header.headerRowIndex,
    existing: await existingRecords(ctx, kind),
    ...(kind === 'ikm' ? { sentras: await sentraRepository(ctx).liveRefs() } : {}),
    ...(cancelled ? { cancelled } : {}),
  });
}
