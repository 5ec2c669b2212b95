import {
  productSchema,
  type Product,
  type ProductForm,
} from '@shared/domain/product/product.schema';
import type { RepositoryContext } from '../context';
import { createEntityStore, toEntity, type EntityStore } from '../registers/entity-store';
import { ValidationError } from '../errors';
import type { ProductRecord } from '../registers/records';

/** Refuses a child record (product, credential, award) whose IKM is not in the register. */
export async function enterpriseParentCheck(
  ctx: RepositoryContext,
  next: { enterpriseId: string },
): Promise<void> {
  if (!(await ctx.db.enterprises.get(next.enterpriseId))) {
    throw new ValidationError([{ path: 'enterpriseId', message: 'IKM tidak ditemukan' }]);
  }
}

/** Keeps the IKM's grid commodity (its first live product's) in step, in the product's transaction. */
async function refreshEnterpriseCommodity(
  ctx: RepositoryContext,
  enterpriseId: string,
): Promise<void> {
  const products = await ctx.db.products
    .where('enterpriseId')
    .equals(enterpriseId)
    .sortBy('createdAt');
  const commodity = products.find((p) => p.deletedAt === undefined)?.commodity;
  await ctx.db.enterprises
    .where('id')
    .equals(enterpriseId)
    .modify((e) => {
      if (commodity === undefined) delete (e as { commodity?: unknown }).commodity;
      else (e as { commodity?: unknown }).commodity = commodity;
    });
}

export type ProductStore = EntityStore<Product, ProductForm> & {
  list(enterpriseId: string): Promise<Product[]>;
  /** Products (deleted ones included) of many IKM in one query, each IKM's in creation order. */
  listForEnterprises(enterpriseIds: readonly string[]): Promise<Product[]>;
};

export function productStore(ctx: RepositoryContext): ProductStore {
  const store = createEntityStore<Product, ProductRecord, ProductForm>(ctx, {
    entity: 'product',
    table: (c) => c.db.products,
    extraTables: (c) => [c.db.enterprises],
    schema: productSchema,
    derivedKeys: [],
    beforeWrite: enterpriseParentCheck,
    derive: () => Promise.resolve({}),
    afterWrite: (c, product) => refreshEnterpriseCommodity(c, product.enterpriseId),
  });
  return {
    ...store,
    list: async (enterpriseId) =>
      (await ctx.db.products.where('enterpriseId').equals(enterpriseId).sortBy('createdAt')).map(
        (r) => toEntity<Product>(r, []),
      ),
    listForEnterprises: async (enterpriseIds) =>
      (
        await ctx.db.products
          .where('enterpriseId')
          .anyOf([...enterpriseIds])
          .sortBy('createdAt')
      ).map((r) => toEntity<Product>(r, [])),
  };
}
