import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import type { SyncKind } from '@shared/sync/kinds';
import type { OvopDatabase } from '../database';
import { LETTER_RECORD_VERSION, nominationIdsOf } from '../migrations/0002-letter-register';
import { RECORD_SCHEMA_VERSION } from '../registers/records';
import { enterpriseDerived, sentraDerived } from '../registers/record-mappers';

type Row = Record<string, unknown>;

/** Commodity of an IKM's first live product, as the repository derives it. */
export async function commodityOf(db: OvopDatabase, enterpriseId: string) {
  const products = await db.products.where('enterpriseId').equals(enterpriseId).sortBy('createdAt');
  return products.find((p) => p.deletedAt === undefined)?.commodity;
}

/** Live IKM pointing at a sentra (the count kept on the sentra record). */
export function liveEnterprisesOf(db: OvopDatabase, sentraId: string): Promise<number> {
  return db.enterprises
    .where('sentraId')
    .equals(sentraId)
    .filter((e) => e.live === 1)
    .count();
}

/**
 * The stored record of an entity pulled from the server, with the keys the repositories derive
 * (search keys, kab/kota, size class, commodity, counts, owner key), read inside the caller's
 * transaction so they agree with the rows beside it.
 */
export async function storedRecordOf(
  db: OvopDatabase,
  kind: SyncKind,
  entity: Row,
  previous: Row | undefined,
): Promise<Row> {
  const id = String(entity.id);
  if (kind === 'letters')
    return {
      ...entity,
      schemaVersion: LETTER_RECORD_VERSION,
      nominationIds: nominationIdsOf(entity),
    };
  const meta = {
    schemaVersion: RECORD_SCHEMA_VERSION,
    revision: (typeof previous?.revision === 'number' ? previous.revision : 0) + 1,
    live: entity.deletedAt === undefined ? 1 : 0,
  };
  switch (kind) {
    case 'enterprises':
      return {
        ...entity,
        ...enterpriseDerived(entity as unknown as Enterprise, await commodityOf(db, id)),
        ...meta,
      };
    case 'sentras':
      return {
        ...entity,
        ...sentraDerived(entity as unknown as Sentra, await liveEnterprisesOf(db, id)),
        ...meta,
      };
    case 'attachments': {
      const owner = entity.owner as { type: string; id: string };
      return { ...entity, ownerKey: `${owner.type}:${owner.id}`, ...meta };
    }
    default:
      return { ...entity, ...meta };
  }
}
