import { BUNDLE_TABLES, BUNDLE_TABLE_LABELS, type BundleData, type BundleRow, type BundleTable } from './bundle-data';
import { remapRow } from './remap';
import { changedFields, stableJson } from './stable-json';

export type MergeStatus = 'new' | 'identical' | 'updated' | 'conflict';
/** keep ours / take theirs / keep both. */
export type MergeChoice = 'ours' | 'theirs' | 'both';

export const MERGE_STATUS_LABELS: Record<MergeStatus, string> = {
  new: 'Baru',
  identical: 'Sama',
  updated: 'Diperbarui',
  conflict: 'Bentrok',
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
  theirs: BundleRow;
  ours: BundleRow | undefined;
  matchedBy: 'id' | 'nib' | null;
  changedFields: string[];
  /** What the officer reads: "IKM UD Berkah Bahari (NIB 912…)". */
  label: string;
  /** Choices that make sense (e.g. never two IKM with one NIB). */
  choices: MergeChoice[];
  /** Pre-selected choice: 'theirs' for updates; none for conflicts (the officer decides). */
  defaultChoice: MergeChoice | null;
}

export interface MergePreview {
  items: MergeItem[];
  counts: Record<MergeStatus, number>;
}

function text(row: BundleRow, key: string): string {
  const v = row[key];
  return typeof v === 'string' ? v : '';
}

export function rowLabel(table: BundleTable, row: BundleRow): string {
  const name = text(row, 'name') || text(row, 'number') || text(row, 'originalName') || text(row, 'hal') || text(row, 'productName') || row.id;
  const nib = table === 'enterprises' && text(row, 'nib') ? ` (NIB ${text(row, 'nib')})` : '';
  return `${BUNDLE_TABLE_LABELS[table]} ${name}${nib}`;
}

/**
 * What importing `theirs` into `ours` would change, record by record:
 * - new: no record with that id (and, for IKM, no IKM with that NIB);
 * - identical: same id, same content;
 * - updated: same id, different content, and the incoming copy was edited later than ours;
 * - conflict: same id with different content where ours is as new or newer (the bundle would undo
 *   a local edit), or an IKM with the same NIB under a different id (the same business registered
 *   twice). Without a shared history "updated" is a judgement by `updatedAt`; the preview shows it
 *   and the officer can still keep ours.
 */
export function mergePreview(ours: BundleData, theirs: BundleData): MergePreview {
  const items: MergeItem[] = [];
  // The same IKM under another id (matched by NIB): its children are compared as if they pointed at ours.
  const ourIds = new Set(ours.enterprises.map((r) => r.id));
  const ourByNib = new Map(ours.enterprises.filter((r) => text(r, 'nib')).map((r) => [text(r, 'nib'), r.id]));
  const nibRemap = new Map<string, string>();
  for (const row of theirs.enterprises) {
    const match = ourByNib.get(text(row, 'nib'));
    if (!ourIds.has(row.id) && match !== undefined) nibRemap.set(row.id, match);
  }
  for (const table of BUNDLE_TABLES) {
    const byId = new Map(ours[table].map((r) => [r.id, r]));
    const byNib = table === 'enterprises' ? new Map(ours[table].filter((r) => text(r, 'nib')).map((r) => [text(r, 'nib'), r])) : new Map<string, BundleRow>();
    for (const original of theirs[table]) {
      const row = remapRow(original, nibRemap);
      const key = `${table}:${row.id}`;
      const label = rowLabel(table, row);
      const sameId = byId.get(row.id);
      if (sameId) {
        if (stableJson(sameId) === stableJson(row)) {
          items.push({ key, table, status: 'identical', theirs: row, ours: sameId, matchedBy: 'id', changedFields: [], label, choices: [], defaultChoice: null });
          continue;
        }
        const newer = text(row, 'updatedAt') > text(sameId, 'updatedAt');
        const nibClash = table === 'enterprises' && text(row, 'nib') === text(sameId, 'nib');
        items.push({
          key,
          table,
          status: newer ? 'updated' : 'conflict',
          theirs: row,
          ours: sameId,
          matchedBy: 'id',
          changedFields: changedFields(sameId, row),
          label,
          choices: nibClash ? ['ours', 'theirs'] : ['ours', 'theirs', 'both'],
          defaultChoice: newer ? 'theirs' : null,
        });
        continue;
      }
      const sameNib = byNib.get(text(row, 'nib'));
      if (sameNib && stableJson({ ...sameNib, id: row.id }) === stableJson(row)) {
        items.push({ key, table, status: 'identical', theirs: row, ours: sameNib, matchedBy: 'nib', changedFields: [], label, choices: [], defaultChoice: null });
        continue;
      }
      if (sameNib) {
        items.push({
          key,
          table,
          status: 'conflict',
          theirs: row,
          ours: sameNib,
          matchedBy: 'nib',
          changedFields: changedFields(sameNib, row),
          label,
          choices: ['ours', 'theirs'],
          defaultChoice: null,
        });
        continue;
      }
      items.push({ key, table, status: 'new', theirs: row, ours: undefined, matchedBy: null, changedFields: [], label, choices: [], defaultChoice: null });
    }
  }
  const counts: Record<MergeStatus, number> = { new: 0, identical: 0, updated: 0, conflict: 0 };
  for (const item of items) counts[item.status] += 1;
  return { items, counts };
}
