import type { z } from 'zod';
import { enterpriseFormSchema } from '../domain/enterprise/enterprise';
import { sentraFormSchema } from '../domain/sentra/sentra';
import { cellText, type ImportCell } from './cell';
import { detectDuplicates, type ExistingRecord } from './duplicates';
import { fieldLabel, fieldsOf, type ImportField, type ImportKind } from './fields';
import {
  findHeaderRow,
  missingRequired,
  recogniseColumns,
  type ColumnMapping,
  type RememberedMapping,
} from './header-mapping';
import { headerBlock } from './header-rows';
import { readIkmExtras } from './ikm-extras';
import {
  listsOnce,
  resolveRegion,
  type RegionContext,
  type RegionInput,
  type RegionLookup,
  type RegionResolution,
} from './region-resolver';
import { aliasIndexOf, type ConfirmedAlias } from './aliases/kab-kota-alias';
import { classifyRow } from './row-kinds';
import { countOutcomes, type ImportForm, type ImportReport, type ImportRowReport } from './report';
import { OWNER_UNKNOWN, RowReader, rowCells } from './row-values';
import { readSentraDecree } from './sentra-decree';
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
  /**
   * Kemendagri code of the office's province (`PP`, from the office profile): it decides names
   * several provinces share, and rows placed outside it are refused.
   */
  readonly provinceCode?: string;
  /** Kab/kota aliases the officer confirmed earlier (on top of the reviewed table). */
  readonly confirmedAliases?: readonly ConfirmedAlias[];
  /** This year (the clock is the caller's): a founding year after it is refused. */
  readonly currentYear?: number;
}

export type PipelineResult =
  | { readonly ok: true; readonly report: ImportReport }
  | { readonly ok: false; readonly message: string };

/** Rows at most in one file (the app is measured for 10,000; far above is a mistake or a trap). */
const MAX_IMPORT_ROWS = 100_000;

export interface HeaderInfo {
  readonly headerRowIndex: number;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
}

/** Step 1 of the wizard: where the header is and what each column probably holds. */
export function inspectHeaders(
  kind: ImportKind,
  table: ImportTable,
  remembered: RememberedMapping = {},
  headerRowIndex?: number,
): HeaderInfo | undefined {
  const index = headerRowIndex ?? findHeaderRow(kind, table.rows);
  if (index === undefined) return undefined;
  const block = headerBlock(kind, table.rows, index);
  return {
    headerRowIndex: block.lastRowIndex,
    headers: block.headers,
    mapping: recogniseColumns(kind, block.headers, remembered),
  };
}

const isEmptyRow = (row: readonly ImportCell[]): boolean =>
  row.every((c) => cellText(c).trim() === '');

function regionInput(r: RowReader): RegionInput {
  return {
    province: r.text('province'),
    kabKota: r.text('kabKota'),
    kecamatan: r.text('kecamatan'),
    desa: r.text('desa'),
    regionCode: r.text('regionCode'),
  };
}

function zodMessages(kind: ImportKind, r: RowReader, error: z.ZodError): void {
  const alreadyWrong = new Set(
    r.messages.filter((m) => m.severity === 'error').map((m) => m.field),
  );
  for (const issue of error.issues) {
    const key = issue.path[0];
    const field =
      typeof key === 'string' && fieldsOf(kind).some((f) => f.key === key)
        ? (key as ImportField)
        : undefined;
    // A value the normaliser already refused (e.g. "banyak" as a number) is not "missing" as well.
    if (field && alreadyWrong.has(field)) continue;
    if (
      key === 'regionCode' &&
      ['kabKota', 'kecamatan', 'desa', 'regionCode', undefined].some((f) =>
        alreadyWrong.has(f as ImportField | undefined),
      )
    )
      continue;
    if (field && !r.has(field))
      r.error(
        undefined,
        `${fieldLabel(kind, field)}: ${issue.message} (kolom tidak ada di berkas)`,
      );
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

/** What every row of one run shares. */
interface RunContext {
  readonly resolve: Resolve;
  readonly provinceCode?: string;
  readonly provinceName?: string;
  readonly currentYear?: number;
}

async function regionCode(r: RowReader, run: RunContext): Promise<string> {
  const result = await run.resolve(regionInput(r));
  if (result.status === 'found') {
    if (run.provinceCode && !result.code.startsWith(`${run.provinceCode}.`)) {
      r.error(
        'kabKota',
        `${result.label} berada di luar provinsi kantor (${run.provinceName ?? run.provinceCode}); baris ini bukan bagian register kantor`,
      );
      return '';
    }
    if (result.note) r.warn('kabKota', result.note);
    r.values.regionCode = result.code;
    return result.code;
  }
  const field =
    r.has('regionCode') && r.text('regionCode') !== ''
      ? 'regionCode'
      : r.has('kabKota')
        ? 'kabKota'
        : undefined;
  const hint =
    result.suggestions.length > 0 ? ` Mungkin maksud Anda: ${result.suggestions.join('; ')}.` : '';
  r.error(field, `${result.message}.${hint}`);
  return '';
}

/** A founding year after this year is a typing mistake, never a fact to store. */
function yearFounded(r: RowReader, currentYear: number | undefined): number | undefined {
  const year = r.year('yearFounded');
  if (year !== undefined && currentYear !== undefined && year > currentYear) {
    r.error('yearFounded', `Tahun berdiri ${year} belum terjadi (tahun ini ${currentYear})`);
    return undefined;
  }
  return year;
}

async function readIkm(
  r: RowReader,
  run: RunContext,
  sentras: SentraIndex | undefined,
): Promise<ImportForm | undefined> {
  const resolvedRegion = await regionCode(r, run);
  const extras = readIkmExtras(r, resolvedRegion, sentras);
  const notes = joinNotes([['', r.text('notes')], ...extras.notes]);
  const candidate = {
    name: r.text('name'),
    ownerName: r.filledText(
      'ownerName',
      OWNER_UNKNOWN,
      'Nama pemilik kosong; dicatat "belum diisi" untuk dilengkapi',
    ),
    nib: r.nib('nib'),
    address: r.text('address'),
    regionCode: resolvedRegion,
    phone: r.text('phone'),
    email: r.text('email'),
    yearFounded: yearFounded(r, run.currentYear),
    workerCount: r.figure('workerCount'),
    investmentRupiah: r.figure('investmentRupiah'),
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

async function readSentra(r: RowReader, run: RunContext): Promise<ImportForm | undefined> {
  const region = await regionCode(r, run);
  const { decree, note } = readSentraDecree(r, region);
  const candidate = {
    name: r.text('name'),
    commodity: r.commodity('commodity', true),
    regionCode: region,
    address: r.text('address'),
    unitCount: r.figure('unitCount'),
    workerCount: r.figure('workerCount'),
    notes: joinNotes([
      ['', r.text('notes')],
      ['', note ?? ''],
    ]),
  };
  const parsed = sentraFormSchema.safeParse(candidate);
  if (!parsed.success || r.messages.some((m) => m.severity === 'error')) {
    if (!parsed.success) zodMessages('sentra', r, parsed.error);
    return undefined;
  }
  return { kind: 'sentra', value: parsed.data, ...(decree ? { decree } : {}) };
}

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|\s)\S/g, (m) => m.toUpperCase());

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
export async function runPipeline(
  table: ImportTable,
  options: PipelineOptions,
): Promise<PipelineResult> {
  const { kind } = options;
  const header = inspectHeaders(kind, table, options.remembered, options.headerRowIndex);
  if (!header)
    return {
      ok: false,
      message:
        'Baris judul kolom tidak ditemukan di 20 baris pertama (mis. "Nama IKM", "NIB", "Kab/Kota").',
    };
  const mapping = options.mapping ?? header.mapping;
  const missing = missingRequired(kind, mapping);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Kolom wajib belum dipetakan: ${missing.map((f) => fieldLabel(kind, f)).join(', ')}.`,
    };
  }
  let last = table.rows.length - 1;
  while (last > header.headerRowIndex && isEmptyRow(table.rows[last] ?? [])) last -= 1;
  const dataRows = table.rows.slice(header.headerRowIndex + 1, last + 1);
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      message: `Berkas berisi ${dataRows.length} baris; paling banyak ${MAX_IMPORT_ROWS} baris sekali impor. Bagi berkasnya.`,
    };
  }
  const cache = new Map<string, Promise<RegionResolution>>();
  const level = kind === 'ikm' ? 'desa' : 'kecamatan-or-desa';
  const regionContext: RegionContext = {
    aliases: aliasIndexOf(options.confirmedAliases),
    ...(options.provinceCode ? { provinceCode: options.provinceCode } : {}),
  };
  const lookup = listsOnce(options.lookup);
  const resolve: Resolve = (input) => {
    const key = JSON.stringify(input);
    let hit = cache.get(key);
    if (!hit) {
      hit = resolveRegion(lookup, input, level, regionContext);
      cache.set(key, hit);
    }
    return hit;
  };
  const provinceName = options.provinceCode
    ? (await lookup.provinceList()).find((p) => p.code === options.provinceCode)?.name
    : undefined;
  const run: RunContext = {
    resolve,
    ...(options.provinceCode ? { provinceCode: options.provinceCode } : {}),
    ...(provinceName ? { provinceName: titleCase(provinceName) } : {}),
    ...(options.currentYear !== undefined ? { currentYear: options.currentYear } : {}),
  };
  const sentraIndex = options.sentras ? sentraIndexOf(options.sentras) : undefined;
  const kabKotaColumn = mapping.indexOf('kabKota');
  const rows: ImportRowReport[] = [];
  let inSignature = false;
  let groupKabKota: string | undefined;
  for (const [offset, cells] of dataRows.entries()) {
    if (options.cancelled?.()) return { ok: false, message: 'Pemeriksaan dibatalkan.' };
    const rowNumber = header.headerRowIndex + 2 + offset;
    const nonData = classifyRow(cells, mapping, inSignature);
    if (nonData) {
      inSignature ||= nonData.signature === true;
      if (nonData.kabKota) groupKabKota = nonData.kabKota;
      rows.push({
        row: rowNumber,
        outcome: 'skipped',
        messages: [{ severity: 'info', text: nonData.reason }],
        values: {},
      });
      continue;
    }
    // A row under a kab/kota group row, with its own Kab/Kota cell empty, belongs to that kab/kota.
    const inherit =
      groupKabKota !== undefined &&
      kabKotaColumn >= 0 &&
      cellText(cells[kabKotaColumn] ?? null).trim() === '';
    const rowValues = inherit
      ? cells.map((c, i) => (i === kabKotaColumn ? (groupKabKota ?? null) : c))
      : cells;
    const reader = new RowReader(kind, rowCells(rowValues, header.headers, mapping));
    if (inherit)
      reader.info(
        'kabKota',
        `Kabupaten/kota diambil dari baris judul kelompok "${groupKabKota ?? ''}"`,
      );
    const form =
      kind === 'ikm' ? await readIkm(reader, run, sentraIndex) : await readSentra(reader, run);
    const messages = uniqueMessages(reader);
    const outcome = form ? (reader.changed ? 'normalised' : 'valid') : 'invalid';
    rows.push({
      row: rowNumber,
      outcome,
      messages,
      values: { ...reader.values },
      ...(form ? { form } : {}),
    });
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
