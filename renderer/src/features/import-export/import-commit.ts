import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { DecreeId } from '@shared/domain/common/ids';
import { normaliseNumber } from '@shared/domain/identity/normalise';
import type { SentraDecreeForm } from '@shared/domain/sentra/sentra';
import type { CommitPlan } from '@shared/import/duplicates';
import type { ImportKind } from '@shared/import/fields';
import type { ImportForm } from '@shared/import/report';
import { runBulkImport, type AppRepositories, type BulkChildren } from '../../db';
import { addImportedChildren, childrenOf, newImportedChildren } from './import-children';

export interface CommitProgress {
  readonly done: number;
  readonly total: number;
}

export interface CommitOptions {
  readonly onProgress?: (p: CommitProgress) => void;
  /** Checked inside the transaction: cancelling throws, so IndexedDB rolls the whole import back. */
  readonly cancelled?: () => boolean;
  /** The spreadsheet's file name, kept in the import's audit row. */
  readonly fileName?: string;
}

class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('Impor dibatalkan; tidak ada data yang disimpan.');
  }
}

type Step =
  | { readonly kind: 'create'; readonly form: ImportForm }
  | { readonly kind: 'update'; readonly id: string; readonly form: ImportForm };

/**
 * Writes a commit plan in ONE read-write transaction with one import-journal row (runImport):
 * all rows or none, also when the window is killed half-way. An IKM row's product and legalitas
 * are written in the same transaction. Returns the journal id.
 *
 * Duplicate rows with the choice "update": the IKM gets the file's values (its sentra becomes the
 * file's when the file names one found in the register, else stays); the file's product is added
 * only when the IKM has no live product of that name, the legalitas only when it has no live
 * legalitas of that kind and number.
 */
export async function commitImport(
  repos: AppRepositories,
  kind: ImportKind,
  plan: CommitPlan,
  options: CommitOptions = {},
): Promise<string> {
  const steps: Step[] = [
    ...plan.creates.map((c): Step => ({ kind: 'create', form: c.form })),
    ...plan.updates.map((u): Step => ({ kind: 'update', id: u.id, form: u.form })),
  ];
  const { enterprises, sentras } = repos;
  const total = steps.length;
  // An SK is one record however many sentra (rows) it designates: same number and date = same SK.
  const decreeIds = new Map<string, DecreeId>();
  const decreeKey = (d: { number: string; date: string }) =>
    `${normaliseNumber(d.number)}|${d.date}`;
  const decreeFor = async (decree: SentraDecreeForm): Promise<DecreeId> => {
    if (decreeIds.size === 0)
      for (const d of await sentras.decrees.list()) decreeIds.set(decreeKey(d), d.id);
    const known = decreeIds.get(decreeKey(decree));
    if (known) return known;
    const created = await sentras.decrees.create(decree);
    decreeIds.set(decreeKey(decree), created.id);
    return created.id;
  };
  const apply = async (step: Step, index: number): Promise<void> => {
    if (options.cancelled?.()) throw new ImportCancelledError();
    if (step.form.kind === 'ikm') {
      const form = step.form.value;
      if (step.kind === 'create') {
        const created = await enterprises.create(form);
        await newImportedChildren(enterprises, created.id, step.form);
      } else {
        const current = await enterprises.get(step.id);
        if (current) {
          const sentraId = form.sentraId ?? current.sentraId;
          await enterprises.update(
            step.id,
            { ...form, ...(sentraId ? { sentraId } : {}) },
            current.updatedAt,
          );
          await addImportedChildren(enterprises, current.id, step.form);
        }
      }
    } else {
      const decreeId = step.form.decree ? await decreeFor(step.form.decree) : undefined;
      const form = { ...step.form.value, ...(decreeId ? { decreeId } : {}) };
      if (step.kind === 'create') await sentras.create(form);
      else {
        const current = await sentras.get(step.id);
        if (current)
          await sentras.update(
            step.id,
            {
              ...form,
              decreeId: decreeId ?? current.decreeId,
              leadEnterpriseId: current.leadEnterpriseId,
            },
            current.updatedAt,
          );
      }
    }
    if (index % 200 === 0 || index === total - 1) options.onProgress?.({ done: index + 1, total });
  };
  const journalKind = kind === 'ikm' ? 'import-ikm' : 'import-sentra';
  // New IKM (with their products and legalitas) go through the bulk path (one NIB query, bulk
  // writes); updates and sentra row by row. All inside the one import transaction.
  const bulk: EnterpriseForm[] = [];
  const children: (BulkChildren | undefined)[] = [];
  const rest: Step[] = [];
  for (const step of steps) {
    if (kind === 'ikm' && step.kind === 'create' && step.form.kind === 'ikm') {
      bulk.push(step.form.value);
      children.push(childrenOf(step.form));
    } else rest.push(step);
  }
  const details = options.fileName ? { fileName: options.fileName } : {};
  const journal = await runBulkImport(
    repos.ctx,
    journalKind,
    total,
    async (log) => {
      if (options.cancelled?.()) throw new ImportCancelledError();
      if (bulk.length > 0) {
        await enterprises.bulkCreate(bulk, children, log);
        if (options.cancelled?.()) throw new ImportCancelledError();
        options.onProgress?.({ done: bulk.length, total });
      }
      for (const [index, step] of rest.entries()) await apply(step, bulk.length + index);
    },
    details,
  );
  return journal.id;
}
