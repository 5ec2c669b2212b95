import { BUNDLE_TABLES, emptyBundleData, type BundleRow, type BundleTable } from './bundle-data';
import type { MergeChoice, MergePreview } from './merge-preview';
import { remapRow } from './remap';

export interface MergePlan {
  /** Rows to write (put) per table, with ids remapped where needed. */
  writes: Record<BundleTable, BundleRow[]>;
  counts: { added: number; replaced: number; keptBoth: number; skipped: number };
}

export type MergePlanResult = { ok: true; plan: MergePlan } | { ok: false; unresolved: string[] };

/**
 * Turns the preview and the officer's choice per conflict into rows to write. Every conflict needs
 * a choice; updates default to "take theirs". `newId` comes from the caller (shared/ has no
 * randomness). Keeping both gives the incoming record a new id and points its children at it;
 * for an IKM matched by NIB, "keep ours" attaches the incoming children to our IKM.
 */
export function mergePlan(preview: MergePreview, choices: ReadonlyMap<string, MergeChoice>, newId: () => string): MergePlanResult {
  const unresolved = preview.items
    .filter((i) => i.status === 'conflict' && !i.choices.includes(choices.get(i.key) ?? ('none' as MergeChoice)))
    .map((i) => i.key);
  if (unresolved.length > 0) return { ok: false, unresolved };

  const remap = new Map<string, string>();
  const pending: { table: BundleTable; row: BundleRow }[] = [];
  const counts = { added: 0, replaced: 0, keptBoth: 0, skipped: 0 };
  for (const item of preview.items) {
    const choice = choices.get(item.key) ?? item.defaultChoice;
    if (item.status === 'identical') {
      if (item.matchedBy === 'nib' && item.ours) remap.set(item.theirs.id, item.ours.id);
      counts.skipped += 1;
      continue;
    }
    if (item.status === 'new') {
      pending.push({ table: item.table, row: item.theirs });
      counts.added += 1;
      continue;
    }
    const ours = item.ours as BundleRow;
    if (choice === 'ours' || choice === null) {
      if (item.matchedBy === 'nib') remap.set(item.theirs.id, ours.id);
      counts.skipped += 1;
    } else if (choice === 'theirs') {
      if (item.matchedBy === 'nib') remap.set(item.theirs.id, ours.id);
      pending.push({ table: item.table, row: { ...item.theirs, id: ours.id } });
      counts.replaced += 1;
    } else {
      const id = newId();
      remap.set(item.theirs.id, id);
      pending.push({ table: item.table, row: { ...item.theirs, id } });
      counts.keptBoth += 1;
    }
  }
  const writes = emptyBundleData();
  for (const { table, row } of pending) writes[table].push(remapRow(row, remap));
  for (const table of BUNDLE_TABLES) writes[table].sort((a, b) => a.id.localeCompare(b.id));
  return { ok: true, plan: { writes, counts } };
}
