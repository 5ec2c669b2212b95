import type { PackInput, PackLetter, PackNominee } from '@shared/pack/pack-input';
import { annexRow } from './letter';
import { makeReadyFoodCandidate } from './register';
import { makeNomination, makeRound } from './round';

/** A nominee as the Paket Kirim page gathers it: a ready food IKM in Kabupaten Banjar, status divalidasi. */
export function makePackNominee(
  overrides: Partial<PackNominee> & { enterpriseName?: string } = {},
): PackNominee {
  const c = makeReadyFoodCandidate();
  const { enterpriseName, ...rest } = overrides;
  const enterprise = enterpriseName ? { ...c.enterprise, name: enterpriseName } : c.enterprise;
  return {
    nomination: makeNomination({
      enterpriseId: enterprise.id,
      productId: c.product.id,
      status: 'divalidasi',
    }),
    enterprise,
    product: c.product,
    sentra: c.sentra,
    decree: c.decree,
    credentials: c.credentials.map((cr, i) => ({
      ...cr,
      scanHash: `${String(i).repeat(64)}`.slice(0, 64),
    })),
    attachments: c.attachments,
    kabKotaCode: '63.03',
    kabKotaName: 'Kabupaten Banjar',
    ...rest,
  };
}

/** A final letter of office `kantor` for the round, listing the given nominees in its lampiran. */
export function makePackLetter(
  roundId: string,
  nominees: readonly PackNominee[],
  overrides: Partial<PackLetter> = {},
): PackLetter {
  return {
    id: 'surat-1',
    officeId: 'kantor',
    roundId,
    number: '500.3/123/DISPERIN/2026',
    status: 'signed',
    finalPdfHash: 'f'.repeat(64),
    signedCopyHash: 'e'.repeat(64),
    updatedAt: '2026-04-01T00:00:00.000Z',
    annexes: [
      {
        title: 'DAFTAR CALON',
        kind: 'calon',
        rows: nominees.map((n) =>
          annexRow(0, { nominationId: n.nomination.id, enterpriseName: n.enterprise.name }),
        ),
      },
    ],
    ...overrides,
  };
}

/** A pack whose letter lists every nominee (unless `letters` is given). */
export function makePackInput(overrides: Partial<PackInput> = {}): PackInput {
  const round = overrides.round ?? makeRound();
  const nominees = (overrides.nominees ?? [makePackNominee()]).map((n) => ({
    ...n,
    nomination: { ...n.nomination, roundId: round.id },
  }));
  return {
    round,
    officeId: 'kantor',
    scope: { kind: 'province' },
    blobInfo: new Map(),
    ...overrides,
    nominees,
    letters: overrides.letters ?? [makePackLetter(round.id, nominees)],
  };
}
