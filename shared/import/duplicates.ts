import type { ImportKind } from './fields';
import type { DuplicateChoice, DuplicateInfo, ImportForm, ImportRowReport } from './report';

/** What duplicate detection needs to know about a record already in the register. */
export interface ExistingRecord {
  readonly id: string;
  readonly name: string;
  readonly nib?: string;
  readonly regionCode: string;
  readonly deleted: boolean;
}

/** "UD. Berkah  Bahari" and "ud berkah bahari" are the same name. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const nameVillageKey = (name: string, regionCode: string): string =>
  `${nameKey(name)}|${regionCode}`;

function keysOf(form: ImportForm): { nib?: string; nameVillage: string } {
  const v = form.value;
  return form.kind === 'ikm'
    ? { nib: form.value.nib, nameVillage: nameVillageKey(v.name, v.regionCode) }
    : { nameVillage: nameVillageKey(v.name, v.regionCode) };
}

function info(partial: Omit<DuplicateInfo, 'choices' | 'defaultChoice'>): DuplicateInfo {
  // A second record with the same NIB is refused by the register, so "add" is offered only for a name match.
  const choices: DuplicateChoice[] =
    partial.against === 'register'
      ? partial.by === 'nib'
        ? ['skip', 'update']
        : ['skip', 'update', 'add']
      : partial.by === 'nib'
        ? ['skip']
        : ['skip', 'add'];
  return { ...partial, choices, defaultChoice: 'skip' };
}

function message(d: DuplicateInfo): string {
  const what = d.by === 'nib' ? 'NIB yang sama' : 'nama dan desa/kelurahan yang sama';
  return d.against === 'register'
    ? `Sudah ada di register dengan ${what}: "${d.existingName}"`
    : `Sama dengan baris ${d.firstRow ?? '?'} di berkas ini (${what})`;
}

/**
 * Marks valid rows that repeat a register record or an earlier row of the same file, by NIB (IKM)
 * and by name + village. The row keeps its validated form so the officer can still choose.
 */
export function detectDuplicates(
  _kind: ImportKind,
  rows: readonly ImportRowReport[],
  existing: readonly ExistingRecord[],
): ImportRowReport[] {
  const byNib = new Map<string, ExistingRecord>();
  const byNameVillage = new Map<string, ExistingRecord>();
  for (const e of existing) {
    if (e.nib) byNib.set(e.nib, e);
    if (!e.deleted) byNameVillage.set(nameVillageKey(e.name, e.regionCode), e);
  }
  const seenNib = new Map<string, ImportRowReport>();
  const seenNameVillage = new Map<string, ImportRowReport>();
  return rows.map((row) => {
    if (!row.form) return row;
    const keys = keysOf(row.form);
    let dup: DuplicateInfo | undefined;
    const regNib = keys.nib ? byNib.get(keys.nib) : undefined;
    const regName = byNameVillage.get(keys.nameVillage);
    const fileNib = keys.nib ? seenNib.get(keys.nib) : undefined;
    const fileName = seenNameVillage.get(keys.nameVillage);
    if (regNib)
      dup = info({
        against: 'register',
        by: 'nib',
        existingId: regNib.id,
        existingName: regNib.deleted ? `${regNib.name} (terhapus)` : regNib.name,
      });
    else if (fileNib)
      dup = info({
        against: 'file',
        by: 'nib',
        firstRow: fileNib.row,
        existingName: fileNib.form?.value.name ?? '',
      });
    else if (regName)
      dup = info({
        against: 'register',
        by: 'name-village',
        existingId: regName.id,
        existingName: regName.name,
      });
    else if (fileName)
      dup = info({
        against: 'file',
        by: 'name-village',
        firstRow: fileName.row,
        existingName: fileName.form?.value.name ?? '',
      });
    if (keys.nib && !seenNib.has(keys.nib)) seenNib.set(keys.nib, row);
    if (!seenNameVillage.has(keys.nameVillage)) seenNameVillage.set(keys.nameVillage, row);
    if (!dup) return row;
    return {
      ...row,
      outcome: 'duplicate',
      duplicate: dup,
      messages: [...row.messages, { severity: 'warning', text: message(dup) }],
    };
  });
}

export interface CommitPlan {
  readonly creates: readonly { readonly row: number; readonly form: ImportForm }[];
  readonly updates: readonly {
    readonly row: number;
    readonly id: string;
    readonly form: ImportForm;
  }[];
  readonly skipped: number;
}

/**
 * What a commit writes: valid and normalised rows are created; each duplicate follows the choice
 * made for its row (default "skip"); invalid and empty rows are never written. A file duplicate
 * whose first row is not written is still skipped (the officer sees both rows in the report).
 */
export function planCommit(
  rows: readonly ImportRowReport[],
  choices: Readonly<Record<number, DuplicateChoice>> = {},
): CommitPlan {
  const creates: { row: number; form: ImportForm }[] = [];
  const updates: { row: number; id: string; form: ImportForm }[] = [];
  let skipped = 0;
  const updatedIds = new Set<string>();
  for (const row of rows) {
    if (!row.form || row.outcome === 'invalid' || row.outcome === 'skipped') {
      skipped += 1;
      continue;
    }
    if (row.outcome !== 'duplicate' || !row.duplicate) {
      creates.push({ row: row.row, form: row.form });
      continue;
    }
    const wanted = choices[row.row] ?? row.duplicate.defaultChoice;
    const choice = row.duplicate.choices.includes(wanted) ? wanted : row.duplicate.defaultChoice;
    if (choice === 'add') creates.push({ row: row.row, form: row.form });
    else if (
      choice === 'update' &&
      row.duplicate.existingId &&
      !updatedIds.has(row.duplicate.existingId)
    ) {
      updatedIds.add(row.duplicate.existingId);
      updates.push({ row: row.row, id: row.duplicate.existingId, form: row.form });
    } else skipped += 1;
  }
  return { creates, updates, skipped };
}
