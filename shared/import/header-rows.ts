import { cellText, type ImportCell } from './cell';
import type { ImportKind } from './fields';
import { recogniseHeader } from './header-mapping';

type Row = readonly ImportCell[];

const texts = (row: Row | undefined): string[] =>
  (row ?? []).map((c) => cellText(c).replace(/\s+/g, ' ').trim());

/** A header row holds text only: no numbers, no "(1)" numbering. */
function isTextRow(cells: readonly string[]): boolean {
  const filled = cells.filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => !/^\(?-?[\d.,]+\)?$/.test(t));
}

/**
 * Two rows form one header when the lower row names sub-columns under group cells of the upper row
 * ("Lokasi" over Kab/Kota, Kecamatan, Desa): some lower cells are below an empty upper cell (the rest
 * of a merged group) and some upper cells are above an empty lower cell (merged down over both).
 */
function isGroupPair(
  kind: ImportKind,
  upper: readonly string[],
  lower: readonly string[],
): boolean {
  if (!isTextRow(upper) || !isTextRow(lower)) return false;
  const width = Math.max(upper.length, lower.length);
  let underGroup = 0;
  let recognisedBelow = 0;
  for (let c = 0; c < width; c++) {
    const up = upper[c] ?? '';
    const low = lower[c] ?? '';
    if (low !== '' && up === '') underGroup += 1;
    if (low !== '' && recogniseHeader(kind, low) !== null) recognisedBelow += 1;
  }
  return underGroup >= 1 && recognisedBelow >= 1;
}

/** The upper cell a sub-column sits under: its own, else the nearest group cell to its left. */
function groupOf(upper: readonly string[], lower: readonly string[], c: number): string {
  for (let k = c; k >= 0; k--) {
    const up = upper[k] ?? '';
    if (up !== '') return k === c || (lower[k] ?? '') !== '' ? up : '';
  }
  return '';
}

function combine(kind: ImportKind, group: string, sub: string): string {
  if (group === '' || recogniseHeader(kind, sub) !== null) return sub;
  for (const candidate of [`${sub} ${group}`, `${group} ${sub}`])
    if (recogniseHeader(kind, candidate) !== null) return candidate;
  return `${group} ${sub}`;
}

export interface HeaderBlock {
  /** 0-based index of the last header row (data starts below it). */
  readonly lastRowIndex: number;
  /** 1 or 2 header rows. */
  readonly rowCount: number;
  /** One display header per column, group and sub-column joined where needed. */
  readonly headers: readonly string[];
}

/**
 * The header around the row `index` found by its known column names: one row, or two when a
 * group-header row sits above (or the found row is the group row above a sub-column row).
 */
export function headerBlock(kind: ImportKind, rows: readonly Row[], index: number): HeaderBlock {
  const here = texts(rows[index]);
  const above = index > 0 ? texts(rows[index - 1]) : [];
  const below = texts(rows[index + 1]);
  const pair = isGroupPair(kind, here, below)
    ? ([here, below, index + 1] as const)
    : index > 0 && isGroupPair(kind, above, here)
      ? ([above, here, index] as const)
      : undefined;
  if (!pair) return { lastRowIndex: index, rowCount: 1, headers: here };
  const [upper, lower, last] = pair;
  const width = Math.max(upper.length, lower.length);
  const headers = Array.from({ length: width }, (_, c) => {
    const sub = lower[c] ?? '';
    return sub === '' ? (upper[c] ?? '') : combine(kind, groupOf(upper, lower, c), sub);
  });
  return { lastRowIndex: last, rowCount: 2, headers };
}
