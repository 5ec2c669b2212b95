/**
 * Snapshot file names: `snapshot-<UTC stamp>[-<n>]-<reason>.ovopsnap`, plus a manifest beside each
 * (`<name>.manifest.json`). Names are the only handle the renderer gets; this module decides
 * which strings are acceptable (bare basenames of exactly this shape).
 */
import type { SnapshotReason } from '@shared/ipc/contract';

export { snapshotReasons, type SnapshotReason } from '@shared/ipc/contract';

const NAME_PATTERN =
  /^snapshot-(\d{8}T\d{9}Z)(?:-(\d{1,3}))?-(pre-import|pre-merge|pre-upgrade|daily|manual)\.ovopsnap$/;
const MANIFEST_SUFFIX = '.manifest.json';

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(text: string): Date {
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`;
  return new Date(iso);
}

/** A new name for a snapshot taken at `at`, unique among `existing`. */
export function makeSnapshotName(
  reason: SnapshotReason,
  at: Date,
  existing: ReadonlySet<string>,
): string {
  const base = `snapshot-${stamp(at)}`;
  let name = `${base}-${reason}.ovopsnap`;
  for (let n = 1; existing.has(name); n += 1) name = `${base}-${n}-${reason}.ovopsnap`;
  return name;
}

export interface ParsedSnapshotName {
  readonly name: string;
  readonly reason: SnapshotReason;
  readonly createdAt: Date;
}

/** The parts of a snapshot name, or null for anything else (paths, temp files, other files). */
export function parseSnapshotName(name: string): ParsedSnapshotName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const createdAt = parseStamp(match[1] ?? '');
  if (Number.isNaN(createdAt.getTime())) return null;
  return { name, reason: match[3] as SnapshotReason, createdAt };
}

export function manifestNameOf(snapshotName: string): string {
  return `${snapshotName}${MANIFEST_SUFFIX}`;
}
