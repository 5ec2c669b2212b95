import { IDENTITY_KINDS } from '../domain/identity/record-keys';
import { BUNDLE_TABLE_LABELS, type BundleTable } from './bundle-data';
import { rowLabel, type MergePreview, type MergeStatus } from './merge-preview';

export interface ArrivalLine {
  table: BundleTable;
  /** "Periode: 1 sudah ada (OVOP 2026 → OVOP 2026 di register ini)". */
  text: string;
}

/** Kinds whose records are named one by one (few per bundle); the others are counted. */
const NAMED: ReadonlySet<BundleTable> = new Set(['rounds', 'sentras', 'decrees']);
const name = (label: string, table: BundleTable): string =>
  label.slice(BUNDLE_TABLE_LABELS[table].length + 1);

/**
 * What a bundle brings, by kind, and where it lands: new records by name (rounds, sentra, SK),
 * and records the register already holds ("OVOP 2026 sudah ada"). One line per kind present.
 */
export function arrivalLines(preview: MergePreview): ArrivalLine[] {
  const lines: ArrivalLine[] = [];
  for (const table of IDENTITY_KINDS) {
    const items = preview.items.filter((i) => i.table === table);
    if (items.length === 0) continue;
    const count = (s: MergeStatus): number => items.filter((i) => i.status === s).length;
    const parts: string[] = [];
    const fresh = items.filter((i) => i.status === 'new');
    if (fresh.length > 0)
      parts.push(
        `${fresh.length} baru${NAMED.has(table) ? ` (${fresh.map((i) => name(i.label, table)).join(', ')})` : ''}`,
      );
    const known = items.filter((i) => i.status !== 'new' && i.status !== 'refused' && i.ours);
    if (known.length > 0) {
      const where = NAMED.has(table)
        ? ` (${known.map((i) => `${name(i.label, table)} → ${name(rowLabel(table, i.ours ?? i.theirs), table)} di register ini`).join(', ')})`
        : '';
      parts.push(`${known.length} sudah ada${where}`);
    }
    if (count('updated') > 0) parts.push(`${count('updated')} diperbarui`);
    const open = items.filter((i) => i.status === 'conflict' && i.defaultChoice === null).length;
    if (count('conflict') > open) parts.push(`${count('conflict') - open} berbeda isinya`);
    if (open > 0) parts.push(`${open} perlu dipilih`);
    if (count('refused') > 0) parts.push(`${count('refused')} ditolak`);
    lines.push({ table, text: `${BUNDLE_TABLE_LABELS[table]}: ${parts.join(', ')}` });
  }
  return lines;
}

/** True when importing again would change nothing (every record identical). */
export function nothingToChange(preview: MergePreview): boolean {
  return preview.items.every((i) => i.status === 'identical');
}
