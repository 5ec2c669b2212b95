import type { Nomination } from '@shared/domain/nomination/nomination';
import type { NominationInput, AppRepositories } from '../../../../db';

/** Same product name, ignoring case and surrounding/duplicate spaces. */
const sameName = (a: string, b: string): boolean =>
  a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Saves an edited or transitioned nomination; refused (StaleWriteError) if it changed meanwhile.
 * A nomination newly saved as 'dianugerahi' with stars also gets its award record (year and star
 * scale of the round, the product's name) in the same transaction, unless the IKM already has a
 * live award for that year and product; if the award is refused, the status change is too.
 */
export function saveNomination(
  repos: AppRepositories,
  before: Nomination,
  next: Nomination,
): Promise<Nomination> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = next;
  const awarding =
    next.status === 'dianugerahi' && before.status !== 'dianugerahi' && next.stars !== undefined;
  if (!awarding)
    return repos.nominations.update(before.id, input satisfies NominationInput, before.updatedAt);
  return repos.atomically(async () => {
    const saved = await repos.nominations.update(
      before.id,
      input satisfies NominationInput,
      before.updatedAt,
    );
    await recordAward(repos, saved);
    return saved;
  });
}

/** Adds the award of an awarded nomination unless the IKM already has it (same year and product). */
async function recordAward(repos: AppRepositories, n: Nomination): Promise<void> {
  const [round, product] = await Promise.all([
    repos.rounds.get(n.roundId),
    repos.enterprises.products.get(n.productId),
  ]);
  if (!round || !product || n.stars === undefined) return;
  const existing = await repos.enterprises.awards.list(n.enterpriseId);
  if (
    existing.some(
      (a) =>
        a.deletedAt === undefined && a.year === round.year && sameName(a.productName, product.name),
    )
  )
    return;
  await repos.enterprises.awards.create({
    enterpriseId: n.enterpriseId,
    productName: product.name,
    year: round.year,
    stars: n.stars,
    scale: round.starScale,
  });
}
