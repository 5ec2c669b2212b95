import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import { enterpriseDerived, sentraDerived } from '../registers/record-mappers';
import type { EnterpriseRecord } from '../registers/records';

type Row = Readonly<Record<string, unknown>>;

function live(row: Row): 0 | 1 {
  return row.deletedAt === undefined ? 1 : 0;
}

/**
 * Derived fields are never taken from a backup as they are: search keys, kab/kota code, size class,
 * the live flag and each sentra's IKM count are computed again from the restored records.
 * Rows reaching here passed their domain schemas.
 */
export function recomputeDerived(tables: Readonly<Record<string, readonly Row[]>>): {
  enterprises: Row[];
  sentras: Row[];
} {
  const enterprises = (tables.enterprises ?? []).map((row) => {
    const commodity = (row as Partial<EnterpriseRecord>).commodity;
    return {
      ...row,
      ...enterpriseDerived(row as unknown as Enterprise, commodity),
      live: live(row),
    };
  });
  const perSentra = new Map<unknown, number>();
  for (const e of enterprises) {
    const sentraId = (e as Partial<Enterprise>).sentraId;
    if (e.live === 1 && sentraId !== undefined)
      perSentra.set(sentraId, (perSentra.get(sentraId) ?? 0) + 1);
  }
  const sentras = (tables.sentras ?? []).map((row) => ({
    ...row,
    ...sentraDerived(row as unknown as Sentra, perSentra.get(row.id) ?? 0),
    live: live(row),
  }));
  return { enterprises, sentras };
}
