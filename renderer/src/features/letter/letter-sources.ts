import { COMMODITY_LABELS } from '@shared/domain/common/commodity';
import { kabKotaOf } from '@shared/domain/common/region';
import {
  annexLegality,
  nomineeRows,
  type AnnexRow,
  type SourceLetterRef,
} from '@shared/domain/letter';
import { NOMINATION_STATUS_LABELS, type Nomination } from '@shared/domain/nomination/nomination';
import type { AppRepositories } from '../../db';
import { regionName } from '../../regions';
import { titleCaseRegion } from '../../ui/region-label';

/**
 * The numbered kab/kota letters that arrived from other offices for this round, by the nominations
 * they list: the province's letter cites them (nomor and tanggal). Cancelled letters do not count.
 */
async function sourceLetters(
  repos: Pick<AppRepositories, 'letters' | 'office'>,
  roundId: string,
): Promise<Map<string, SourceLetterRef>> {
  const own = (await repos.office.get()).profile.id;
  const bySource = new Map<string, SourceLetterRef>();
  const received = (await repos.letters.list()).filter(
    (l) =>
      l.officeId !== own &&
      l.roundId === roundId &&
      l.variant === 'A' &&
      l.status !== 'cancelled' &&
      l.number !== undefined &&
      l.number !== '',
  );
  for (const letter of received) {
    for (const row of nomineeRows(letter)) {
      if (!bySource.has(row.nominationId) && letter.number)
        bySource.set(row.nominationId, { number: letter.number, date: letter.date });
    }
  }
  return bySource;
}

/** A nomination of a round as it can appear in a lampiran. */
export interface AnnexCandidate {
  nomination: Nomination;
  row: AnnexRow;
  /**
   * Passed the readiness step (checked or validated, or signed in the kab/kota letter it came
   * with) without an override.
   */
  ready: boolean;
  statusLabel: string;
}

/** Statuses in which a nomination has passed the readiness check and may be listed in a letter. */
const READY_STATUSES: readonly Nomination['status'][] = ['diperiksa', 'divalidasi'];

/**
 * A kab/kota nomination that reaches the province with its kab/kota letter signed has passed the
 * kab/kota's check and is listed in that letter: the province's letter may list it too.
 */
const READY_WITH_SOURCE_LETTER: readonly Nomination['status'][] = [
  ...READY_STATUSES,
  'surat-ditandatangani',
];

function isReadyForLetter(nomination: Nomination, cited: boolean): boolean {
  const statuses = cited ? READY_WITH_SOURCE_LETTER : READY_STATUSES;
  return statuses.includes(nomination.status) && (nomination.overrideNote ?? '').trim() === '';
}

async function kabKotaName(code: string): Promise<string> {
  if (code === '') return '';
  try {
    const name = await regionName(code);
    return name ? titleCaseRegion(name) : code;
  } catch {
    return code;
  }
}

/** Every live nomination of a round (withdrawn ones left out) with its lampiran row. */
export async function loadAnnexCandidates(
  repos: Pick<
    AppRepositories,
    'enterprises' | 'sentras' | 'nominations' | 'rounds' | 'letters' | 'office'
  >,
  roundId: string,
): Promise<AnnexCandidate[]> {
  const sources = await sourceLetters(repos, roundId);
  const { enterprises, sentras } = repos;
  const nominations = (await repos.nominations.listByRound(roundId)).filter(
    (n) => n.status !== 'ditarik',
  );
  const round = await repos.rounds.get(roundId);
  const closesOn = round?.closesOn ?? '';
  const candidates: AnnexCandidate[] = [];
  for (const nomination of nominations) {
    const [enterprise, product, credentials] = await Promise.all([
      enterprises.get(nomination.enterpriseId),
      enterprises.products.get(nomination.productId),
      enterprises.credentials.list(nomination.enterpriseId),
    ]);
    if (!enterprise) continue;
    const sentra = enterprise.sentraId ? await sentras.get(enterprise.sentraId) : undefined;
    const decree = sentra?.decreeId ? await sentras.decrees.get(sentra.decreeId) : undefined;
    const row: AnnexRow = {
      nominationId: nomination.id,
      enterpriseName: enterprise.name,
      ownerName: enterprise.ownerName,
      address: enterprise.address,
      kabKota: await kabKotaName(kabKotaOf(enterprise.regionCode) ?? ''),
      sentraAndDecree: sentra ? `${sentra.name}${decree ? `, SK ${decree.number}` : ''}` : '-',
      commodity: product ? COMMODITY_LABELS[product.commodity] : '',
      product: product?.name ?? '',
      legality: annexLegality(enterprise.nib, credentials, nomination.productId, closesOn),
      contact: enterprise.phone,
      note: '',
    };
    const source = sources.get(nomination.id);
    if (source) row.sourceLetter = source;
    candidates.push({
      nomination,
      row,
      ready: isReadyForLetter(nomination, source !== undefined),
      statusLabel: NOMINATION_STATUS_LABELS[nomination.status],
    });
  }
  return candidates.sort((a, b) => a.row.enterpriseName.localeCompare(b.row.enterpriseName, 'id'));
}
