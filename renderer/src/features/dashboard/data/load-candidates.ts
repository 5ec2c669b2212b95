import type { DashboardCandidate } from '@shared/dashboard';
import type { Credential } from '@shared/domain/credential/credential.schema';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import { checkReadiness, readinessLight, type ReadinessInput } from '@shared/domain/readiness/readiness';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import type { DashboardRepositories } from './dashboard-repositories';

export interface LoadedCandidates {
  candidates: DashboardCandidate[];
  enterprises: Enterprise[];
  sentras: Sentra[];
  credentials: Credential[];
}

/**
 * Each nomination of the round with its IKM, product and readiness light. A round has 10–50
 * nominations per province, so each is read by id (a handful of indexed reads each), once per load —
 * never per row while rendering.
 */
export async function loadCandidates(repos: DashboardRepositories, round: Round, nominations: readonly Nomination[]): Promise<LoadedCandidates> {
  const loaded = await Promise.all(
    nominations.map(async (nomination) => {
      const [enterprise, product, credentials] = await Promise.all([
        repos.enterprises.get(nomination.enterpriseId),
        repos.enterprises.products.get(nomination.productId),
        repos.enterprises.credentials.list(nomination.enterpriseId),
      ]);
      const live = enterprise && product && enterprise.deletedAt === undefined && product.deletedAt === undefined;
      if (!live) return { candidate: { nomination, ...(enterprise ? { enterprise } : {}) } as DashboardCandidate, enterprise, credentials: [] };
      const sentra = enterprise.sentraId !== undefined ? await repos.sentras.get(enterprise.sentraId) : undefined;
      const decree = sentra?.decreeId !== undefined ? await repos.sentras.decrees.get(sentra.decreeId) : undefined;
      const [ofEnterprise, ofProduct] = await Promise.all([
        repos.attachments.listByOwner({ type: 'enterprise', id: enterprise.id }),
        repos.attachments.listByOwner({ type: 'product', id: product.id }),
      ]);
      const input: ReadinessInput = { nomination, enterprise, product, credentials, attachments: [...ofEnterprise, ...ofProduct], round };
      if (sentra) input.sentra = sentra;
      if (decree) input.decree = decree;
      const candidate: DashboardCandidate = { nomination, enterprise, product, light: readinessLight(checkReadiness(input)) };
      return { candidate, enterprise, sentra, credentials };
    }),
  );
  const enterprises = new Map<string, Enterprise>();
  const sentras = new Map<string, Sentra>();
  const credentials = new Map<string, Credential>();
  for (const l of loaded) {
    if (l.enterprise) enterprises.set(l.enterprise.id, l.enterprise);
    if ('sentra' in l && l.sentra) sentras.set(l.sentra.id, l.sentra);
    for (const c of l.credentials) credentials.set(c.id, c);
  }
  return { candidates: loaded.map((l) => l.candidate), enterprises: [...enterprises.values()], sentras: [...sentras.values()], credentials: [...credentials.values()] };
}
