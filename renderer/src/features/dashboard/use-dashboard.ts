import { useEffect, useRef, useState } from 'react';
import { localIsoDate } from '../letter/letter-records';
import { useRepositories } from '../../db';
import { takePrefetchedDashboard } from './dashboard-prefetch';
import { loadBeranda, type DashboardState } from './data/load-beranda';
import { errorText } from '../../ui/error-text';

export type { DashboardState } from './data/load-beranda';

/**
 * Beranda's state for the chosen round (the newest when none is chosen), loaded once per round
 * choice by `loadBeranda`, each stage shown as soon as it is there. Aggregation happens there, off
 * the render path: at 100,000 IKM the round's figures come from the round's own rows and the
 * breakdown from the register's kept counts, never from a pass per render.
 */
export function useDashboard(roundId: string | undefined, reloadKey = 0): DashboardState {
  const repos = useRepositories();
  // Opened at start-up on Beranda: the data read during start-up (dashboard-prefetch.ts), once.
  const prefetched = useRef(
    roundId === undefined && reloadKey === 0 ? takePrefetchedDashboard() : undefined,
  );
  const [state, setState] = useState<DashboardState>(
    () => prefetched.current ?? { status: 'loading' },
  );
  useEffect(() => {
    if (prefetched.current) {
      prefetched.current = undefined;
      return;
    }
    let cancelled = false;
    setState({ status: 'loading' });
    loadBeranda(repos, roundId, localIsoDate(new Date()), (next) => {
      if (!cancelled) setState(next);
    }).catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', message: errorText(error) });
    });
    return () => {
      cancelled = true;
    };
  }, [repos, roundId, reloadKey]);
  return state;
}
