import type { Enterprise } from '@shared/domain/enterprise/enterprise';
import type { Commodity } from '@shared/domain/common/commodity';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import type { SyncKind } from '@shared/sync/kinds';
import { LETTER_RECORD_VERSION, nominationIdsOf } from '../migrations/0002-letter-register';
import { RECORD_SCHEMA_VERSION } from '../registers/records';
import { enterpriseDerived, sentraDerived } from '../registers/record-mappers';

type Row = Record<string, unknown>;

/** What a stored record keeps that depends on the rows beside it, read by the caller. */
export interface Beside {
  /** An IKM's commodity: that of its first live product. */
  readonly commodity?: unknown;
  /** A sentra's live IKM. */
  readonly enterpriseCount?: number;
}

/**
 * The stored record of an entity pulled from the server, with the keys the repositories derive
 * (search keys, kab/kota, size class, commodity, counts, owner key).
 */
export function storedRecordOf(
  kind: SyncKind,
  entity: Row,
  previous: Row | undefined,
  beside: Beside = {},
): Row {
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
        ...enterpriseDerived(
          entity as unknown as Enterprise,
          beside.commodity as Commodity | undefined,
        ),
        ...meta,
      };
    case 'sentras':
      return {
        ...entity,
        ...sentraDerived(entity as unknown as Sentra, beside.enterpriseCount ?? 0),
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
