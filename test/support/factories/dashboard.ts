import { asEnterpriseId, asRoundId, asSentraId } from '@shared/domain/common/ids';
import type { Commodity } from '@shared/domain/common/commodity';
import type { Nomination } from '@shared/domain/nomination/nomination';
import type { ReadinessLight } from '@shared/domain/readiness/finding';
import type { Round } from '@shared/domain/round/round';
import {
  buildDashboard,
  commodityBars,
  kabKotaBars,
  type DashboardCandidate,
  type DashboardData,
  type LetterSummary,
} from '@shared/dashboard';
import {
  makeAward,
  makeCredential,
  makeEnterprise,
  makeProduct,
  makeSentra,
  nextId,
} from './register';
import { makeNomination, makeRound } from './round';

/** Kalimantan Selatan kab/kota used by the dashboard tests. */
const KALSEL_KAB_KOTA = [
  { code: '63.03', name: 'Kabupaten Banjar' },
  { code: '63.04', name: 'Kabupaten Barito Kuala' },
  { code: '63.06', name: 'Kabupaten Hulu Sungai Selatan' },
  { code: '63.71', name: 'Kota Banjarmasin' },
] as const;

export interface CandidateSpec {
  kabKota: string;
  commodity?: Commodity;
  status?: Nomination['status'];
  light?: ReadinessLight;
  /** Same sentra key → same sentra. */
  sentra?: string;
  deleted?: boolean;
}

/** One nominated IKM: sentra, IKM (in a desa of `kabKota`), product and nomination in `round`. */
function makeCandidate(
  round: Pick<Round, 'id'>,
  spec: CandidateSpec,
  sentraIds: Map<string, string> = new Map(),
) {
  const sentraKey = spec.sentra ?? nextId('s');
  let sentraId = sentraIds.get(sentraKey);
  const sentra = sentraId ? undefined : makeSentra({ regionCode: `${spec.kabKota}.01.2001` });
  if (sentra) {
    sentraId = sentra.id;
    sentraIds.set(sentraKey, sentra.id);
  }
  const enterprise = makeEnterprise({
    regionCode: `${spec.kabKota}.01.2001`,
    name: `IKM ${nextId('n')}`,
    ...(sentraId ? { sentraId: asSentraId(sentraId) } : {}),
  });
  const product = makeProduct({
    enterpriseId: enterprise.id,
    commodity: spec.commodity ?? 'makanan-minuman',
  });
  const nomination = makeNomination({
    roundId: asRoundId(round.id),
    enterpriseId: enterprise.id,
    productId: product.id,
    status: spec.status ?? 'draft',
    ...(spec.deleted ? { deletedAt: '2026-03-02T08:00:00.000Z' } : {}),
  });
  const candidate: DashboardCandidate = {
    nomination,
    enterprise,
    product,
    ...(spec.light ? { light: spec.light } : {}),
  };
  return { candidate, sentra, enterprise, product, nomination };
}

/** A round 1 April – 30 June 2026 and its candidates from specs (shared sentra keys honoured). */
export function makeRoundRegister(specs: readonly CandidateSpec[], round: Round = makeRound()) {
  const sentraIds = new Map<string, string>();
  const built = specs.map((s) => makeCandidate(round, s, sentraIds));
  return {
    round,
    candidates: built.map((b) => b.candidate),
    enterprises: built.map((b) => b.enterprise),
    sentras: built.flatMap((b) => (b.sentra ? [b.sentra] : [])),
    products: built.map((b) => b.product),
  };
}

export function makeLetterSummary(overrides: Partial<LetterSummary> = {}): LetterSummary {
  return {
    id: nextId('surat'),
    roundId: 'periode-0',
    status: 'final',
    hal: 'Usulan Calon Peserta OVOP Tahun 2026',
    date: '2026-05-20',
    number: '500.9.1/12/Disperin/2026',
    ...overrides,
  };
}

/** A whole dashboard for a 2026 round in Kalimantan Selatan, built through `buildDashboard`. */
export function makeDashboardData(): DashboardData {
  const { round, candidates, enterprises, sentras } = makeRoundRegister([
    { kabKota: '63.03', commodity: 'makanan-minuman', light: 'siap', sentra: 'a' },
    {
      kabKota: '63.03',
      commodity: 'kain-tenun',
      status: 'divalidasi',
      light: 'belum-siap',
      sentra: 'b',
    },
    { kabKota: '63.71', commodity: 'kain-batik', status: 'diperiksa', light: 'perlu-perhatian' },
    { kabKota: '63.71', commodity: 'anyaman', status: 'ditarik' },
  ]);
  const first = enterprises[0];
  const credentials = first
    ? [
        makeCredential({
          enterpriseId: first.id,
          kind: 'halal',
          number: 'ID6311-HALAL-7',
          expiresOn: '2026-06-15',
        }),
      ]
    : [];
  return buildDashboard({
    round,
    today: '2026-05-01',
    candidates,
    enterprises,
    sentras,
    kabKota: KALSEL_KAB_KOTA.map((k) => ({ ...k })),
    register: {
      enterprises: 1250,
      sentras: 64,
      enterprisesByKabKota: kabKotaBars(KALSEL_KAB_KOTA, {
        '63.03': 700,
        '63.04': 0,
        '63.06': 150,
        '63.71': 400,
      }),
      enterprisesByCommodity: commodityBars({
        'makanan-minuman': 800,
        'kain-tenun': 100,
        'kain-batik': 200,
        anyaman: 120,
        gerabah: 30,
      }),
    },
    credentials,
    letters: [
      makeLetterSummary({
        roundId: round.id,
        number: '500.9.1/41/Disperin/2026',
        hal: 'Usulan Calon IKM OVOP Tahun 2026',
      }),
    ],
    awardRecords: [
      makeAward({ enterpriseId: asEnterpriseId('ikm-lama-1'), year: 2016, stars: 4, scale: 5 }),
      makeAward({ enterpriseId: asEnterpriseId('ikm-lama-2'), year: 2018, stars: 2, scale: 5 }),
    ],
    awardedNominations: [{ enterpriseId: 'ikm-lama-3', year: 2024, stars: 3, scale: 3 }],
  });
}
