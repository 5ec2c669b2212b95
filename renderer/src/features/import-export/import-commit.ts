import type { EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import type { SentraForm } from '@shared/domain/sentra/sentra';
import type { CommitPlan } from '@shared/import/duplicates';
import type { ImportKind } from '@shared/import/fields';
import { enterpriseRepository, runBulkImport, runImport, sentraRepository, type RepositoryContext } from '../../db';

export interface CommitProgress {
  readonly done: number;
  readonly total: number;
}

export interface CommitOptions {
  readonly onProgress?: (p: CommitProgress) => void;
  /** Checked inside the transaction: cancelling throws, so IndexedDB rolls the whole import back. */
  readonly cancelled?: () => boolean;
  /**
   * TEST ONLY (kill harness): split the import into transactions of this many rows, the known-bad
   * way. Never set by the UI; the harness must catch the partial imports this produces.
   */
  readonly unsafeChunkSize?: number;
}

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('Impor dibatalkan; tidak ada data yang disimpan.');
  }
}

type Step = { readonly kind: 'create'; readonly form: EnterpriseForm | SentraForm } | { readonly kind: 'update'; readonly id: string; readonly form: EnterpriseForm | SentraForm };

/**
 * Writes a commit plan in ONE read-write transaction with one import-journal row (runImport):
 * all rows or none, also when the window is killed half-way. Returns the journal id.
 */
export async function commitImport(ctx: RepositoryContext, kind: ImportKind, plan: CommitPlan, options: CommitOptions = {}): Promise<string> {
  const steps: Step[] = [
    ...plan.creates.map((c): Step => ({ kind: 'create', form: c.form.value })),
    ...plan.updates.map((u): Step => ({ kind: 'update', id: u.id, form: u.form.value })),
  ];
  const enterprises = enterpriseRepository(ctx);
  const sentras = sentraRepository(ctx);
  const total = steps.length;
  const apply = async (step: Step, index: number): Promise<void> => {
    if (options.cancelled?.()) throw new ImportCancelledError();
    if (kind === 'ikm') {
      const form = step.form as EnterpriseForm;
      if (step.kind === 'create') await enterprises.create(form);
      else {
        const current = await enterprises.get(step.id);
        if (current) await enterprises.update(step.id, { ...form, ...(current.sentraId ? { sentraId: current.sentraId } : {}) }, current.updatedAt);
      }
    } else {
      const form = step.form as SentraForm;
      if (step.kind === 'create') await sentras.create(form);
      else {
        const current = await sentras.get(step.id);
        if (current) await sentras.update(step.id, { ...form, decreeId: current.decreeId, leadEnterpriseId: current.leadEnterpriseId }, current.updatedAt);
      }
    }
    if (index % 200 === 0 || index === total - 1) options.onProgress?.({ done: index + 1, total });
  };
  const journalKind = kind === 'ikm' ? 'import-ikm' : 'import-sentra';
  if (options.unsafeChunkSize && options.unsafeChunkSize > 0) {
    let last = '';
    for (let start = 0; start < steps.length; start += options.unsafeChunkSize) {
      const chunk = steps.slice(start, start + options.unsafeChunkSize);
      last = (await runImport(ctx, `${journalKind}-chunk`, chunk, (s, i) => apply(s, start + i))).id;
    }
    return last;
  }
  // New IKM go through the bulk path (one NIB query, bulk writes); updates and sentra row by row.
  const bulk = kind === 'ikm' ? steps.flatMap((s) => (s.kind === 'create' ? [s.form as EnterpriseForm] : [])) : [];
  const rest = kind === 'ikm' ? steps.filter((s) => s.kind !== 'create') : steps;
  const journal = await runBulkImport(ctx, journalKind, total, async () => {
    if (options.cancelled?.()) throw new ImportCancelledError();
    if (bulk.length > 0) {
      await enterprises.bulkCreate(bulk);
      if (options.cancelled?.()) throw new ImportCancelledError();
      options.onProgress?.({ done: bulk.length, total });
    }
    for (const [index, step] of rest.entries()) await apply(step, bulk.length + index);
  });
  return journal.id;
}
