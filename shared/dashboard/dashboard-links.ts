import type { Commodity } from '../domain/common/commodity';
import type { NominationStatus } from '../domain/nomination/nomination.schema';
import type { ReadinessLight } from '../domain/readiness/finding';

/**
 * Where each figure of Beranda leads: the filtered list behind it, as a hash-router path with
 * query parameters. The target pages read these parameters (names listed in the dashboard README).
 */

function withQuery(path: string, params: Readonly<Record<string, string | undefined>>): string {
  const pairs = Object.entries(params).filter(
    (p): p is [string, string] => p[1] !== undefined && p[1] !== '',
  );
  if (pairs.length === 0) return path;
  return `${path}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

export interface NominationListFilter {
  status?: NominationStatus;
  kesiapan?: ReadinessLight;
  kabKota?: string;
  komoditas?: Commodity;
  /** 'berakhir': candidates with a credential that ends before the round closes. */
  legalitas?: 'berakhir';
}

/** `/usulan/periode/<id>?status=draft` and friends. */
export function nominationListLink(roundId: string, filter: NominationListFilter = {}): string {
  return withQuery(`/usulan/periode/${encodeURIComponent(roundId)}`, { ...filter });
}

/** `/ikm?kabKota=63.03` or `/ikm?komoditas=kain-tenun`. */
export function enterpriseListLink(
  filter: { kabKota?: string; komoditas?: Commodity } = {},
): string {
  return withQuery('/ikm', { ...filter });
}

/** `/sentra?kabKota=63.03`. */
export function sentraListLink(filter: { kabKota?: string; komoditas?: Commodity } = {}): string {
  return withQuery('/sentra', { ...filter });
}

/** One IKM's page, on its legalitas tab. */
export function enterpriseCredentialsLink(enterpriseId: string): string {
  return withQuery(`/ikm/${encodeURIComponent(enterpriseId)}`, { tab: 'legalitas' });
}

/** Letters of a round that are final but have no scanned signed copy yet. */
export function lettersAwaitingSignedCopyLink(roundId: string): string {
  return withQuery('/surat', { periode: roundId, status: 'final' });
}

/** One letter. */
export function letterLink(letterId: string): string {
  return `/surat/${encodeURIComponent(letterId)}`;
}

export const FIRST_RUN_LINKS = {
  officeProfile: '/pengaturan?tab=profil',
  import: '/pengaturan?tab=impor',
  firstSentra: '/sentra',
  rounds: '/usulan',
} as const;
