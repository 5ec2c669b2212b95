import { nibOwnerClash } from '../domain/identity/collisions';
import {
  IDENTITY_KINDS,
  identityKey,
  listSource,
  type IdentityKey,
  type IdentitySource,
} from '../domain/identity/record-keys';
import {
  BUNDLE_TABLE_LABELS,
  type BundleData,
  type BundleRow,
  type BundleTable,
} from './bundle-data';
import { remapRow } from './remap';
import { changedFields } from './stable-json';

export type MergeStatus = 'new' | 'identical' | 'updated' | 'conflict' | 'refused';
/** keep ours / take theirs / keep both. */
export type MergeChoice = 'ours' | 'theirs' | 'both';

export const MERGE_STATUS_LABELS: Record<MergeStatus, string> = {
  new: 'Baru',
  identical: 'Sama',
  updated: 'Diperbarui',
  conflict: 'Bentrok',
  refused: 'Ditolak',
};
export const MERGE_CHOICE_LABELS: Record<MergeChoice, string> = {
  ours: 'Pertahankan milik kita',
  theirs: 'Ambil dari bundel',
  both: 'Simpan keduanya',
};

export interface MergeItem {
  /** `${table}:${incoming id}`: the key of the choice map. */
  key: string;
  table: BundleTable;
  status: MergeStatus;
  /** The incoming row, its references already pointing at the records it matched in our register. */
  theirs: BundleRow;
  /** Our record it lands on (matched by id or by identity key). */
  ours: BundleRow | undefined;
  /** 'key' = the same real-world record under another id; 'candidate' = a weak key the officer confirms. */
  matchedBy: 'id' | 'key' | 'candidate' | null;
  /** What the identity key is made of ("NIB 912…", "tahun 2026"). */
  basis: string;
  changedFields: string[];
  /** What the officer reads: "IKM UD Berkah Bahari (NIB 912…)". */
  label: string;
  /** Why a record is refused, in Indonesian. */
  reason?: string;
  /** Choices that make sense (e.g. never two IKM with one NIB). */
  choices: MergeChoice[];
  /** Pre-selected choice; null = the officer must decide. */
  defaultChoice: MergeChoice | null;
}

export interface MergePreview {
  items: MergeItem[];
  counts: Record<MergeStatus, number>;
  /** Incoming id → our id for every record matched under another id. */
  remap: ReadonlyMap<string, string>;
}

/** Fields that say when, not what: two records differing only there are the same content. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

function text(row: BundleRow, key: string): string {
  const v = row[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** A nomination is named by its IKM and product ("Usulan UD Berkah – Kerupuk Haruan"), looked up in the same data. */
function nominationLabel(row: BundleRow, data: BundleData): string {
  const ikm = data.enterprises.find((e) => e.id === row.enterpriseId);
  const product = data.products.find((p) => p.id === row.productId);
  return ikm && product
    ? `${BUNDLE_TABLE_LABELS.nominations} ${text(ikm, 'name')} – ${text(product, 'name')}`
    : rowLabel('nominations', row);
}

export function rowLabel(table: BundleTable, row: BundleRow): string {
  const name =
    text(row, 'name') ||
    text(row, 'number') ||
    text(row, 'originalName') ||
    text(row, 'hal') ||
    text(row, 'productName') ||
    row.id;
  const nib = table === 'enterprises' && text(row, 'nib') ? ` (NIB ${text(row, 'nib')})` : '';
  return `${BUNDLE_TABLE_LABELS[table]} ${name}${nib}`;
}

function contentFields(a: BundleRow, b: BundleRow): string[] {
  return changedFields(a, b).filter((f) => !BOOKKEEPING.has(f));
}

/** Ours by identity key: the oldest live record first (a register may still hold duplicates). */
function keyIndex(
  ours: BundleData,
  table: BundleTable,
  source: IdentitySource,
): Map<string, BundleRow> {
  const index = new Map<string, BundleRow>();
  const rows = [...ours[table]].sort(
    (a, b) =>
      Number(a.deletedAt !== undefined) - Number(b.deletedAt !== undefined) ||
      text(a, 'createdAt').localeCompare(text(b, 'createdAt')),
  );
  for (const row of rows) {
    const key = identityKey(table, row, source).key;
    if (!index.has(key)) index.set(key, row);
  }
  return index;
}

function references(row: BundleRow): string[] {
  const refs = Object.entries(row)
    .filter(([k, v]) => k !== 'id' && k.endsWith('Id') && typeof v === 'string')
    .map(([, v]) => v as string);
  const owner = row.owner as { id?: unknown } | undefined;
  if (owner && typeof owner.id === 'string') refs.push(owner.id);
  return refs;
}

interface Match {
  ours: BundleRow;
  by: 'id' | 'key' | 'candidate';
  key: IdentityKey;
}

function differing(
  table: BundleTable,
  row: BundleRow,
  match: Match,
  label: string,
  key: string,
): MergeItem {
  const { ours } = match;
  const fields = contentFields(ours, { ...row, id: ours.id });
  const newer = text(row, 'updatedAt') > text(ours, 'updatedAt');
  const base = {
    key,
    table,
    theirs: row,
    ours,
    matchedBy: match.by,
    basis: match.key.basis,
    changedFields: fields,
    label,
  };
  if (match.by === 'candidate')
    return {
      ...base,
      status: 'conflict',
      choices: ['ours', 'theirs', 'both'],
      defaultChoice: null,
    };
  // A round is the ministry's period: the receiving office keeps its settings unless the officer takes theirs.
  if (table === 'rounds')
    return { ...base, status: 'conflict', choices: ['ours', 'theirs'], defaultChoice: 'ours' };
  const choices: MergeChoice[] =
    match.by === 'key' || table === 'enterprises' ? ['ours', 'theirs'] : ['ours', 'theirs', 'both'];
  return newer
    ? { ...base, status: 'updated', choices, defaultChoice: 'theirs' }
    : { ...base, status: 'conflict', choices, defaultChoice: null };
}

/**
 * What importing `theirs` into `ours` would change, record by record, in dependency order (rounds,
 * SK and sentra before IKM, IKM before products, …). Each incoming record is matched to ours by id
 * (the same record sent again) or else by its identity key (shared/domain/identity: the same
 * round, sentra, IKM… registered by another office), and its references are pointed at the records
 * it matched. Then:
 * - new: nothing matches;
 * - identical: the same content (timestamps aside) — importing it again changes nothing;
 * - updated: different content, the incoming copy edited later (default: take it);
 * - conflict: different content where ours is as new or newer, a round whose settings differ
 *   (default: keep ours), or a weak match (IKM without NIB) the officer confirms;
 * - refused: a collision that cannot be right (one NIB, two owners), with everything that hangs on it.
 */
export function mergePreview(ours: BundleData, theirs: BundleData): MergePreview {
  const items: MergeItem[] = [];
  const theirSource = listSource(theirs);
  const ourSource = listSource(ours);
  const remap = new Map<string, string>();
  const refusedIds = new Map<string, string>();
  // First every match (keys never depend on ids), so references in any direction (a sentra's lead
  // IKM, an IKM's sentra) are pointed at our records before anything is compared.
  const matches = new Map<string, { match: Match | undefined; idKey: IdentityKey }>();
  for (const table of IDENTITY_KINDS) {
    const byId = new Map(ours[table].map((r) => [r.id, r]));
    const byKey = keyIndex(ours, table, ourSource);
    for (const original of theirs[table]) {
      const idKey = identityKey(table, original, theirSource);
      const sameId = byId.get(original.id);
      const sameKey = sameId ? undefined : byKey.get(idKey.key);
      const match: Match | undefined = sameId
        ? { ours: sameId, by: 'id', key: idKey }
        : sameKey
          ? { ours: sameKey, by: idKey.weak ? 'candidate' : 'key', key: idKey }
          : undefined;
      matches.set(`${table}:${original.id}`, { match, idKey });
      const clash = table === 'enterprises' && match ? nibOwnerClash(match.ours, original) : null;
      if (match?.by === 'key' && !clash) remap.set(original.id, match.ours.id);
    }
  }
  for (const table of IDENTITY_KINDS) {
    for (const original of theirs[table]) {
      const key = `${table}:${original.id}`;
      const label =
        table === 'nominations' ? nominationLabel(original, theirs) : rowLabel(table, original);
      const blocked = references(original).find((ref) => refusedIds.has(ref));
      if (blocked !== undefined) {
        refusedIds.set(original.id, label);
        items.push({
          key,
          table,
          status: 'refused',
          theirs: original,
          ours: undefined,
          matchedBy: null,
          basis: '',
          changedFields: [],
          label,
          reason: `Tidak digabung karena ${refusedIds.get(blocked) ?? 'induknya'} ditolak.`,
          choices: [],
          defaultChoice: null,
        });
        continue;
      }
      const row = remapRow(original, remap);
      const { match, idKey } = matches.get(key) ?? {
        match: undefined,
        idKey: identityKey(table, original, theirSource),
      };
      if (!match) {
        items.push({
          key,
          table,
          status: 'new',
          theirs: row,
          ours: undefined,
          matchedBy: null,
          basis: idKey.basis,
          changedFields: [],
          label,
          choices: [],
          defaultChoice: null,
        });
        continue;
      }
      const clash = table === 'enterprises' ? nibOwnerClash(match.ours, row) : null;
      if (clash) {
        refusedIds.set(original.id, label);
        items.push({
          key,
          table,
          status: 'refused',
          theirs: row,
          ours: match.ours,
          matchedBy: match.by,
          basis: idKey.basis,
          changedFields: contentFields(match.ours, { ...row, id: match.ours.id }),
          label,
          reason: clash,
          choices: [],
          defaultChoice: null,
        });
        continue;
      }
      if (
        match.by !== 'candidate' &&
        contentFields(match.ours, { ...row, id: match.ours.id }).length === 0
      ) {
        items.push({
          key,
          table,
          status: 'identical',
          theirs: row,
          ours: match.ours,
          matchedBy: match.by,
          basis: idKey.basis,
          changedFields: [],
          label,
          choices: [],
          defaultChoice: null,
        });
        continue;
      }
      items.push(differing(table, row, match, label, key));
    }
  }
  const counts: Record<MergeStatus, number> = {
    new: 0,
    identical: 0,
    updated: 0,
    conflict: 0,
    refused: 0,
  };
  for (const item of items) counts[item.status] += 1;
  return { items, counts, remap };
}

/** Conflicts still waiting for the officer's choice. */
export function pendingChoices(
  preview: MergePreview,
  choices: ReadonlyMap<string, MergeChoice>,
): MergeItem[] {
  return preview.items.filter(
    (i) =>
      i.status === 'conflict' &&
      !i.choices.includes(choices.get(i.key) ?? i.defaultChoice ?? ('none' as MergeChoice)),
  );
}
