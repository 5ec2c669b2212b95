/**
 * Reviewed short forms of kabupaten/kota names, by province (Kemendagri code). Only forms that name
 * one kab/kota of their province are listed; names that stay ambiguous ("Tasik", "Pekalongan",
 * "Bandung" for both the kabupaten and the kota) are left out on purpose, so the row asks instead.
 * Spelling variants that differ only by spaces or hyphens ("Tulung Agung", "Pare-Pare") need no
 * entry: region names are compared without them.
 *
 * Every entry names its source:
 * - `singkatan`: the abbreviation the regional government and local press use for the region
 *   (acronyms such as "HSS", "Lotim", "Taput" also appear in the regions' own web addresses,
 *   agency names and letters);
 * - `sebutan`: the everyday name people use for the region ("Solo" for Kota Surakarta);
 * - `nama-lama`: the name the region had before it was renamed, still found in old registers.
 * Each was checked against the Kemendagri list the app ships (idn-area-data, regencies.csv).
 */
export type AliasSource = 'singkatan' | 'sebutan' | 'nama-lama';

export const ALIAS_SOURCE_LABELS: Record<AliasSource, string> = {
  singkatan: 'Singkatan yang dipakai pemerintah daerah dan media setempat',
  sebutan: 'Sebutan sehari-hari untuk daerah itu',
  'nama-lama': 'Nama daerah sebelum berganti nama',
};

export interface KabKotaAlias {
  readonly alias: string;
  /** Kemendagri code of the kab/kota, `PP.KK`. */
  readonly code: string;
  readonly source: AliasSource;
}

type Row = readonly [alias: string, code: string, source: AliasSource];

const rows = (list: readonly Row[]): readonly KabKotaAlias[] =>
  list.map(([alias, code, source]) => ({ alias, code, source }));

/** Province code → its aliases. */
export const KAB_KOTA_ALIASES: Readonly<Record<string, readonly KabKotaAlias[]>> = {
  // Sumatera Utara
  '12': rows([
    ['Tapteng', '12.01', 'singkatan'],
    ['Taput', '12.02', 'singkatan'],
    ['Tapsel', '12.03', 'singkatan'],
    ['Sergai', '12.18', 'singkatan'],
    ['Madina', '12.13', 'singkatan'],
    ['Humbahas', '12.16', 'singkatan'],
    ['Nisel', '12.14', 'singkatan'],
    ['Paluta', '12.20', 'singkatan'],
    ['Palas', '12.21', 'singkatan'],
    ['Labusel', '12.22', 'singkatan'],
    ['Labura', '12.23', 'singkatan'],
    ['Tobasa', '12.12', 'nama-lama'],
    ['Toba Samosir', '12.12', 'nama-lama'],
    ['Siantar', '12.72', 'sebutan'],
    ['Padangsidimpuan', '12.77', 'sebutan'],
    ['Psp', '12.77', 'singkatan'],
    ['Sidimpuan', '12.77', 'sebutan'],
  ]),
  // Riau
  '14': rows([
    ['Inhu', '14.02', 'singkatan'],
    ['Inhil', '14.04', 'singkatan'],
    ['Rohul', '14.06', 'singkatan'],
    ['Rohil', '14.07', 'singkatan'],
    ['Kuansing', '14.09', 'singkatan'],
  ]),
  // Sumatera Selatan
  '16': rows([
    ['OKU', '16.01', 'singkatan'],
    ['OKI', '16.02', 'singkatan'],
    ['Muba', '16.06', 'singkatan'],
    ['OKU Timur', '16.08', 'singkatan'],
    ['OKUT', '16.08', 'singkatan'],
    ['OKU Selatan', '16.09', 'singkatan'],
    ['OKUS', '16.09', 'singkatan'],
    ['PALI', '16.12', 'singkatan'],
    ['Muratara', '16.13', 'singkatan'],
  ]),
  // Lampung
  '18': rows([
    ['Lamsel', '18.01', 'singkatan'],
    ['Lamteng', '18.02', 'singkatan'],
    ['Lampura', '18.03', 'singkatan'],
    ['Lambar', '18.04', 'singkatan'],
    ['Tuba', '18.05', 'singkatan'],
    ['Lamtim', '18.07', 'singkatan'],
    ['Tubaba', '18.12', 'singkatan'],
    ['Pesibar', '18.13', 'singkatan'],
    ['Balam', '18.71', 'singkatan'],
  ]),
  // DKI Jakarta
  '31': rows([
    ['Jakpus', '31.71', 'singkatan'],
    ['Jakut', '31.72', 'singkatan'],
    ['Jakbar', '31.73', 'singkatan'],
    ['Jaksel', '31.74', 'singkatan'],
    ['Jaktim', '31.75', 'singkatan'],
    ['Kepulauan Seribu', '31.01', 'sebutan'],
  ]),
  // Jawa Barat
  '32': rows([['KBB', '32.17', 'singkatan']]),
  // Jawa Tengah
  '33': rows([
    ['Solo', '33.72', 'sebutan'],
    ['Kota Solo', '33.72', 'sebutan'],
  ]),
  // DI Yogyakarta
  '34': rows([
    ['Jogja', '34.71', 'sebutan'],
    ['Yogya', '34.71', 'sebutan'],
    ['Jogjakarta', '34.71', 'sebutan'],
  ]),
  // Jawa Timur
  '35': rows([
    ['Sby', '35.78', 'singkatan'],
    ['Suroboyo', '35.78', 'sebutan'],
    ['Bwi', '35.10', 'singkatan'],
    ['Sda', '35.15', 'singkatan'],
  ]),
  // Banten
  '36': rows([['Tangsel', '36.74', 'singkatan']]),
  // Nusa Tenggara Barat
  '52': rows([
    ['Lobar', '52.01', 'singkatan'],
    ['Loteng', '52.02', 'singkatan'],
    ['Lotim', '52.03', 'singkatan'],
    ['KSB', '52.07', 'singkatan'],
    ['KLU', '52.08', 'singkatan'],
  ]),
  // Kalimantan Barat
  '61': rows([['KKU', '61.11', 'singkatan']]),
  // Kalimantan Tengah
  '62': rows([
    ['Kobar', '62.01', 'singkatan'],
    ['Kotim', '62.02', 'singkatan'],
    ['Barsel', '62.04', 'singkatan'],
    ['Barut', '62.05', 'singkatan'],
    ['Gumas', '62.10', 'singkatan'],
    ['Pulpis', '62.11', 'singkatan'],
    ['Mura', '62.12', 'singkatan'],
    ['Bartim', '62.13', 'singkatan'],
  ]),
  // Kalimantan Selatan
  '63': rows([
    ['Tala', '63.01', 'singkatan'],
    ['Kota Baru', '63.02', 'sebutan'],
    ['Batola', '63.04', 'singkatan'],
    ['HSS', '63.06', 'singkatan'],
    ['HST', '63.07', 'singkatan'],
    ['HSU', '63.08', 'singkatan'],
    ['Tanbu', '63.10', 'singkatan'],
    ['Bjm', '63.71', 'singkatan'],
    ['Bjb', '63.72', 'singkatan'],
  ]),
  // Kalimantan Timur
  '64': rows([
    ['Kukar', '64.02', 'singkatan'],
    ['Kubar', '64.07', 'singkatan'],
    ['Kutim', '64.08', 'singkatan'],
    ['PPU', '64.09', 'singkatan'],
    ['Mahulu', '64.11', 'singkatan'],
    ['Pasir', '64.01', 'nama-lama'],
  ]),
  // Kalimantan Utara
  '65': rows([['KTT', '65.04', 'singkatan']]),
  // Sulawesi Selatan
  '73': rows([
    ['Selayar', '73.01', 'sebutan'],
    ['Pangkep', '73.10', 'singkatan'],
    ['Sidrap', '73.14', 'singkatan'],
    ['Tator', '73.18', 'singkatan'],
    ['Torut', '73.26', 'singkatan'],
    ['Lutra', '73.22', 'singkatan'],
    ['Lutim', '73.24', 'singkatan'],
    ['Mks', '73.71', 'singkatan'],
  ]),
};
