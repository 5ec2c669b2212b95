import { useEffect, useRef, useState } from 'react';
import { pickCurrentRound, type DashboardData } from '@shared/dashboard';
import type { Round } from '@shared/domain/round/round.schema';
import { localIsoDate } from '../letter/letter-records';
import { appRepositories } from '../../db/app-repositories';
import { takePrefetchedDashboard } from './dashboard-prefetch';
import { loadDashboard, loadRegisterBreakdown, loadRegisterState, withBreakdown, type RegisterState } from './data/load-dashboard';

export type DashboardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      register: RegisterState;
      round?: Round;
      /** The round's figures; its per kab/kota and per commodity register bars are empty until `full`. */
      data?: DashboardData;
      /** `data` with the register breakdown counted (charts and the recap report use this). */
      full?: DashboardData;
      /** The breakdown could not be counted (the round's figures are still shown). */
      breakdownError?: string;
    };

/**
 * Loads the register totals, then the figures of the chosen round (the newest when none is chosen),
 * then the register breakdown per kab/kota and commodity — in that order, each shown as soon as it is
 * there, once per round choice. Aggregation happens here, off the render path: at 100,000 IKM the
 * round's figures come from the round's own rows and a few counts; the breakdown's index counts (the
 * slow part) never hold the figures back.
 */
export function useDashboard(roundId: string | undefined, reloadKey = 0): DashboardState {
  // Opened at start-up on Beranda: the data read during start-up (dashboard-prefetch.ts), once.
  const prefetched = useRef(roundId === undefined && reloadKey === 0 ? takePrefetchedDashboard() : undefined);
  const [state, setState] = useState<DashboardState>(() => prefetched.current ?? { status: 'loading' });
  useEffect(() => {
    if (prefetched.current) {
      prefetched.current = undefined;
      return;
    }
    let cancelled = false;
    setState({ status: 'loading' });
    (async () => {
      const repos = appRepositories();
      const register = await loadRegisterState(repos);
      const round = register.rounds.find((r) => r.id === roundId) ?? pickCurrentRound(register.rounds);
      if (!round) {
        if (!cancelled) setState({ status: 'ready', register });
        return;
      }
      const { data, kabKota } = await loadDashboard(repos, register, round, localIsoDate(new Date()));
      if (cancelled) return;
      const ready = { status: 'ready', register, round, data } as const;
      setState(ready);
      try {
        const breakdown = await loadRegisterBreakdown(repos, register, kabKota);
        if (!cancelled) setState({ ...ready, full: withBreakdown(data, breakdown) });
      } catch (error) {
        if (!cancelled) setState({ ...ready, breakdownError: error instanceof Error ? error.message : String(error) });
      }
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
    };
  }, [roundId, reloadKey]);
  return state;
}
