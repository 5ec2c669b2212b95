import { useMemo } from 'react';
import {
  receiptsByKabKota,
  type KabKotaReceipts,
} from '@shared/domain/round-overview/received-by-kab-kota';
import type { KabKota } from '@shared/domain/round-overview/round-overview';
import { receivedBundles, useLive, useRepositories } from '../../db';

/** Per kab/kota of the list, the bundles merged here for the round's year (live). */
export function useReceivedBundles(
  year: number | undefined,
  kabKota: readonly KabKota[],
): KabKotaReceipts[] | undefined {
  const repos = useRepositories();
  const state = useLive(() => receivedBundles(repos.ctx), [repos]);
  return useMemo(
    () =>
      state.status === 'ready' && year !== undefined
        ? receiptsByKabKota(state.value, year, kabKota)
        : undefined,
    [state, year, kabKota],
  );
}
