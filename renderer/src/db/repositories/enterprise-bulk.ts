import {
  credentialSchema,
  type Credential,
  type CredentialForm,
} from '@shared/domain/credential/credential.schema';
import {
  enterpriseSchema,
  type Enterprise,
  type EnterpriseForm,
} from '@shared/domain/enterprise/enterprise';
import {
  productSchema,
  type Product,
  type ProductForm,
} from '@shared/domain/product/product.schema';
import type { ImportLog } from '../registers/audit-writer';
import type { RepositoryContext } from '../context';
import { parseOrThrow } from '../registers/entity-store';
import { DuplicateNibError, ValidationError, type FieldIssue } from '../errors';
import { enterpriseDerived, freshMeta } from '../registers/record-mappers';
import type { CredentialRecord, EnterpriseRecord, ProductRecord } from '../registers/records';

/** Products and legalitas of one new IKM of a batch (their `enterpriseId` is the new IKM's id). */
export interface BulkChildren {
  readonly products?: readonly Omit<ProductForm, 'enterpriseId'>[];
  readonly credentials?: readonly Omit<CredentialForm, 'enterpriseId'>[];
}

/** Issues of one batch row, prefixed with its 1-based row number so the user can find it. */
function rowIssues(index: number, error: unknown): FieldIssue[] {
  if (!(error instanceof ValidationError)) throw error;
  return error.issues.map((i) => ({
    path: `${index}${i.path ? `.${i.path}` : ''}`,
    message: `Baris ${index + 1}: ${i.message}`,
  }));
}

/**
 * Creates many IKM in ONE read-write transaction (nests inside an import's transaction): every form
 * is validated with the domain schema first, NIBs are checked inside the batch and against the
 * register with one `anyOf` query, sentra are checked with one `bulkGet`, keys are derived in memory
 * and records and sentra counters are written with bulk operations. No audit row per record: every
 * record is created at `log.at` and the IKM are noted in `log`, which the import's one audit row
 * lists (`runBulkImport`). All or nothing:
 * any invalid row, duplicate NIB or missing sentra refuses the whole batch and writes nothing.
 *
 * Same rules as `create` one by one. `children[i]` (optional) are the products and legalitas of
 * `forms[i]`, validated with their domain schemas and written in the same transaction (the IKM's
 * grid commodity is its first product's); an invalid child refuses the batch like an invalid IKM.
 */
export async function bulkCreateEnterprises(
  ctx: RepositoryContext,
  forms: readonly EnterpriseForm[],
  children: readonly (BulkChildren | undefined)[],
  log: ImportLog,
): Promise<Enterprise[]> {
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.enterprises, db.sentras, db.products, db.credentials],
    async () => {
      const { at } = log;
      const issues: FieldIssue[] = [];
      const entities: Enterprise[] = [];
      for (const [index, form] of forms.entries()) {
        try {
          entities.push(
            parseOrThrow(enterpriseSchema, {
              ...form,
              id: ctx.newId(),
              createdAt: at,
              updatedAt: at,
              deletedAt: undefined,
            }),
          );
        } catch (error) {
          issues.push(...rowIssues(index, error));
        }
      }
      if (issues.length > 0) throw new ValidationError(issues);

      const rowOfNib = new Map<string, number>();
      for (const [index, e] of entities.entries()) {
        const earlier = rowOfNib.get(e.nib);
        if (earlier !== undefined) {
          issues.push({
            path: `${index}.nib`,
            message: `Baris ${index + 1}: NIB ${e.nib} sudah dipakai di baris ${earlier + 1} data yang sama.`,
          });
        } else rowOfNib.set(e.nib, index);
      }
      if (issues.length > 0) throw new ValidationError(issues);
      const holder =
        entities.length > 0
          ? await db.enterprises
              .where('nib')
              .anyOf([...rowOfNib.keys()])
              .first()
          : undefined;
      if (holder)
        throw new DuplicateNibError(
          holder.nib,
          holder.id,
          holder.name,
          holder.deletedAt !== undefined,
        );

      const added = new Map<string, number>();
      for (const e of entities)
        if (e.sentraId !== undefined) added.set(e.sentraId, (added.get(e.sentraId) ?? 0) + 1);
      const sentraIds = [...added.keys()];
      const sentras = await db.sentras.bulkGet(sentraIds);
      const missing = new Set(sentraIds.filter((_, i) => sentras[i] === undefined));
      for (const [index, e] of entities.entries()) {
        if (e.sentraId !== undefined && missing.has(e.sentraId))
          issues.push({
            path: `${index}.sentraId`,
            message: `Baris ${index + 1}: Sentra yang dipilih tidak ditemukan`,
          });
      }
      if (issues.length > 0) throw new ValidationError(issues);

      const products: Product[] = [];
      const credentials: Credential[] = [];
      const commodityOf = new Map<string, Product['commodity']>();
      for (const [index, e] of entities.entries()) {
        const meta = { enterpriseId: e.id, createdAt: at, updatedAt: at, deletedAt: undefined };
        try {
          for (const p of children[index]?.products ?? []) {
            const product = parseOrThrow(productSchema, { ...p, ...meta, id: ctx.newId() });
            products.push(product);
            if (!commodityOf.has(e.id)) commodityOf.set(e.id, product.commodity);
          }
          for (const c of children[index]?.credentials ?? [])
            credentials.push(parseOrThrow(credentialSchema, { ...c, ...meta, id: ctx.newId() }));
        } catch (error) {
          issues.push(...rowIssues(index, error));
        }
      }
      if (issues.length > 0) throw new ValidationError(issues);

      const records = entities.map((e): EnterpriseRecord => ({
        ...e,
        ...enterpriseDerived(e, commodityOf.get(e.id)),
        ...freshMeta(undefined),
      }));
      for (const e of entities) log.records.push({ id: e.id, nib: e.nib, name: e.name });
      // Queued together (no await between them): IndexedDB runs them in order in this transaction.
      await Promise.all([
        db.enterprises.bulkAdd(records),
        db.products.bulkAdd(
          products.map((p): ProductRecord => ({ ...p, ...freshMeta(undefined) })),
        ),
        db.credentials.bulkAdd(
          credentials.map((c): CredentialRecord => ({ ...c, ...freshMeta(undefined) })),
        ),
        db.sentras.bulkPut(
          sentras.flatMap((s) =>
            s ? [{ ...s, enterpriseCount: s.enterpriseCount + (added.get(s.id) ?? 0) }] : [],
          ),
        ),
      ]);
      return entities;
    },
  );
}
