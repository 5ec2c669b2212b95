import { useEffect, useState } from 'react';
import { pickCurrentRound, type DashboardData } from '@shared/dashboard';
import type { Round } from '@shared/domain/round/round.schema';
import { localIsoDate } from '../letter/letter-records';
import { appRepositories } from '../../db/app-repositories';
import { loadDashboard, loadRegisterState, type RegisterState } from './data/load-dashboard';

export type DashboardState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; register: RegisterState; round?: Round; data?: DashboardData };

/**
 * Loads the register totals, then every figure of the chosen round (the newest when none is chosen),
 * once per round choice. Aggregation happens here, off the render path: rendering only reads the
 * result, so a register of 100,000 IKM costs a few index counts, not a pass per render.
 */
export function useDashboard(roundId: string | undefined, reloadKey = 0): DashboardState {
  const [state, setState] = useState<DashboardState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    (async () => {
      const repos = appRepositories();
      const register = await loadRegisterState(repos);
      const round = register.rounds.find((r) => r.id === roundId) ?? pickCurrentRound(register.rounds);
      const data = round ? await loadDashboard(repos, register, round, localIsoDate(new Date())) : undefined;
      if (!cancelled) setState({ status: 'ready', register, ...(round ? { round } : {}), ...(data ? { data } : {}) });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return () => {
      cancelled = true;
    };
  }, [roundId, reloadKey]);
  return state;
}
