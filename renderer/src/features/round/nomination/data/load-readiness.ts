import {
  checkReadiness,
  type Finding,
  type ReadinessInput,
} from '@shared/domain/readiness/readiness';
import type { Enterprise } from '@shared/domain/enterprise/enterprise.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import type { Product } from '@shared/domain/product/product.schema';
import type { Round } from '@shared/domain/round/round.schema';
import type { Sentra } from '@shared/domain/sentra/sentra.schema';
import type { AppRepositories } from '../../../../db';

/** The repositories a readiness check reads (Beranda passes the same app repositories). */
export type ReadinessRepositories = Pick<
  AppRepositories,
  'enterprises' | 'sentras' | 'attachments' | 'nominations'
>;

type Repos = AppRepositories;

/**
 * The reads of one candidate's readiness input: the repositories themselves, or the same answers
 * from rows read in bulk beforehand (`prefetchedReadiness`).
 */
export interface ReadinessSource {
  enterprises: Pick<Repos['enterprises'], 'get'> & {
    products: Pick<Repos['enterprises']['products'], 'get'>;
    credentials: Pick<Repos['enterprises']['credentials'], 'list'>;
    awards: Pick<Repos['enterprises']['awards'], 'list'>;
  };
  sentras: Pick<Repos['sentras'], 'get'> & { decrees: Pick<Repos['sentras']['decrees'], 'get'> };
  attachments: Pick<Repos['attachments'], 'listByOwner'>;
}

/** A nomination with everything its readiness check and its screens need. */
export interface LoadedCandidate {
  nomination: Nomination;
  enterprise?: Enterprise;
  product?: Product;
  sentra?: Sentra;
  /** Undefined when the IKM or product is missing (then the nomination is shown as not ready). */
  findings?: Finding[];
}

const MISSING_RECORD: Finding = {
  code: 'record-missing',
  severity: 'blocking',
  message: 'IKM atau produk usulan ini tidak ditemukan di register (mungkin sudah dihapus)',
  target: { entity: 'nomination' },
};

/** Loads the register rows of one candidate through the repositories (so live queries track them). */
export async function loadReadinessInput(
  repos: ReadinessSource,
  round: Round,
  enterpriseId: string,
  productId: string,
  nomination?: Nomination,
): Promise<ReadinessInput | undefined> {
  const [enterprise, product, credentials, awards] = await Promise.all([
    repos.enterprises.get(enterpriseId),
    repos.enterprises.products.get(productId),
    repos.enterprises.credentials.list(enterpriseId),
    repos.enterprises.awards.list(enterpriseId),
  ]);
  if (
    !enterprise ||
    !product ||
    enterprise.deletedAt !== undefined ||
    product.deletedAt !== undefined
  )
    return undefined;
  const sentra =
    enterprise.sentraId !== undefined ? await repos.sentras.get(enterprise.sentraId) : undefined;
  const decree =
    sentra?.decreeId !== undefined ? await repos.sentras.decrees.get(sentra.decreeId) : undefined;
  const [ofEnterprise, ofProduct] = await Promise.all([
    repos.attachments.listByOwner({ type: 'enterprise', id: enterpriseId }),
    repos.attachments.listByOwner({ type: 'product', id: productId }),
  ]);
  const input: ReadinessInput = {
    enterprise,
    product,
    credentials,
    attachments: [...ofEnterprise, ...ofProduct],
    round,
    awards,
  };
  if (nomination) input.nomination = nomination;
  if (sentra) input.sentra = sentra;
  if (decree) input.decree = decree;
  return input;
}

export async function loadCandidate(
  repos: ReadinessSource,
  round: Round,
  nomination: Nomination,
): Promise<LoadedCandidate> {
  const input = await loadReadinessInput(
    repos,
    round,
    nomination.enterpriseId,
    nomination.productId,
    nomination,
  );
  if (!input) {
    const [enterprise, product] = await Promise.all([
      repos.enterprises.get(nomination.enterpriseId),
      repos.enterprises.products.get(nomination.productId),
    ]);
    const c: LoadedCandidate = { nomination, findings: [MISSING_RECORD] };
    if (enterprise) c.enterprise = enterprise;
    if (product) c.product = product;
    return c;
  }
  const c: LoadedCandidate = {
    nomination,
    enterprise: input.enterprise,
    product: input.product,
    findings: checkReadiness(input),
  };
  if (input.sentra) c.sentra = input.sentra;
  return c;
}

/** Every live nomination of a round with its findings (10–50 per province: loaded one by one). */
export async function loadRoundCandidates(
  repos: ReadinessRepositories,
  round: Round,
): Promise<LoadedCandidate[]> {
  const nominations = await repos.nominations.listByRound(round.id);
  return Promise.all(nominations.map((n) => loadCandidate(repos, round, n)));
}
