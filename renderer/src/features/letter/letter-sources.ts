import { COMMODITY_LABELS } from '@shared/domain/common/commodity';
import { kabKotaOf } from '@shared/domain/common/region';
import { annexLegality, type AnnexRow } from '@shared/domain/letter';
import { NOMINATION_STATUS_LABELS, type Nomination } from '@shared/domain/nomination/nomination';
import type { AppRepositories } from '../../db';
import { regionName } from '../../regions';
import { titleCaseRegion } from '../../ui/region-label';

/** A nomination of a round as it can appear in a lampiran. */
export interface AnnexCandidate {
  nomination: Nomination;
  row: AnnexRow;
  /** Passed the readiness step (checked or validated) without an override. */
  ready: boolean;
  statusLabel: string;
}

/** Statuses in which a nomination has passed the readiness check and may be listed in a letter. */
const READY_STATUSES: readonly Nomination['status'][] = ['diperiksa', 'divalidasi'];

function isReadyForLetter(nomination: Nomination): boolean {
  return (
    READY_STATUSES.includes(nomination.status) && (nomination.overrideNote ?? '').trim() === ''
  );
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
  repos: Pick<AppRepositories, 'enterprises' | 'sentras' | 'nominations' | 'rounds'>,
  roundId: string,
): Promise<AnnexCandidate[]> {
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
    candidates.push({
      nomination,
      row,
      ready: isReadyForLetter(nomination),
      statusLabel: NOMINATION_STATUS_LABELS[nomination.status],
    });
  }
  return candidates.sort((a, b) => a.row.enterpriseName.localeCompare(b.row.enterpriseName, 'id'));
}
