import { emptyBundleData, type BundleData, type BundleRow } from './bundle-data';

const str = (row: BundleRow, key: string): string | undefined =>
  typeof row[key] === 'string' ? (row[key] as string) : undefined;

/**
 * A bundle limited to some rounds: their nominations and letters, the IKM, products, credentials
 * and awards those nominations name, the IKM's sentra and SK, and the attachments of all of them.
 */
export function selectRounds(all: BundleData, roundIds: readonly string[]): BundleData {
  const rounds = new Set(roundIds);
  const out = emptyBundleData();
  out.rounds = all.rounds.filter((r) => rounds.has(r.id));
  out.nominations = all.nominations.filter((n) => rounds.has(str(n, 'roundId') ?? ''));
  out.letters = all.letters.filter((l) => rounds.has(str(l, 'roundId') ?? ''));
  const enterpriseIds = new Set(out.nominations.map((n) => str(n, 'enterpriseId') ?? ''));
  out.enterprises = all.enterprises.filter((e) => enterpriseIds.has(e.id));
  out.products = all.products.filter((p) => enterpriseIds.has(str(p, 'enterpriseId') ?? ''));
  out.credentials = all.credentials.filter((c) => enterpriseIds.has(str(c, 'enterpriseId') ?? ''));
  out.awards = all.awards.filter((a) => enterpriseIds.has(str(a, 'enterpriseId') ?? ''));
  const sentraIds = new Set(
    out.enterprises.map((e) => str(e, 'sentraId')).filter((x): x is string => x !== undefined),
  );
  out.sentras = all.sentras.filter((s) => sentraIds.has(s.id));
  const decreeIds = new Set(
    out.sentras.map((s) => str(s, 'decreeId')).filter((x): x is string => x !== undefined),
  );
  out.decrees = all.decrees.filter((d) => decreeIds.has(d.id));
  const owners = new Set<string>([
    ...out.sentras.map((r) => `sentra:${r.id}`),
    ...out.decrees.map((r) => `decree:${r.id}`),
    ...out.enterprises.map((r) => `enterprise:${r.id}`),
    ...out.products.map((r) => `product:${r.id}`),
    ...out.credentials.map((r) => `credential:${r.id}`),
    ...out.nominations.map((r) => `nomination:${r.id}`),
    ...out.letters.map((r) => `letter:${r.id}`),
  ]);
  out.attachments = all.attachments.filter((a) => {
    const owner = a.owner as { type?: string; id?: string } | undefined;
    return owners.has(`${owner?.type ?? ''}:${owner?.id ?? ''}`);
  });
  return out;
}
