/**
 * What an import can fill, per register kind, and the Indonesian headers people use for each
 * column. Header text is compared after `headerKey()` (lower case, letters and digits only).
 */
export const IMPORT_KINDS = ['ikm', 'sentra'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = { ikm: 'IKM', sentra: 'Sentra IKM' };

type IkmField =
  | 'name'
  | 'ownerName'
  | 'nib'
  | 'address'
  | 'regionCode'
  | 'province'
  | 'kabKota'
  | 'kecamatan'
  | 'desa'
  | 'phone'
  | 'email'
  | 'yearFounded'
  | 'workerCount'
  | 'investmentRupiah'
  | 'isLeadFirm'
  | 'siinasAccount'
  | 'product'
  | 'commodity'
  | 'credential'
  | 'credentialNumber'
  | 'credentialIssuedOn'
  | 'credentialExpiresOn'
  | 'halal'
  | 'halalNumber'
  | 'halalDate'
  | 'sentraName'
  | 'notes';

type SentraField =
  | 'name'
  | 'commodity'
  | 'regionCode'
  | 'province'
  | 'kabKota'
  | 'kecamatan'
  | 'desa'
  | 'address'
  | 'unitCount'
  | 'workerCount'
  | 'decreeNumber'
  | 'decreeDate'
  | 'decreeSigner'
  | 'notes';

export type ImportField = IkmField | SentraField;

export interface FieldSpec {
  readonly key: ImportField;
  /** Column header used in templates and reports. */
  readonly label: string;
  /** Header variants (already in display form; compared with `headerKey`). */
  readonly aliases: readonly string[];
  /** A short note for the template's header comment. */
  readonly note: string;
  readonly required: boolean;
}

const regionFields: readonly FieldSpec[] = [
  {
    key: 'province',
    label: 'Provinsi',
    aliases: ['Provinsi', 'Prov', 'Prop', 'Propinsi'],
    note: 'Nama provinsi (boleh kosong bila kab/kota jelas).',
    required: false,
  },
  {
    key: 'kabKota',
    label: 'Kabupaten/Kota',
    aliases: [
      'Kab/Kota',
      'Kabupaten',
      'Kabupaten/Kota',
      'Kab',
      'Kota',
      'Kab. / Kota',
      'Kabupaten Kota',
      'Kab Kota',
      'Kab/Kot',
    ],
    note: 'Pilih dari daftar, mis. "Kabupaten Banjar" atau "Kota Banjarbaru".',
    required: true,
  },
  {
    key: 'kecamatan',
    label: 'Kecamatan',
    aliases: ['Kecamatan', 'Kec', 'Kec.'],
    note: 'Nama kecamatan sesuai Kemendagri.',
    required: true,
  },
  {
    key: 'desa',
    label: 'Desa/Kelurahan',
    aliases: [
      'Desa/Kelurahan',
      'Desa',
      'Kelurahan',
      'Desa Kelurahan',
      'Kel/Desa',
      'Desa/Kel',
      'Kelurahan/Desa',
    ],
    note: 'Nama desa atau kelurahan.',
    required: true,
  },
  {
    key: 'regionCode',
    label: 'Kode Wilayah',
    aliases: ['Kode Wilayah', 'Kode Desa', 'Kode Kemendagri'],
    note: 'Opsional: kode Kemendagri, mis. 63.03.07.2001.',
    required: false,
  },
];

const IKM_FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    label: 'Nama IKM',
    aliases: [
      'Nama IKM',
      'Nama Usaha',
      'Nama Perusahaan',
      'Nama UMKM',
      'Nama Unit Usaha',
      'Nama Industri',
      'Perusahaan',
      'Usaha',
      'Nama IKM/Usaha',
    ],
    note: 'Wajib. Nama usaha seperti di NIB.',
    required: true,
  },
  {
    key: 'ownerName',
    label: 'Nama Pemilik',
    aliases: [
      'Nama Pemilik',
      'Pemilik',
      'Pemilik Usaha',
      'Nama Pemilik Usaha',
      'Penanggung Jawab',
      'Nama Pengusaha',
    ],
    note: 'Nama pemilik usaha; bila kosong dicatat "belum diisi" untuk dilengkapi.',
    required: false,
  },
  {
    key: 'nib',
    label: 'NIB',
    aliases: [
      'NIB',
      'No. NIB',
      'No NIB',
      'Nomor NIB',
      'Nomor Induk Berusaha',
      'No. Induk Berusaha',
    ],
    note: 'Wajib. 13 digit; titik dan spasi boleh.',
    required: true,
  },
  {
    key: 'address',
    label: 'Alamat',
    aliases: ['Alamat', 'Alamat Usaha', 'Alamat Lengkap', 'Jalan'],
    note: 'Jalan dan nomor.',
    required: false,
  },
  ...regionFields,
  {
    key: 'phone',
    label: 'Telepon/HP',
    aliases: [
      'Telepon/HP',
      'Telepon',
      'HP',
      'No. HP',
      'No HP',
      'No. Telp',
      'No Telp',
      'Telp',
      'Nomor HP',
      'Telp/HP',
      'WA',
      'No. WA',
    ],
    note: 'Mis. 0812-3456-7890.',
    required: false,
  },
  {
    key: 'email',
    label: 'Email',
    aliases: ['Email', 'E-mail', 'Surel', 'Alamat Email'],
    note: 'Opsional.',
    required: false,
  },
  {
    key: 'yearFounded',
    label: 'Tahun Berdiri',
    aliases: ['Tahun Berdiri', 'Tahun Mulai', 'Tanggal Berdiri', 'Th Berdiri', 'Tahun Usaha'],
    note: 'Tahun (mis. 2012) atau tanggal.',
    required: false,
  },
  {
    key: 'workerCount',
    label: 'Tenaga Kerja',
    aliases: [
      'Tenaga Kerja',
      'Jumlah Tenaga Kerja',
      'TK',
      'Jml TK',
      'Jumlah TK',
      'Karyawan',
      'Jumlah Karyawan',
      'Tenaga Kerja (orang)',
    ],
    note: 'Jumlah orang; bila kosong dicatat 0 untuk dilengkapi.',
    required: false,
  },
  {
    key: 'investmentRupiah',
    label: 'Investasi',
    aliases: [
      'Investasi',
      'Nilai Investasi',
      'Investasi (Rp)',
      'Nilai Investasi (Rp)',
      'Modal',
      'Investasi Rp',
    ],
    note: 'Rupiah, di luar tanah dan bangunan; mis. 1.500.000. Bila kosong dicatat 0 untuk dilengkapi.',
    required: false,
  },
  {
    key: 'isLeadFirm',
    label: 'Penghela',
    aliases: ['Penghela', 'Lead Firm', 'Perusahaan Penghela'],
    note: 'ya atau tidak.',
    required: false,
  },
  {
    key: 'siinasAccount',
    label: 'Akun SIINas',
    aliases: ['Akun SIINas', 'SIINas', 'Akun SIINAS'],
    note: 'Opsional.',
    required: false,
  },
  {
    key: 'product',
    label: 'Produk',
    aliases: ['Produk', 'Produk Unggulan', 'Jenis Produk', 'Nama Produk'],
    note: 'Nama produk unggulan. Bersama Komoditi menjadi data produk IKM (kapasitas dan harga dilengkapi kemudian).',
    required: false,
  },
  {
    key: 'commodity',
    label: 'Komoditi',
    aliases: ['Komoditi', 'Komoditas', 'Jenis Komoditi'],
    note: 'Pilih dari daftar. Wajib bila Produk diisi; tanpa Komoditi produk dicatat di Catatan.',
    required: false,
  },
  {
    key: 'credential',
    label: 'Legalitas',
    aliases: [
      'Legalitas',
      'Sertifikat',
      'Izin',
      'Jenis Legalitas',
      'Jenis Sertifikat',
      'Jenis Izin',
    ],
    note: 'Pilih dari daftar. Dengan Nomor Legalitas dan Tanggal Terbit menjadi dokumen legalitas IKM.',
    required: false,
  },
  {
    key: 'credentialNumber',
    label: 'Nomor Legalitas',
    aliases: [
      'Nomor Legalitas',
      'No. Legalitas',
      'No Legalitas',
      'Nomor Sertifikat',
      'No. Sertifikat',
      'No Sertifikat',
      'Nomor Izin',
      'No. Izin',
      'No Izin',
    ],
    note: 'Nomor dokumen legalitas, mis. P-IRT 2056303010123-27.',
    required: false,
  },
  {
    key: 'credentialIssuedOn',
    label: 'Tanggal Terbit',
    aliases: [
      'Tanggal Terbit',
      'Tgl Terbit',
      'Tgl. Terbit',
      'Tanggal Sertifikat',
      'Tanggal Izin',
      'Terbit',
    ],
    note: 'Tanggal terbit legalitas, mis. 21 Mei 2024. Wajib agar legalitas tersimpan sebagai dokumen.',
    required: false,
  },
  {
    key: 'credentialExpiresOn',
    label: 'Berlaku Sampai',
    aliases: [
      'Berlaku Sampai',
      'Masa Berlaku',
      'Berlaku s.d.',
      'Berlaku sd',
      'Berlaku Hingga',
      'Tanggal Kedaluwarsa',
      'Tanggal Kadaluarsa',
      'Kedaluwarsa',
      'Tanggal Berakhir',
    ],
    note: 'Kosongkan bila berlaku tanpa batas (mis. NIB).',
    required: false,
  },
  {
    key: 'halal',
    label: 'Sertifikat Halal',
    aliases: [
      'Sertifikat Halal',
      'Halal',
      'Sertifikat Halal (Ya/Tidak)',
      'Bersertifikat Halal',
      'Halal (Ya/Tidak)',
      'Sert. Halal',
    ],
    note: 'ya atau tidak (Y, T, Tdk, - dan kosong berarti tidak).',
    required: false,
  },
  {
    key: 'halalNumber',
    label: 'Nomor Sertifikat Halal',
    aliases: [
      'Nomor Sertifikat Halal',
      'No. Sertifikat Halal',
      'No Sertifikat Halal',
      'No. Halal',
      'Nomor Halal',
      'No Halal',
    ],
    note: 'Nomor sertifikat halal (bila ada).',
    required: false,
  },
  {
    key: 'halalDate',
    label: 'Tanggal Sertifikat Halal',
    aliases: [
      'Tanggal Sertifikat Halal',
      'Tgl Sertifikat Halal',
      'Tgl. Sertifikat Halal',
      'Tanggal Halal',
      'Tgl Halal',
      'Tgl. Halal',
      'Tanggal Terbit Halal',
    ],
    note: 'Tanggal terbit sertifikat halal.',
    required: false,
  },
  {
    key: 'sentraName',
    label: 'Sentra',
    aliases: ['Sentra', 'Nama Sentra', 'Sentra IKM'],
    note: 'Nama sentra yang sudah ada di register; IKM dihubungkan ke sentra itu (yang di kab/kota yang sama bila namanya kembar).',
    required: false,
  },
  {
    key: 'notes',
    label: 'Catatan',
    aliases: ['Catatan', 'Keterangan', 'Ket'],
    note: 'Opsional.',
    required: false,
  },
];

const SENTRA_FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    label: 'Nama Sentra',
    aliases: ['Nama Sentra', 'Sentra', 'Nama Sentra IKM', 'Sentra IKM'],
    note: 'Wajib.',
    required: true,
  },
  {
    key: 'commodity',
    label: 'Komoditi',
    aliases: ['Komoditi', 'Komoditas', 'Produk', 'Jenis Komoditi', 'Produk Unggulan'],
    note: 'Wajib. Pilih dari daftar.',
    required: true,
  },
  ...regionFields.map((f) =>
    f.key === 'desa'
      ? { ...f, required: false, note: 'Opsional bila sentra mencakup satu kecamatan.' }
      : f,
  ),
  {
    key: 'address',
    label: 'Alamat',
    aliases: ['Alamat', 'Lokasi', 'Alamat Sentra'],
    note: 'Opsional.',
    required: false,
  },
  {
    key: 'unitCount',
    label: 'Jumlah Unit Usaha',
    aliases: [
      'Jumlah Unit Usaha',
      'Unit Usaha',
      'Jumlah IKM',
      'Jml Unit Usaha',
      'Jumlah Unit',
      'Jml IKM',
      'Jml Unit',
    ],
    note: 'Paling sedikit 5 untuk sentra; "12 unit" boleh. Bila kosong dicatat 0 untuk dilengkapi.',
    required: false,
  },
  {
    key: 'workerCount',
    label: 'Tenaga Kerja',
    aliases: [
      'Tenaga Kerja',
      'Jumlah Tenaga Kerja',
      'TK',
      'Jml TK',
      'Jumlah TK',
      'Tenaga Kerja (orang)',
    ],
    note: 'Jumlah orang. Bila kosong dicatat 0 untuk dilengkapi.',
    required: false,
  },
  {
    key: 'decreeNumber',
    label: 'Nomor SK Penetapan',
    aliases: [
      'Nomor SK Penetapan',
      'Nomor SK',
      'No. SK',
      'No SK',
      'SK Penetapan',
      'Nomor SK Penetapan Sentra',
    ],
    note: 'Nomor SK Bupati/Wali Kota yang menetapkan sentra; disimpan sebagai SK penetapan sentra (bersama tanggal dan penerbitnya).',
    required: false,
  },
  {
    key: 'decreeDate',
    label: 'Tanggal SK Penetapan',
    aliases: ['Tanggal SK Penetapan', 'Tanggal SK', 'Tgl SK', 'Tgl. SK'],
    note: 'Wajib bila Nomor SK diisi, misalnya "10 Mei 2023" atau 10/05/2023.',
    required: false,
  },
  {
    key: 'decreeSigner',
    label: 'Penerbit SK',
    aliases: [
      'Penerbit SK',
      'Penerbit',
      'Instansi Penerbit SK',
      'Penandatangan SK',
      'Penanda Tangan SK',
      'Pejabat Penetap',
    ],
    note: 'Pejabat yang menetapkan, misalnya "Bupati Banjar" atau "Wali Kota Banjarbaru". Bila kosong dicatat Bupati/Wali Kota kabupaten/kota sentra.',
    required: false,
  },
  {
    key: 'notes',
    label: 'Catatan',
    aliases: ['Catatan', 'Keterangan', 'Ket'],
    note: 'Opsional.',
    required: false,
  },
];

export function fieldsOf(kind: ImportKind): readonly FieldSpec[] {
  return kind === 'ikm' ? IKM_FIELDS : SENTRA_FIELDS;
}

export function fieldLabel(kind: ImportKind, key: ImportField): string {
  return fieldsOf(kind).find((f) => f.key === key)?.label ?? key;
}
