import type { DashboardCandidate } from '@shared/dashboard';
import type { Credential } from '@shared/domain/credential/credential.schema';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import { readinessLight } from '@shared/domain/readiness/readiness';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import {
  loadCandidate,
  type ReadinessRepositories,
} from '../../round/nomination/data/load-readiness';

export interface LoadedCandidates {
  candidates: DashboardCandidate[];
  enterprises: Enterprise[];
  sentras: Sentra[];
  credentials: Credential[];
}

/**
 * Each nomination of the round with its IKM, product and readiness light, loaded exactly as the
 * Usulan screens load it (`loadCandidate`), so a light counted here is the light the round page
 * filters on. A round has 10–50 nominations per province: read by id, once per load.
 */
export async function loadCandidates(
  repos: ReadinessRepositories,
  round: Round,
  nominations: readonly Nomination[],
): Promise<LoadedCandidates> {
  const loaded = await Promise.all(nominations.map((n) => loadCandidate(repos, round, n)));
  const enterprises = new Map<string, Enterprise>();
  const sentras = new Map<string, Sentra>();
  for (const c of loaded) {
    if (c.enterprise) enterprises.set(c.enterprise.id, c.enterprise);
    if (c.sentra) sentras.set(c.sentra.id, c.sentra);
  }
  const live = [...enterprises.values()].filter((e) => e.deletedAt === undefined);
  const credentials = (
    await Promise.all(live.map((e) => repos.enterprises.credentials.list(e.id)))
  ).flat();
  const candidates = loaded.map((c): DashboardCandidate => ({
    nomination: c.nomination,
    ...(c.enterprise ? { enterprise: c.enterprise } : {}),
    ...(c.product ? { product: c.product } : {}),
    ...(c.findings ? { light: readinessLight(c.findings) } : {}),
  }));
  return {
    candidates,
    enterprises: [...enterprises.values()],
    sentras: [...sentras.values()],
    credentials,
  };
}
