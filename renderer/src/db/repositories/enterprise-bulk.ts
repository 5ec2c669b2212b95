import { asAuditId } from '@shared/domain/common/ids';
import { enterpriseSchema, type Enterprise, type EnterpriseForm } from '@shared/domain/enterprise/enterprise';
import { diffFields } from '../audit-writer';
import { currentUser, nextTimestamp, type RepositoryContext } from '../context';
import { parseOrThrow } from '../entity-store';
import { DuplicateNibError, ValidationError, type FieldIssue } from '../errors';
import { enterpriseDerived, freshMeta } from '../record-mappers';
import type { AuditRecord, EnterpriseRecord } from '../records';

/** Issues of one batch row, prefixed with its 1-based row number so the user can find it. */
function rowIssues(index: number, error: unknown): FieldIssue[] {
  if (!(error instanceof ValidationError)) throw error;
  return error.issues.map((i) => ({ path: `${index}${i.path ? `.${i.path}` : ''}`, message: `Baris ${index + 1}: ${i.message}` }));
}

/**
 * Creates many IKM in ONE read-write transaction (nests inside an import's transaction): every form
 * is validated with the domain schema first, NIBs are checked inside the batch and against the
 * register with one `anyOf` query, sentra are checked with one `bulkGet`, keys are derived in memory
 * and records, audit rows and sentra counters are written with bulk operations. All or nothing:
 * any invalid row, duplicate NIB or missing sentra refuses the whole batch and writes nothing.
 *
 * Same rules as `create` one by one (new IKM have no products yet, so no commodity).
 */
export async function bulkCreateEnterprises(ctx: RepositoryContext, forms: readonly EnterpriseForm[]): Promise<Enterprise[]> {
  const { db } = ctx;
  return db.transaction('rw', [db.enterprises, db.sentras, db.audit, db.settings], async () => {
    const at = nextTimestamp(ctx);
    const issues: FieldIssue[] = [];
    const entities: Enterprise[] = [];
    for (const [index, form] of forms.entries()) {
      try {
        entities.push(parseOrThrow(enterpriseSchema, { ...form, id: ctx.newId(), createdAt: at, updatedAt: at, deletedAt: undefined }));
      } catch (error) {
        issues.push(...rowIssues(index, error));
      }
    }
    if (issues.length > 0) throw new ValidationError(issues);

    const rowOfNib = new Map<string, number>();
    for (const [index, e] of entities.entries()) {
      const earlier = rowOfNib.get(e.nib);
      if (earlier !== undefined) {
        issues.push({ path: `${index}.nib`, message: `Baris ${index + 1}: NIB ${e.nib} sudah dipakai di baris ${earlier + 1} data yang sama.` });
      } else rowOfNib.set(e.nib, index);
    }
    if (issues.length > 0) throw new ValidationError(issues);
    const holder = entities.length > 0 ? await db.enterprises.where('nib').anyOf([...rowOfNib.keys()]).first() : undefined;
    if (holder) throw new DuplicateNibError(holder.nib, holder.id, holder.name, holder.deletedAt !== undefined);

    const added = new Map<string, number>();
    for (const e of entities) if (e.sentraId !== undefined) added.set(e.sentraId, (added.get(e.sentraId) ?? 0) + 1);
    const sentraIds = [...added.keys()];
    const sentras = await db.sentras.bulkGet(sentraIds);
    const missing = new Set(sentraIds.filter((_, i) => sentras[i] === undefined));
    for (const [index, e] of entities.entries()) {
      if (e.sentraId !== undefined && missing.has(e.sentraId)) issues.push({ path: `${index}.sentraId`, message: `Baris ${index + 1}: Sentra yang dipilih tidak ditemukan` });
    }
    if (issues.length > 0) throw new ValidationError(issues);

    const user = await currentUser(db);
    const records = entities.map((e): EnterpriseRecord => ({ ...e, ...enterpriseDerived(e, undefined), ...freshMeta(undefined) }));
    const audit = entities.map(
      (e): AuditRecord => ({
        id: asAuditId(ctx.newId()),
        at,
        user,
        entity: 'enterprise',
        entityId: e.id,
        action: 'create',
        changes: diffFields(undefined, e),
      }),
    );
    await db.enterprises.bulkAdd(records);
    await db.audit.bulkAdd(audit);
    await db.sentras.bulkPut(
      sentras.flatMap((s) => (s ? [{ ...s, enterpriseCount: s.enterpriseCount + (added.get(s.id) ?? 0) }] : [])),
    );
    return entities;
  });
}
