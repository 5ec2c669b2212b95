import type { DashboardCandidate } from '@shared/dashboard';
import type { Credential } from '@shared/domain/credential/credential.schema';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import { readinessLight } from '@shared/domain/readiness/readiness';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import type { AppRepositories } from '../../../db';
import {
  loadCandidate,
  type LoadedCandidate,
  type ReadinessRepositories,
  type ReadinessSource,
} from '../../round/nomination/data/load-readiness';
import { prefetchedReadiness } from '../../round/nomination/data/prefetched-readiness';

export interface LoadedCandidates {
  candidates: DashboardCandidate[];
  enterprises: Enterprise[];
  sentras: Sentra[];
  credentials: Credential[];
}

/**
 * Each nomination of the round with its IKM, product and readiness light, loaded exactly as the
 * Usulan screens load it (`loadCandidate`), so a light counted here is the light the round page
 * filters on. A round has 10–50 nominations per province (150 when a province consolidates): their
 * rows are read a table at a time (`prefetchedReadiness`), all in ONE read transaction (eight reads
 * per nomination, each in a transaction of its own, spent more time opening transactions than
 * reading).
 */
export async function loadCandidates(
  repos: ReadinessRepositories & Pick<AppRepositories, 'readTogether'>,
  round: Round,
  nominations: readonly Nomination[],
): Promise<LoadedCandidates> {
  const { loaded, credentials } = await repos.readTogether(async () => {
    const source = await prefetchedReadiness(repos, nominations);
    const candidates = await Promise.all(nominations.map((n) => loadCandidate(source, round, n)));
    return { loaded: candidates, credentials: await credentialsOf(source, candidates) };
  });
  const enterprises = new Map<string, Enterprise>();
  const sentras = new Map<string, Sentra>();
  for (const c of loaded) {
    if (c.enterprise) enterprises.set(c.enterprise.id, c.enterprise);
    if (c.sentra) sentras.set(c.sentra.id, c.sentra);
  }
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

/** The legalitas of the candidates' live IKM, each IKM once (answered from the rows read already). */
async function credentialsOf(
  source: ReadinessSource,
  loaded: readonly LoadedCandidate[],
): Promise<Credential[]> {
  const live = new Set<string>();
  for (const c of loaded)
    if (c.enterprise && c.enterprise.deletedAt === undefined) live.add(c.enterprise.id);
  const lists = await Promise.all([...live].map((id) => source.enterprises.credentials.list(id)));
  return lists.flat();
}
