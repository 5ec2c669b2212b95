import type { PackInput, PackNominee } from '@shared/pack/pack-input';
import { makeReadyFoodCandidate } from './register';
import { makeNomination, makeRound } from './round';

/** A nominee as the Paket Kirim page gathers it: a ready food IKM in Kabupaten Banjar, status divalidasi. */
export function makePackNominee(overrides: Partial<PackNominee> & { enterpriseName?: string } = {}): PackNominee {
  const c = makeReadyFoodCandidate();
  const { enterpriseName, ...rest } = overrides;
  const enterprise = enterpriseName ? { ...c.enterprise, name: enterpriseName } : c.enterprise;
  return {
    nomination: makeNomination({ enterpriseId: enterprise.id, productId: c.product.id, status: 'divalidasi' }),
    enterprise,
    product: c.product,
    sentra: c.sentra,
    decree: c.decree,
    credentials: c.credentials.map((cr, i) => ({ ...cr, scanHash: `${String(i).repeat(64)}`.slice(0, 64) })),
    attachments: c.attachments,
    kabKotaCode: '63.03',
    kabKotaName: 'Kabupaten Banjar',
    ...rest,
  };
}

export function makePackInput(overrides: Partial<PackInput> = {}): PackInput {
  return {
    round: makeRound(),
    scope: { kind: 'province' },
    nominees: [makePackNominee()],
    letters: [{ id: 'surat-1', number: '500.3/123/DISPERIN/2026', status: 'signed', finalPdfHash: 'f'.repeat(64), signedCopyHash: 'e'.repeat(64), updatedAt: '2026-04-01T00:00:00.000Z' }],
    blobInfo: new Map(),
    ...overrides,
  };
}
