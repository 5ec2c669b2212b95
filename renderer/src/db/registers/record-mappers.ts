import type { Commodity } from '@shared/domain/common/commodity';
import { kabKotaOf } from '@shared/domain/common/region';
import { sizeClass, type Enterprise } from '@shared/domain/enterprise/enterprise';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import {
  RECORD_SCHEMA_VERSION,
  type EnterpriseRecord,
  type SentraRecord,
  type StoredMeta,
} from './records';
import { nameKeyOf, wordsOf } from '../search/search-keys';

/** Derived keys of a sentra record (the repository and the seeder use the same function). */
export function sentraDerived(
  sentra: Sentra,
  enterpriseCount: number,
): Omit<SentraRecord, keyof Sentra | keyof StoredMeta> {
  return {
    nameKey: nameKeyOf(sentra.name),
    words: wordsOf(sentra.name),
    kabKotaCode: kabKotaOf(sentra.regionCode) ?? '',
    enterpriseCount,
  };
}

export function enterpriseDerived(
  enterprise: Enterprise,
  commodity: Commodity | undefined,
): Omit<EnterpriseRecord, keyof Enterprise | keyof StoredMeta> {
  return {
    nameKey: nameKeyOf(enterprise.name),
    words: wordsOf(enterprise.name, enterprise.ownerName),
    kabKotaCode: kabKotaOf(enterprise.regionCode) ?? '',
    sizeClass: sizeClass(enterprise.workerCount, enterprise.investmentRupiah),
    ...(commodity ? { commodity } : {}),
  };
}

/** Meta of a freshly written record (revision 1). */
export function freshMeta(deletedAt: string | undefined): StoredMeta {
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    revision: 1,
    live: deletedAt === undefined ? 1 : 0,
  };
}
