import type { Commodity } from '@shared/domain/common/commodity';
import {
  groupedBy,
  type AppRepositories,
  type EnterpriseRow,
  type EnterpriseSortField,
} from '../../db';
import { legalitySummary, localIsoDate } from './enterprise-editor';

/** What the IKM grid asks for: the list state of use-server-list, flattened. */
export interface EnterpriseGridQuery {
  readonly search: string;
  readonly kabKotaCode?: string;
  readonly commodity?: Commodity;
  readonly page: number;
  readonly pageSize: number;
  /** Grid field sorted on (name, nib, kabKota, commodity, sizeClass). */
  readonly sortField: string;
  readonly sortDirection: 'asc' | 'desc';
}

export type EnterpriseGridRow = EnterpriseRow & {
  readonly sentraName?: string;
  readonly legality: ReturnType<typeof legalitySummary>;
};

export interface EnterpriseGridPage {
  readonly rows: readonly EnterpriseGridRow[];
  readonly total: number;
}

/** The grid as it opens: no search or filter, first page of 25, name A–Z (use-server-list defaults). */
export const FIRST_GRID_QUERY: EnterpriseGridQuery = {
  search: '',
  page: 0,
  pageSize: 25,
  sortField: 'name',
  sortDirection: 'asc',
};

const SORTABLE: Record<string, EnterpriseSortField> = {
  name: 'name',
  nib: 'nib',
  kabKota: 'kabKotaCode',
  commodity: 'commodity',
  sizeClass: 'sizeClass',
};

/**
 * One page of the IKM grid with each row's sentra name and legality summary (read through the
 * repositories): the page's legalitas and its sentras are two reads, not one read per row.
 */
export async function loadEnterpriseGridPage(
  { enterprises, sentras }: Pick<AppRepositories, 'enterprises' | 'sentras'>,
  query: EnterpriseGridQuery,
): Promise<EnterpriseGridPage> {
  const page = await enterprises.page({
    filter: {
      text: query.search,
      ...(query.kabKotaCode ? { kabKotaCode: query.kabKotaCode } : {}),
      ...(query.commodity ? { commodity: query.commodity } : {}),
    },
    sort: { field: SORTABLE[query.sortField] ?? 'name', direction: query.sortDirection },
    offset: query.page * query.pageSize,
    limit: query.pageSize,
  });
  const sentraIds = page.rows.flatMap((row) => (row.sentraId !== undefined ? [row.sentraId] : []));
  const ids = page.rows.map((row) => row.id);
  const [credentials, sentraById] = await Promise.all([
    enterprises.credentials.listByEnterprises(ids),
    sentras.getMany(sentraIds),
  ]);
  // listByEnterprises keeps each IKM's legalitas in `list`'s order.
  const credentialsOf = groupedBy(ids, credentials, (credential) => credential.enterpriseId);
  const today = localIsoDate(new Date());
  const rows = page.rows.map((row): EnterpriseGridRow => {
    const sentraName = row.sentraId !== undefined ? sentraById.get(row.sentraId)?.name : undefined;
    return {
      ...row,
      legality: legalitySummary(credentialsOf.get(row.id) ?? [], today),
      ...(sentraName !== undefined ? { sentraName } : {}),
    };
  });
  return { rows, total: page.total };
}

const sameQuery = (a: EnterpriseGridQuery, b: EnterpriseGridQuery): boolean =>
  a.search === b.search &&
  a.kabKotaCode === b.kabKotaCode &&
  a.commodity === b.commodity &&
  a.page === b.page &&
  a.pageSize === b.pageSize &&
  a.sortField === b.sortField &&
  a.sortDirection === b.sortDirection;

interface Prefetch {
  readonly promise: Promise<EnterpriseGridPage | undefined>;
  settled: boolean;
  value?: EnterpriseGridPage;
}
let prefetch: Prefetch | undefined;

/**
 * Start-up (start-up.ts): reads the grid's first page while the list page's code still loads, so the
 * grid's first render already has rows. Never rejects (a failure leaves the grid to its live query).
 */
export function prefetchFirstGridPage(
  repos: AppRepositories,
): Promise<EnterpriseGridPage | undefined> {
  if (prefetch) return prefetch.promise;
  const entry: Prefetch = {
    settled: false,
    promise: loadEnterpriseGridPage(repos, FIRST_GRID_QUERY).then(
      (value) => {
        entry.value = value;
        entry.settled = true;
        return value;
      },
      () => {
        entry.settled = true;
        return undefined;
      },
    ),
  };
  prefetch = entry;
  return entry.promise;
}

/**
 * The prefetched first page when `query` is the grid's opening query and the read has finished
 * (start-up makes RecoveryGate wait for it). Only the first list page shown after start-up uses it;
 * it calls `forgetFirstGridPage` once mounted, and its live query takes over.
 */
export function prefetchedGridPage(query: EnterpriseGridQuery): EnterpriseGridPage | undefined {
  return prefetch?.settled === true && sameQuery(query, FIRST_GRID_QUERY)
    ? prefetch.value
    : undefined;
}

/** Drops the prefetched page, so a later visit to the list never starts from an old read. */
export function forgetFirstGridPage(): void {
  prefetch = undefined;
}
