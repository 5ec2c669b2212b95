import type { AwardId, EnterpriseId, ProductId, RoundId } from '@shared/domain/common/ids';
import { asNominationId } from '@shared/domain/common/ids';
import { nominationOwnershipProblem } from '@shared/domain/identity/ownership';
import {
  newNomination,
  type Nomination,
  type NominationKind,
} from '@shared/domain/nomination/nomination';
import type { NominationInput, AppRepositories } from '../../../../db';
import { errorText } from '../../../../ui/error-text';

export interface NominationChoice {
  enterpriseId: EnterpriseId;
  productId: ProductId;
  kind: NominationKind;
  awardId?: AwardId;
}

export interface NominateResult {
  created: Nomination[];
  /** Indonesian lines for choices refused (already nominated, invalid). */
  problems: string[];
}

/** Creates one draft per choice; a product already nominated in the round is skipped with a reason. */
export async function nominate(
  repos: AppRepositories,
  roundId: RoundId,
  choices: readonly NominationChoice[],
  names: ReadonlyMap<string, string>,
): Promise<NominateResult> {
  const by = await repos.settings.userName();
  const existing = await repos.nominations.listByRound(roundId);
  const at = repos.ctx.now().toISOString();
  const office = (await repos.office.get()).profile;
  const created: Nomination[] = [];
  const problems: string[] = [];
  for (const choice of choices) {
    const name = names.get(choice.enterpriseId) ?? 'IKM';
    if (existing.some((n) => n.productId === choice.productId && n.status !== 'ditarik')) {
      problems.push(`${name}: produk ini sudah diusulkan pada periode ini`);
      continue;
    }
    const enterprise = await repos.enterprises.get(choice.enterpriseId);
    const notOurs = enterprise ? nominationOwnershipProblem(office, enterprise) : null;
    if (notOurs) {
      problems.push(notOurs);
      continue;
    }
    const draft = newNomination(
      {
        id: asNominationId('baru'),
        roundId,
        enterpriseId: choice.enterpriseId,
        productId: choice.productId,
        kind: choice.kind,
        ...(choice.awardId ? { awardId: choice.awardId } : {}),
      },
      { at, by },
    );
    const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = draft;
    try {
      created.push(await repos.nominations.create(input satisfies NominationInput));
    } catch (e) {
      problems.push(`${name}: ${errorText(e)}`);
    }
  }
  return { created, problems };
}
