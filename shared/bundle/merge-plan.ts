import { BUNDLE_TABLES, emptyBundleData, type BundleRow, type BundleTable } from './bundle-data';
import { pendingChoices, type MergeChoice, type MergePreview } from './merge-preview';
import { remapRow } from './remap';

export interface MergePlan {
  /** Rows to write (put) per table, with ids remapped where needed. */
  writes: Record<BundleTable, BundleRow[]>;
  counts: { added: number; replaced: number; keptBoth: number; skipped: number; refused: number };
}

export type MergePlanResult = { ok: true; plan: MergePlan } | { ok: false; unresolved: string[] };

/**
 * Turns the preview and the officer's choice per conflict into rows to write. Every conflict needs
 * a choice (or has a default); updates default to "take theirs". `newId` comes from the caller
 * (shared/ has no randomness). Taking theirs writes the incoming content under our id (so an
 * office's "OVOP 2026" lands on ours); keeping both gives the incoming record a new id and points
 * its children at it. Refused records and everything hanging on them are not written.
 */
export function mergePlan(
  preview: MergePreview,
  choices: ReadonlyMap<string, MergeChoice>,
  newId: () => string,
): MergePlanResult {
  const unresolved = pendingChoices(preview, choices).map((i) => i.key);
  if (unresolved.length > 0) return { ok: false, unresolved };

  const remap = new Map(preview.remap);
  const pending: { table: BundleTable; row: BundleRow }[] = [];
  const counts = { added: 0, replaced: 0, keptBoth: 0, skipped: 0, refused: 0 };
  for (const item of preview.items) {
    const choice = choices.get(item.key) ?? item.defaultChoice;
    const incomingId = item.key.slice(item.table.length + 1);
    if (item.status === 'refused') {
      counts.refused += 1;
      continue;
    }
    if (item.status === 'identical') {
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
      remap.set(incomingId, ours.id);
      counts.skipped += 1;
    } else if (choice === 'theirs') {
      remap.set(incomingId, ours.id);
      const createdAt = ours.createdAt ?? item.theirs.createdAt;
      pending.push({ table: item.table, row: { ...item.theirs, id: ours.id, createdAt } });
      counts.replaced += 1;
    } else {
      const id = newId();
      remap.set(incomingId, id);
      pending.push({ table: item.table, row: { ...item.theirs, id } });
      counts.keptBoth += 1;
    }
  }
  const writes = emptyBundleData();
  for (const { table, row } of pending) writes[table].push(remapRow(row, remap));
  for (const table of BUNDLE_TABLES) writes[table].sort((a, b) => a.id.localeCompare(b.id));
  return { ok: true, plan: { writes, counts } };
}
