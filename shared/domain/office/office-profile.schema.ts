import { z } from 'zod';
import { isValidNip, nipProblems } from '../../text/nip';
import { emblemKind } from './emblem';

const required = (label: string, max = 200) =>
  z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .min(1, { message: `${label} wajib diisi` })
    .max(max, { message: `${label} terlalu panjang (paling banyak ${max} karakter)` });

const optionalText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} terlalu panjang (paling banyak ${max} karakter)` });

const officeLevelSchema = z.enum(['provinsi', 'kabupaten', 'kota'], {
  error: 'Tingkat pemerintahan harus provinsi, kabupaten, atau kota',
});
const signerAuthoritySchema = z.enum(['none', 'a.n.', 'Plt.', 'Plh.'], {
  error: 'Kewenangan penanda tangan tidak dikenal',
});

const signerSchema = z
  .object({
    jobTitle: required('Jabatan penanda tangan'),
    name: required('Nama penanda tangan'),
    rank: optionalText('Pangkat/golongan'),
    nip: z.string().refine(isValidNip, {
      error: (issue) => nipProblems(String(issue.input))[0] ?? 'NIP tidak valid',
    }),
    authority: signerAuthoritySchema,
    /** E.g. `a.n. KEPALA DINAS PERINDUSTRIAN` when the letter is signed on behalf of the head. */
    authorityLine: optionalText('Baris kewenangan').optional(),
  })
  .refine((s) => s.authority !== 'a.n.' || (s.authorityLine ?? '').trim() !== '', {
    message: 'Baris a.n. wajib diisi, misalnya "a.n. KEPALA DINAS PERINDUSTRIAN"',
    path: ['authorityLine'],
  });

const marginCm = (label: string) =>
  z
    .number({ error: `Margin ${label} harus berupa angka (cm)` })
    .min(0.5, { message: `Margin ${label} paling kecil 0,5 cm` })
    .max(6, { message: `Margin ${label} paling besar 6 cm` });

const layoutSchema = z.object({
  paper: z.enum(['A4', 'F4'], { error: 'Ukuran kertas harus A4 atau F4' }),
  marginsCm: z.object({
    top: marginCm('atas'),
    right: marginCm('kanan'),
    bottom: marginCm('bawah'),
    left: marginCm('kiri'),
  }),
  font: z.enum(['sans', 'serif'], { error: 'Huruf harus sans (Arimo) atau serif (Tinos)' }),
  fontSize: z
    .number()
    .min(11, { message: 'Ukuran huruf paling kecil 11 pt' })
    .max(12, { message: 'Ukuran huruf paling besar 12 pt' }),
  lineSpacing: z
    .number()
    .min(1, { message: 'Spasi baris paling kecil 1,0' })
    .max(1.5, { message: 'Spasi baris paling besar 1,5' }),
  firstLineIndent: z.boolean(),
  ruleStyle: z.enum(['single', 'double'], { error: 'Garis kop harus tunggal atau ganda' }),
  underlineSignerName: z.boolean(),
  leadingZeroDay: z.boolean(),
});

const classificationCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}(\.\d+)*$/, {
      message: 'Kode klasifikasi harus berbentuk angka bertitik, misalnya 500.9.1',
    }),
  label: required('Nama klasifikasi'),
});

export const officeProfileSchema = z.object({
  id: required('ID kantor', 64),
  level: officeLevelSchema,
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{2})?$/, {
      message: 'Kode wilayah harus berbentuk 63 (provinsi) atau 63.71 (kabupaten/kota)',
    }),
  /** Name of the province (for tembusan lines), e.g. `Kalimantan Selatan`. */
  provinceName: required('Nama provinsi'),
  /** Name of the region this office serves, e.g. `Kalimantan Selatan` or `Kota Banjarmasin`. */
  regionName: required('Nama wilayah'),
  pemdaLine: required('Baris pemerintah daerah'),
  officeName: required('Nama dinas'),
  address: required('Alamat', 300),
  phone: optionalText('Telepon', 60),
  fax: optionalText('Faksimile', 60),
  website: optionalText('Laman', 120),
  email: z.union([z.literal(''), z.email({ message: 'Alamat pos-el tidak valid' })]),
  postalCode: z.union([
    z.literal(''),
    z.string().regex(/^\d{5}$/, { message: 'Kode pos harus 5 digit' }),
  ]),
  emblem: z
    .string()
    .refine((v) => emblemKind(v) !== undefined, {
      message: 'Lambang daerah harus gambar PNG atau JPEG (paling besar sekitar 1 MB)',
    })
    .optional(),
  city: required('Kota tempat surat', 80),
  /** Title of the head of office used in the lampiran heading, e.g. `KEPALA DINAS PERINDUSTRIAN`. */
  headTitle: required('Jabatan kepala dinas'),
  signer: signerSchema,
  layout: layoutSchema,
  copyToStyle: z.enum(['standard', 'yth-semicolon'], { error: 'Gaya tembusan tidak dikenal' }),
  numberTemplate: z
    .string()
    .trim()
    .min(1, { message: 'Pola nomor surat wajib diisi' })
    .refine((t) => t.includes('{urut}'), { message: 'Pola nomor surat harus memuat {urut}' }),
  unitCode: optionalText('Kode unit', 40),
  classificationCodes: z
    .array(classificationCodeSchema)
    .min(1, { message: 'Daftar kode klasifikasi tidak boleh kosong' }),
  /** TTE anchor text placed in the reserved signature box. */
  tteAnchor: required('Teks jangkar TTE', 40),
  /**
   * The provincial office as named in tembusan lines, e.g. `Kepala Dinas Perindustrian dan
   * Perdagangan Provinsi Jawa Tengah`; empty means `Kepala Dinas Perindustrian Provinsi …`.
   */
  provinceOfficeTitle: optionalText('Jabatan kepala dinas provinsi', 200).optional(),
});

export type OfficeLevel = z.infer<typeof officeLevelSchema>;
export type LetterLayout = z.infer<typeof layoutSchema>;
export type OfficeProfile = z.infer<typeof officeProfileSchema>;
