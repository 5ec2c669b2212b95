import type { z } from 'zod';
import { enterpriseFormSchema } from '../domain/enterprise/enterprise';
import { sentraFormSchema } from '../domain/sentra/sentra';
import { cellText, type ImportCell } from './cell';
import { detectDuplicates, type ExistingRecord } from './duplicates';
import { fieldLabel, fieldsOf, type ImportField, type ImportKind } from './fields';
import { findHeaderRow, missingRequired, recogniseColumns, type ColumnMapping, type RememberedMapping } from './header-mapping';
import { readIkmExtras } from './ikm-extras';
import { resolveRegion, type RegionInput, type RegionLookup, type RegionResolution } from './region-resolver';
import { countOutcomes, type ImportForm, type ImportReport, type ImportRowReport } from './report';
import { RowReader, rowCells } from './row-values';
import { sentraIndexOf, type SentraIndex, type SentraRef } from './sentra-match';

/** A sheet read into plain cells: `rows[i]` is spreadsheet row i + 1. */
export interface ImportTable {
  readonly sheet: string;
  readonly rows: readonly (readonly ImportCell[])[];
}

export interface PipelineOptions {
  readonly kind: ImportKind;
  readonly lookup: RegionLookup;
  /** The officer's mapping (wizard step 2); recognised from the headers when absent. */
  readonly mapping?: ColumnMapping;
  readonly remembered?: RememberedMapping;
  /** 0-based index of the header row; found when absent. */
  readonly headerRowIndex?: number;
  /**
   * The register's live sentra, to link IKM rows by their Sentra column. Absent in the headless
   * check (no register): the sentra name then stays in Catatan with a note.
   */
  readonly sentras?: readonly SentraRef[];
  /** The register's current records, for duplicate detection. */
  readonly existing?: readonly ExistingRecord[];
  /** Checked between rows; when it answers true the pipeline stops with a refusal. */
  readonly cancelled?: () => boolean;
}

export type PipelineResult = { readonly ok: true; readonly report: ImportReport } | { readonly ok: false; readonly message: string };

/** Rows at most in one file (the app is measured for 10,000; far above is a mistake or a trap). */
export const MAX_IMPORT_ROWS = 100_000;

export interface HeaderInfo {
  readonly headerRowIndex: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
}

/** Step 1 of the wizard: where the header is and what each column probably holds. */
export function inspectHeaders(kind: ImportKind, table: ImportTable, remembered: RememberedMapping = {}, headerRowIndex?: number): HeaderInfo | undefined {
  const index = headerRowIndex ?? findHeaderRow(kind, table.rows);
  if (index === undefined) return undefined;
  const headers = (table.rows[index] ?? []).map((c) => cellText(c).trim());
  return { headerRowIndex: index, headers, mapping: recogniseColumns(kind, headers, remembered) };
}

const isEmptyRow = (row: readonly ImportCell[]): boolean => row.every((c) => cellText(c).trim() === '');

function regionInput(r: RowReader): RegionInput {
  return { province: r.text('province'), kabKota: r.text('kabKota'), kecamatan: r.text('kecamatan'), desa: r.text('desa'), regionCode: r.text('regionCode') };
}

function zodMessages(kind: ImportKind, r: RowReader, error: z.ZodError): void {
  const alreadyWrong = new Set(r.messages.filter((m) => m.severity === 'error').map((m) => m.field));
  for (const issue of error.issues) {
    const key = issue.path[0];
    const field = typeof key === 'string' && fieldsOf(kind).some((f) => f.key === key) ? (key as ImportField) : undefined;
    // A value the normaliser already refused (e.g. "banyak" as a number) is not "missing" as well.
    if (field && alreadyWrong.has(field)) continue;
    if (key === 'regionCode' && ['kabKota', 'kecamatan', 'desa', 'regionCode', undefined].some((f) => alreadyWrong.has(f as ImportField | undefined))) continue;
    if (field && !r.has(field)) r.error(undefined, `${fieldLabel(kind, field)}: ${issue.message} (kolom tidak ada di berkas)`);
    else r.error(field, issue.message);
  }
}

function joinNotes(parts: readonly (readonly [string, string])[]): string {
  return parts
    .filter(([, v]) => v !== '')
    .map(([k, v]) => (k === '' ? v : `${k}: ${v}`))
    .join('; ');
}

type Resolve = (input: RegionInput) => Promise<RegionResolution>;

async function regionCode(r: RowReader, resolve: Resolve): Promise<string> {
  const result = await resolve(regionInput(r));
  if (result.status === 'found') {
    if (result.note) r.warn('kabKota', result.note);
    r.values.regionCode = result.code;
    return result.code;
  }
  const field = r.has('regionCode') && r.text('regionCode') !== '' ? 'regionCode' : r.has('kabKota') ? 'kabKota' : undefined;
  const hint = result.suggestions.length > 0 ? ` Mungkin maksud Anda: ${result.suggestions.join('; ')}.` : '';
  r.error(field, `${result.message}.${hint}`);
  return '';
}

async function readIkm(r: RowReader, resolve: Resolve, sentras: SentraIndex | undefined): Promise<ImportForm | undefined> {
  const resolvedRegion = await regionCode(r, resolve);
  const extras = readIkmExtras(r, resolvedRegion, sentras);
  const notes = joinNotes([['', r.text('notes')], ...extras.notes]);
  const candidate = {
    name: r.text('name'),
    ownerName: r.text('ownerName'),
    nib: r.nib('nib'),
    address: r.text('address'),
    regionCode: resolvedRegion,
    phone: r.text('phone'),
    email: r.text('email'),
    yearFounded: r.year('yearFounded'),
    workerCount: r.number('workerCount'),
    investmentRupiah: r.number('investmentRupiah'),
    isLeadFirm: r.yesNo('isLeadFirm') ?? false,
    siinasAccount: r.text('siinasAccount') || undefined,
    ...(extras.sentraId ? { sentraId: extras.sentraId } : {}),
    notes,
  };
  if (r.messages.some((m) => m.severity === 'error')) {
    // Still run the schema for the remaining fields so the officer sees every problem at once.
    const rest = enterpriseFormSchema.safeParse(candidate);
    if (!rest.success) zodMessages('ikm', r, rest.error);
    return undefined;
  }
  const parsed = enterpriseFormSchema.safeParse(candidate);
  if (!parsed.success) {
    zodMessages('ikm', r, parsed.error);
    return undefined;
  }
  return {
    kind: 'ikm',
    value: parsed.data,
    ...(extras.product ? { product: extras.product } : {}),
    ...(extras.credential ? { credential: extras.credential } : {}),
  };
}

async function readSentra(r: RowReader, resolve: Resolve): Promise<ImportForm | undefined> {
  const candidate = {
    name: r.text('name'),
    commodity: r.commodity('commodity', true),
    regionCode: await regionCode(r, resolve),
    address: r.text('address'),
    unitCount: r.number('unitCount'),
    workerCount: r.number('workerCount'),
    notes: r.text('notes'),
  };
  const parsed = sentraFormSchema.safeParse(candidate);
  if (!parsed.success || r.messages.some((m) => m.severity === 'error')) {
    if (!parsed.success) zodMessages('sentra', r, parsed.error);
    return undefined;
  }
  return { kind: 'sentra', value: parsed.data };
}

/** De-duplicates messages a double schema pass may repeat. */
function uniqueMessages(r: RowReader): RowReader['messages'] {
  const seen = new Set<string>();
  return r.messages.filter((m) => {
    const key = `${m.severity}|${m.field ?? ''}|${m.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * parse → map → normalise → validate → duplicates. Pure: nothing is written. Every row ends as
 * valid, normalised, invalid, duplicate or skipped, with Indonesian messages.
 */
export async function runPipeline(table: ImportTable, options: PipelineOptions): Promise<PipelineResult> {
  const { kind } = options;
  const header = inspectHeaders(kind, table, options.remembered, options.headerRowIndex);
  if (!header) return { ok: false, message: 'Baris judul kolom tidak ditemukan di 20 baris pertama (mis. "Nama IKM", "NIB", "Kab/Kota").' };
  const mapping = options.mapping ?? header.mapping;
  const missing = missingRequired(kind, mapping);
  if (missing.length > 0) {
    return { ok: false, message: `Kolom wajib belum dipetakan: ${missing.map((f) => fieldLabel(kind, f)).join(', ')}.` };
  }
  let last = table.rows.length - 1;
  while (last > header.headerRowIndex && isEmptyRow(table.rows[last] ?? [])) last -= 1;
  const dataRows = table.rows.slice(header.headerRowIndex + 1, last + 1);
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return { ok: false, message: `Berkas berisi ${dataRows.length} baris; paling banyak ${MAX_IMPORT_ROWS} baris sekali impor. Bagi berkasnya.` };
  }
  const cache = new Map<string, Promise<RegionResolution>>();
  const level = kind === 'ikm' ? 'desa' : 'kecamatan-or-desa';
  const resolve: Resolve = (input) => {
    const key = JSON.stringify(input);
    let hit = cache.get(key);
    if (!hit) {
      hit = resolveRegion(options.lookup, input, level);
      cache.set(key, hit);
    }
    return hit;
  };
  const sentraIndex = options.sentras ? sentraIndexOf(options.sentras) : undefined;
  const rows: ImportRowReport[] = [];
  for (const [offset, cells] of dataRows.entries()) {
    if (options.cancelled?.()) return { ok: false, message: 'Pemeriksaan dibatalkan.' };
    const rowNumber = header.headerRowIndex + 2 + offset;
    if (isEmptyRow(cells)) {
      rows.push({ row: rowNumber, outcome: 'skipped', messages: [{ severity: 'info', text: 'Baris kosong dilewati' }], values: {} });
      continue;
    }
    const reader = new RowReader(kind, rowCells(cells, header.headers, mapping));
    const form = kind === 'ikm' ? await readIkm(reader, resolve, sentraIndex) : await readSentra(reader, resolve);
    const messages = uniqueMessages(reader);
    const outcome = form ? (reader.changed ? 'normalised' : 'valid') : 'invalid';
    rows.push({ row: rowNumber, outcome, messages, values: { ...reader.values }, ...(form ? { form } : {}) });
  }
  const checked = detectDuplicates(kind, rows, options.existing ?? []);
  return {
    ok: true,
    report: {
      summary: {
        kind,
        sheet: table.sheet,
        headerRow: header.headerRowIndex + 1,
        columns: header.headers.map((h, i) => ({ header: h, field: mapping[i] ?? null })),
        total: checked.length,
        counts: countOutcomes(checked),
      },
      rows: checked,
    },
  };
}
