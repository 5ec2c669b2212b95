import type { AttachmentOwner } from '@shared/domain/attachment/attachment.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import { groupedBy } from '../../../../db';
import type { ReadinessRepositories, ReadinessSource } from './load-readiness';

const ownerKey = (owner: AttachmentOwner): string => `${owner.type}\u0000${owner.id}`;

/**
 * A copy of the rows read beforehand for `arg` (grouped under `keyOf(arg)`), or the repository's own
 * read for an `arg` not read.
 */
function listFrom<A, E>(
  groups: ReadonlyMap<string, E[]>,
  keyOf: (arg: A) => string,
  read: (arg: A) => Promise<E[]>,
) {
  return (arg: A): Promise<E[]> => {
    const known = groups.get(keyOf(arg));
    return known ? Promise.resolve([...known]) : read(arg);
  };
}

const asIs = (id: string): string => id;

/** `map`'s value for `id`, or the repository's own read for an id not read beforehand. */
function fromMap<E>(map: ReadonlyMap<string, E>, read: (id: string) => Promise<E | undefined>) {
  return (id: string): Promise<E | undefined> =>
    map.has(id) ? Promise.resolve(map.get(id)) : read(id);
}

/**
 * The reads a readiness check of these nominations makes (`loadReadinessInput`), answered from rows
 * read beforehand a table at a time: their IKM and products, the IKM's legalitas and awards, the
 * IKM's sentra and those sentra's SK, and the attachments of every IKM and product, instead of
 * eight reads per nomination. The answers are the repositories' own (the same records, lists in
 * the same order).
 */
export async function prefetchedReadiness(
  repos: ReadinessRepositories,
  nominations: readonly Nomination[],
): Promise<ReadinessSource> {
  const owners: AttachmentOwner[] = nominations.flatMap((n) => [
    { type: 'enterprise', id: n.enterpriseId },
    { type: 'product', id: n.productId },
  ]);
  const enterpriseIds = [...new Set(nominations.map((n) => n.enterpriseId))];
  const [enterprises, products, attachments, credentials, awards] = await Promise.all([
    repos.enterprises.getMany(enterpriseIds),
    repos.enterprises.products.getMany(nominations.map((n) => n.productId)),
    repos.attachments.listByOwners(owners),
    repos.enterprises.credentials.listByEnterprises(enterpriseIds),
    repos.enterprises.awards.listByEnterprises(enterpriseIds),
  ]);
  const sentras = await repos.sentras.getMany(
    [...enterprises.values()].flatMap((e) => (e.sentraId === undefined ? [] : [e.sentraId])),
  );
  const decrees = await repos.sentras.decrees.getMany(
    [...sentras.values()].flatMap((s) => (s.decreeId === undefined ? [] : [s.decreeId])),
  );
  const byOwner = groupedBy(owners.map(ownerKey), attachments, (a) => ownerKey(a.owner));
  const enterpriseOf = (row: { enterpriseId: string }) => row.enterpriseId;
  return {
    enterprises: {
      get: fromMap(enterprises, (id) => repos.enterprises.get(id)),
      products: { get: fromMap(products, (id) => repos.enterprises.products.get(id)) },
      credentials: {
        list: listFrom(groupedBy(enterpriseIds, credentials, enterpriseOf), asIs, (id) =>
          repos.enterprises.credentials.list(id),
        ),
      },
      awards: {
        list: listFrom(groupedBy(enterpriseIds, awards, enterpriseOf), asIs, (id) =>
          repos.enterprises.awards.list(id),
        ),
      },
    },
    sentras: {
      get: fromMap(sentras, (id) => repos.sentras.get(id)),
      decrees: { get: fromMap(decrees, (id) => repos.sentras.decrees.get(id)) },
    },
    attachments: {
      listByOwner: listFrom(byOwner, ownerKey, (owner) => repos.attachments.listByOwner(owner)),
    },
  };
}
