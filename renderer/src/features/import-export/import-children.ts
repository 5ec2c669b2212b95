import { asEnterpriseId } from '@shared/domain/common/ids';
import {
  credentialNumberKey,
  importedCredentialForm,
  importedProductForm,
  productNameKey,
} from '@shared/import/imported-records';
import type { ImportForm } from '@shared/import/report';
import type { BulkChildren, EnterpriseRepository } from '../../db';

type IkmForm = Extract<ImportForm, { kind: 'ikm' }>;

/** The product and legalitas of a new IKM row, for `enterpriseRepository.bulkCreate`. */
export function childrenOf(form: IkmForm): BulkChildren | undefined {
  if (!form.product && !form.credential) return undefined;
  const placeholder = asEnterpriseId('-');
  const strip = <T extends { enterpriseId: unknown }>({
    enterpriseId: _e,
    ...rest
  }: T): Omit<T, 'enterpriseId'> => rest;
  return {
    ...(form.product ? { products: [strip(importedProductForm(placeholder, form.product))] } : {}),
    ...(form.credential
      ? { credentials: [strip(importedCredentialForm(placeholder, form.credential))] }
      : {}),
  };
}

/** The product and legalitas of an IKM created one by one (chunked test mode). */
export async function newImportedChildren(
  repo: EnterpriseRepository,
  enterpriseId: string,
  form: IkmForm,
): Promise<void> {
  const id = asEnterpriseId(enterpriseId);
  if (form.product) await repo.products.create(importedProductForm(id, form.product));
  if (form.credential) await repo.credentials.create(importedCredentialForm(id, form.credential));
}

/**
 * "Update" of an existing IKM: its product is added only when it has no live product of the same
 * name (case and spaces ignored), its legalitas only when it has no live one of the same kind and
 * number. Nothing existing is changed or removed.
 */
export async function addImportedChildren(
  repo: EnterpriseRepository,
  enterpriseId: string,
  form: IkmForm,
): Promise<void> {
  const id = asEnterpriseId(enterpriseId);
  if (form.product) {
    const key = productNameKey(form.product.name);
    const products = await repo.products.list(id);
    if (!products.some((p) => p.deletedAt === undefined && productNameKey(p.name) === key))
      await repo.products.create(importedProductForm(id, form.product));
  }
  if (form.credential) {
    const { kind, number } = form.credential;
    const credentials = await repo.credentials.list(id);
    const known = credentials.some(
      (c) =>
        c.deletedAt === undefined &&
        c.kind === kind &&
        credentialNumberKey(c.number) === credentialNumberKey(number),
    );
    if (!known) await repo.credentials.create(importedCredentialForm(id, form.credential));
  }
}
