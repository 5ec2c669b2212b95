import type { AttachmentMeta, AttachmentOwner } from '@shared/domain/attachment/attachment.schema';
import type { Nomination } from '@shared/domain/nomination/nomination.schema';
import type { ReadinessRepositories, ReadinessSource } from './load-readiness';

const ownerKey = (owner: AttachmentOwner): string => `${owner.type}\u0000${owner.id}`;

/** `map`'s value for `id`, or the repository's own read for an id not read beforehand. */
function fromMap<E>(map: ReadonlyMap<string, E>, read: (id: string) => Promise<E | undefined>) {
  return (id: string): Promise<E | undefined> =>
    map.has(id) ? Promise.resolve(map.get(id)) : read(id);
}

/**
 * The reads a readiness check of these nominations makes (`loadReadinessInput`), answered from rows
 * read beforehand a table at a time: their IKM and products, the IKM's sentra and those sentra's
 * SK, and the attachments of every IKM and product, instead of eight reads per nomination. The
 * answers are the repositories' own (the same records, attachments in the same order); legalitas
 * and awards are still read per IKM.
 */
export async function prefetchedReadiness(
  repos: ReadinessRepositories,
  nominations: readonly Nomination[],
): Promise<ReadinessSource> {
  const owners: AttachmentOwner[] = nominations.flatMap((n) => [
    { type: 'enterprise', id: n.enterpriseId },
    { type: 'product', id: n.productId },
  ]);
  const [enterprises, products, attachments] = await Promise.all([
    repos.enterprises.getMany(nominations.map((n) => n.enterpriseId)),
    repos.enterprises.products.getMany(nominations.map((n) => n.productId)),
    repos.attachments.listByOwners(owners),
  ]);
  const sentras = await repos.sentras.getMany(
    [...enterprises.values()].flatMap((e) => (e.sentraId === undefined ? [] : [e.sentraId])),
  );
  const decrees = await repos.sentras.decrees.getMany(
    [...sentras.values()].flatMap((s) => (s.decreeId === undefined ? [] : [s.decreeId])),
  );
  const byOwner = new Map<string, AttachmentMeta[]>(owners.map((o) => [ownerKey(o), []]));
  for (const a of attachments) byOwner.get(ownerKey(a.owner))?.push(a);
  return {
    enterprises: {
      get: fromMap(enterprises, (id) => repos.enterprises.get(id)),
      products: { get: fromMap(products, (id) => repos.enterprises.products.get(id)) },
      credentials: { list: (id) => repos.enterprises.credentials.list(id) },
      awards: { list: (id) => repos.enterprises.awards.list(id) },
    },
    sentras: {
      get: fromMap(sentras, (id) => repos.sentras.get(id)),
      decrees: { get: fromMap(decrees, (id) => repos.sentras.decrees.get(id)) },
    },
    attachments: {
      listByOwner: (owner) => {
        const known = byOwner.get(ownerKey(owner));
        return known ? Promise.resolve([...known]) : repos.attachments.listByOwner(owner);
      },
    },
  };
}
