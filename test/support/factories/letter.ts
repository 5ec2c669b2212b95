import {
  defaultLayout,
  SEEDED_CLASSIFICATION_CODES,
  type LetterLayout,
  type OfficeProfile,
} from '@shared/domain/office';
import {
  defaultLetter,
  type AnnexRow,
  type Letter,
  type NomineeReadiness,
  type RegisterEntry,
} from '@shared/domain/letter';

/** A small PNG shield standing in for a regional emblem (generated, not a real coat of arms). */
export const EMBLEM_PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADgAAABACAYAAABP97SyAAABDklEQVR42u3bsRHDIAxGYQ/hITJEZspMGSe1x0lD+twBAiSBzCs0wFcZ373/SCkdd75jK+DnfaY7HMAtgOfrGeoAAgQIECBAgJOA3+uRvfDAEk4TOQUowWkh3YEtOA0kQIAAAQLkO8hLhrcofxMAAQIECBAgQIAAAZoAIyPFwIjIHK4YAkVBlnDV0ml1ZA0nSrlWRUpw4lZtNaQU1xTjrYJswTXXhrORrbiunHIWsgfX3Yt6I3txQ0Hsf+FnDevBDRe/lkgNnFrSrI3UgKk321pITZx6lD6K1MaZVPe9SAuc2aygFWmFM91NSJGWOPNhSA1pjXNZvuSQHji3aY904xB6uzQD5z7O8sZtsT77Ad0DxgJ7arO+AAAAAElFTkSuQmCC';

const LETTER_DATE = '2026-05-21';
const LETTER_NOW = '2026-05-21T08:00:00.000Z';

/** The ministry's request the fixture letters answer. */
const REQUEST_LETTER = {
  number: 'B/215/IKMA/IND/II/2026',
  date: '2026-02-09',
  hal: 'Usulan Calon IKM OVOP Tahun 2026',
};

/** The fixture round as the final checks see it; the fixture letters are dated inside its window. */
export const LETTER_ROUND = {
  id: 'ronde-2026',
  year: 2026,
  opensOn: '2026-02-01',
  closesOn: '2026-06-30',
  requestLetter: REQUEST_LETTER,
};

export function provinceOffice(
  overrides: Partial<OfficeProfile> = {},
  layout: Partial<LetterLayout> = {},
): OfficeProfile {
  return {
    id: 'kantor-kalsel',
    level: 'provinsi',
    regionCode: '63',
    provinceName: 'Kalimantan Selatan',
    regionName: 'Provinsi Kalimantan Selatan',
    pemdaLine: 'PEMERINTAH PROVINSI KALIMANTAN SELATAN',
    officeName: 'DINAS PERINDUSTRIAN',
    address: 'Jalan Jenderal Sudirman Nomor 14, Banjarmasin',
    phone: '(0511) 3354217',
    fax: '(0511) 3354218',
    website: 'disperin.kalselprov.go.id',
    email: 'disperin@kalselprov.go.id',
    postalCode: '70114',
    emblem: EMBLEM_PNG_DATA_URL,
    city: 'Banjarmasin',
    headTitle: 'KEPALA DINAS PERINDUSTRIAN PROVINSI KALIMANTAN SELATAN',
    signer: {
      jobTitle: 'Kepala Dinas Perindustrian Provinsi Kalimantan Selatan',
      name: 'Ir. H. Muhammad Fadli Rahman, M.T.',
      rank: 'Pembina Utama Muda (IV/c)',
      nip: '196804111993031009',
      authority: 'none',
    },
    layout: { ...defaultLayout(), ...layout },
    copyToStyle: 'standard',
    numberTemplate: '{kode}/{urut}/{unit}/{tahun}',
    unitCode: 'Disperin',
    classificationCodes: SEEDED_CLASSIFICATION_CODES.map((c) => ({ ...c })),
    tteAnchor: '${ttd_pengirim}',
    ...overrides,
  };
}

export function kabupatenOffice(
  overrides: Partial<OfficeProfile> = {},
  layout: Partial<LetterLayout> = {},
): OfficeProfile {
  return provinceOffice(
    {
      id: 'kantor-banjar',
      level: 'kabupaten',
      regionCode: '63.03',
      regionName: 'Kabupaten Banjar',
      pemdaLine: 'PEMERINTAH KABUPATEN BANJAR',
      officeName: 'DINAS PERINDUSTRIAN',
      address: 'Jalan Menteri Empat Nomor 2, Martapura',
      phone: '(0511) 4721305',
      fax: '',
      website: 'disperin.banjarkab.go.id',
      email: 'disperin@banjarkab.go.id',
      postalCode: '70614',
      city: 'Martapura',
      headTitle: 'KEPALA DINAS PERINDUSTRIAN KABUPATEN BANJAR',
      signer: {
        jobTitle: 'Kepala Dinas Perindustrian Kabupaten Banjar',
        name: 'Hj. Noorhayati Wulandari, S.E., M.M.',
        rank: 'Pembina Tingkat I (IV/b)',
        nip: '197502142000122002',
        authority: 'Plt.',
      },
      unitCode: 'Disperin-Bjr',
      ...overrides,
    },
    { ruleStyle: 'single', ...layout },
  );
}

const KAB_KOTA = [
  'Kota Banjarmasin',
  'Kabupaten Banjar',
  'Kabupaten Hulu Sungai Selatan',
  'Kabupaten Tapin',
  'Kota Banjarbaru',
  'Kabupaten Tabalong',
];
/** Product, its OVOP commodity (one of the five) and the credentials that fit it. */
const PRODUCTS: ReadonlyArray<readonly [string, string, string]> = [
  ['Kain Sasirangan', 'kain batik', 'Batikmark'],
  ['Amplang Ikan Tenggiri', 'makanan dan minuman', 'SPP-IRT; Halal; Uji Lab'],
  ['Dodol Kandangan', 'makanan dan minuman', 'SPP-IRT; Halal; Uji Lab'],
  ['Anyaman Purun', 'anyaman', 'HKI merek'],
  ['Gerabah Tanah Liat', 'gerabah', 'HKI merek'],
  ['Kain Tenun Pagatan', 'kain tenun', 'HKI merek'],
];
const FIRST = [
  'Ahmad',
  'Siti',
  'Muhammad',
  'Rahmah',
  'Syarifah',
  'Budi',
  'Noor',
  'Fitri',
  'Hendra',
  'Aisyah',
];
const LAST = [
  'Hidayat',
  'Aulia',
  'Saputra',
  'Rahmawati',
  'Jannah',
  'Santoso',
  'Halimah',
  'Ramadhan',
  'Lestari',
  'Fauzi',
];

/** Deterministic nominee rows; row i is always the same. */
export function annexRow(i: number, overrides: Partial<AnnexRow> = {}): AnnexRow {
  const [product, commodity, credentials] = PRODUCTS[i % PRODUCTS.length] ?? [
    'Produk',
    'anyaman',
    '',
  ];
  const kabKota = KAB_KOTA[i % KAB_KOTA.length] ?? 'Kota Banjarmasin';
  const owner = `${FIRST[i % FIRST.length]} ${LAST[(i * 3 + 1) % LAST.length]}`;
  const seq = String(i + 1).padStart(3, '0');
  return {
    nominationId: `nom-${seq}`,
    enterpriseName: `IKM ${product.split(' ')[0]} ${LAST[(i * 7) % LAST.length]} ${seq}`,
    ownerName: owner,
    address: `Jl. Pangeran Antasari Gg. Mawar No. ${i + 3}, RT 0${(i % 9) + 1}`,
    kabKota,
    sentraAndDecree: `Sentra ${product.split(' ')[0]} ${kabKota.replace(/^(Kabupaten|Kota) /, '')}, SK No. 530/${40 + i}/Disperin/2022`,
    commodity,
    product,
    legality: `NIB 91203${String(10_000_000 + i * 7919).slice(0, 8)}; ${credentials}`,
    contact: `0812-5${String(1_000_000 + i * 3571).slice(0, 7)}`,
    note: i % 4 === 0 ? 'Pernah ikut kurasi 2023' : '',
    ...overrides,
  };
}

export function nominees(count: number): AnnexRow[] {
  return Array.from({ length: count }, (_, i) => annexRow(i));
}

export function allReady(rows: readonly AnnexRow[]): NomineeReadiness[] {
  return rows.map((r) => ({ nominationId: r.nominationId, ready: true }));
}

export function provinceLetter(
  nomineeCount = 3,
  overrides: Partial<Letter> = {},
  office: OfficeProfile = provinceOffice(),
): Letter {
  return {
    ...defaultLetter('B', office, LETTER_ROUND, nominees(nomineeCount), {
      letterId: 'surat-b',
      now: LETTER_NOW,
      date: LETTER_DATE,
    }),
    ...overrides,
  };
}

export function kabupatenLetter(
  nomineeCount = 3,
  overrides: Partial<Letter> = {},
  office: OfficeProfile = kabupatenOffice(),
): Letter {
  const rows = nominees(nomineeCount).map((r) => ({ ...r, kabKota: 'Kabupaten Banjar' }));
  return {
    ...defaultLetter('A', office, LETTER_ROUND, rows, {
      letterId: 'surat-a',
      now: LETTER_NOW,
      date: LETTER_DATE,
    }),
    ...overrides,
  };
}

export function registerEntry(overrides: Partial<RegisterEntry> = {}): RegisterEntry {
  const sequence = overrides.sequence ?? 1;
  const year = overrides.year ?? 2024;
  return {
    id: `reg-${sequence}`,
    officeId: 'kantor-kalsel',
    letterId: `surat-lain-${sequence}`,
    year,
    sequence,
    number: `500.9/${sequence}/Disperin/${year}`,
    date: LETTER_DATE,
    sifat: 'Biasa',
    hal: 'Usulan Calon IKM OVOP Tahun 2026',
    addressee: 'Direktur Jenderal Industri Kecil, Menengah, dan Aneka',
    copyTo: ['Gubernur Kalimantan Selatan'],
    signer: 'Ir. H. Muhammad Fadli Rahman, M.T.',
    attachmentCount: 1,
    status: 'final',
    ...overrides,
  };
}

export interface SampleVariant {
  /** File name without `.pdf`, e.g. `B-basah-A4-final-lampiran-60`. */
  name: string;
  description: string;
  letter: Letter;
  office: OfficeProfile;
  draft: boolean;
  /** `annex`: the lampiran alone; `letter`: letter with its lampiran. */
  kind: 'letter' | 'annex';
}

const FINAL_NUMBER = '500.9.2/118/Disperin/2026';

function finalOf(letter: Letter): Letter {
  return { ...letter, number: FINAL_NUMBER, status: 'final' };
}

/** Every variant the samples command renders and the tests check (A/B, 3/60 nominees, basah/TTE, A4/F4). */
export function sampleVariants(): SampleVariant[] {
  const f4 = { paper: 'F4' } as const;
  const twoAnnexes = provinceLetter(5);
  twoAnnexes.annexes = [
    {
      title:
        'DAFTAR CALON IKM ONE VILLAGE ONE PRODUCT (OVOP) PROVINSI KALIMANTAN SELATAN TAHUN 2026',
      kind: 'calon',
      rows: nominees(3),
    },
    {
      title: 'DAFTAR IKM CADANGAN OVOP PROVINSI KALIMANTAN SELATAN TAHUN 2026',
      kind: 'lainnya',
      rows: nominees(5).slice(3),
    },
  ];
  return [
    {
      name: 'A-basah-A4-konsep',
      description: 'Varian A (kabupaten), tanda tangan basah, A4, konsep',
      letter: kabupatenLetter(3),
      office: kabupatenOffice(),
      draft: true,
      kind: 'letter',
    },
    {
      name: 'A-tte-F4-final',
      description: 'Varian A (kabupaten), siap TTE, F4, final',
      letter: finalOf({ ...kabupatenLetter(3), signingMode: 'tte' }),
      office: kabupatenOffice({}, f4),
      draft: false,
      kind: 'letter',
    },
    {
      name: 'B-basah-A4-final-lampiran-3',
      description: 'Varian B (provinsi), basah, A4, final, 3 IKM',
      letter: finalOf(provinceLetter(3)),
      office: provinceOffice(),
      draft: false,
      kind: 'letter',
    },
    {
      name: 'B-basah-F4-konsep-lampiran-60',
      description: 'Varian B (provinsi), basah, F4, konsep, 60 IKM',
      letter: provinceLetter(60),
      office: provinceOffice({}, f4),
      draft: true,
      kind: 'letter',
    },
    {
      name: 'B-tte-A4-final-lampiran-60-serif',
      description: 'Varian B (provinsi), siap TTE, A4, final, 60 IKM, huruf serif',
      letter: finalOf({ ...provinceLetter(60), signingMode: 'tte' }),
      office: provinceOffice({}, { font: 'serif' }),
      draft: false,
      kind: 'letter',
    },
    {
      name: 'B-basah-A4-final-dua-lampiran',
      description: 'Varian B (provinsi), dua lampiran (I dan II)',
      letter: finalOf(twoAnnexes),
      office: provinceOffice(),
      draft: false,
      kind: 'letter',
    },
    {
      name: 'C-lampiran-3-A4-konsep',
      description: 'Lampiran saja, 3 IKM, A4, konsep',
      letter: provinceLetter(3),
      office: provinceOffice(),
      draft: true,
      kind: 'annex',
    },
    {
      name: 'C-lampiran-60-F4-final',
      description: 'Lampiran saja, 60 IKM, F4, final',
      letter: finalOf(provinceLetter(60)),
      office: provinceOffice({}, f4),
      draft: false,
      kind: 'annex',
    },
  ];
}
