import { COMMODITY_LABELS } from '../domain/common/commodity';
import { CREDENTIAL_KIND_LABELS, type Credential } from '../domain/credential/credential.schema';
import { credentialState, CREDENTIAL_STATE_LABELS } from '../domain/credential/credential';
import { SIZE_CLASS_LABELS, sizeClass, type Enterprise } from '../domain/enterprise/enterprise';
import { CAPACITY_PERIOD_LABELS, type Product } from '../domain/product/product.schema';
import type { Sentra, SentraDecree } from '../domain/sentra/sentra.schema';
import { formatLongDate } from '../text/date';
import { plainText } from '../text/justify';
import { formatRupiah } from '../text/rupiah';
import { PAPER_SIZES } from './page';
import type { PdfContent, PdfDocDefinition, PdfNode } from './pdf-types';
import { isProfileImageDataUrl } from './profile-image';

export interface ProfilePhoto {
  /** From profileImageDataUrl(bytes) only; anything else is dropped. */
  dataUrl: string;
  caption: string;
}

export interface EnterpriseProfileInput {
  enterprise: Enterprise;
  product: Product | undefined;
  sentra: Sentra | undefined;
  decree: SentraDecree | undefined;
  credentials: readonly Credential[];
  photos: readonly ProfilePhoto[];
  kabKotaName: string;
  roundName: string;
  officeName: string;
  /** `YYYY-MM-DD`: the day the profile is printed (credential states are judged on it). */
  printedOn: string;
}

const MARGIN = 48;
const WIDTH = PAPER_SIZES.A4.width - 2 * MARGIN;

/** Every value coming from the register goes through here: a plain string, never an object. */
const t = (value: unknown): string => plainText(value);

function section(title: string): PdfNode {
  return { text: title, bold: true, fontSize: 12, margin: [0, 12, 0, 4] };
}

function fields(rows: readonly (readonly [string, string])[]): PdfNode {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [
        { text: label, color: '#444444' },
        { text: t(value) || '–' },
      ]),
    },
    layout: 'noBorders',
  };
}

function market(p: Product): string {
  const m = p.market;
  return [
    m.local && 'Lokal',
    m.regional && 'Regional',
    m.national && 'Nasional',
    m.export &&
      `Ekspor${m.exportDestinations.length ? ` (${m.exportDestinations.join(', ')})` : ''}`,
  ]
    .filter((x): x is string => typeof x === 'string')
    .join(', ');
}

function credentialsTable(credentials: readonly Credential[], on: string): PdfContent {
  if (credentials.length === 0) return { text: 'Belum ada legalitas tercatat.', italics: true };
  const header = ['Jenis', 'Nomor', 'Penerbit', 'Terbit', 'Berlaku sampai', 'Status'].map((h) => ({
    text: h,
    bold: true,
    fillColor: '#eeeeee',
  }));
  const rows = credentials.map((c) => [
    { text: t(CREDENTIAL_KIND_LABELS[c.kind]) },
    { text: t(c.number) },
    { text: t(c.issuer) || '–' },
    { text: formatLongDate(c.issuedOn) },
    { text: c.expiresOn ? formatLongDate(c.expiresOn) : 'Tidak terbatas' },
    { text: CREDENTIAL_STATE_LABELS[credentialState(c, on)] },
  ]);
  return {
    table: {
      widths: ['auto', '*', '*', 'auto', 'auto', 'auto'],
      headerRows: 1,
      body: [header, ...rows],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

function photoGrid(photos: readonly ProfilePhoto[]): PdfContent {
  const safe = photos.filter((p) => isProfileImageDataUrl(p.dataUrl));
  if (safe.length === 0) return { text: 'Tidak ada foto.', italics: true };
  const cellWidth = (WIDTH - 20) / 3;
  const cells: PdfContent[] = safe.map((p) => ({
    stack: [
      { image: p.dataUrl, fit: [cellWidth, cellWidth * 0.75] },
      { text: t(p.caption), fontSize: 8, margin: [0, 2, 0, 6] },
    ],
    width: cellWidth,
  }));
  const rows: PdfContent[] = [];
  for (let i = 0; i < cells.length; i += 3)
    rows.push({ columns: cells.slice(i, i + 3), columnGap: 10 });
  return rows;
}

/**
 * Profil IKM for the submission pack: identity, sentra and SK, product and its story, credentials,
 * photos. Every register value is a plain text node (pdfmake 0.3.11 may read objects as images or
 * links); images only as validated PNG/JPEG data URLs.
 */
export function enterpriseProfileDocument(input: EnterpriseProfileInput): PdfDocDefinition {
  const { enterprise: e, product: p, sentra: s, decree: d } = input;
  const content: PdfContent[] = [
    { text: 'PROFIL IKM', bold: true, fontSize: 16, alignment: 'center' },
    {
      text: t(`${input.roundName} · ${input.kabKotaName}`),
      alignment: 'center',
      margin: [0, 2, 0, 8],
    },
    { text: t(e.name), bold: true, fontSize: 14, alignment: 'center', margin: [0, 0, 0, 6] },
    section('1. Identitas usaha'),
    fields([
      ['Nama IKM', e.name],
      ['Nama pemilik', e.ownerName],
      ['NIB', e.nib],
      ['Alamat', e.address],
      ['Kabupaten/Kota', input.kabKotaName],
      ['Telepon', e.phone],
      ['E-mail', e.email],
      ['Tahun berdiri', e.yearFounded === undefined ? '' : String(e.yearFounded)],
      ['Tenaga kerja', `${e.workerCount} orang`],
      ['Nilai investasi', formatRupiah(e.investmentRupiah)],
      ['Kelas usaha', SIZE_CLASS_LABELS[sizeClass(e.workerCount, e.investmentRupiah)]],
      ['Akun SIINas', e.siinasAccount ?? ''],
    ]),
    section('2. Sentra IKM dan SK penetapan'),
    s
      ? fields([
          ['Sentra', s.name],
          ['Komoditas sentra', COMMODITY_LABELS[s.commodity]],
          ['Jumlah unit usaha', String(s.unitCount)],
          ['SK penetapan', d ? `${d.number}, ${formatLongDate(d.date)}` : 'Belum tercatat'],
          ['Ditandatangani oleh', d?.signedBy ?? ''],
          ['Penghela (lead firm)', e.isLeadFirm ? 'Ya' : 'Tidak'],
        ])
      : { text: 'IKM ini tidak tercatat sebagai anggota sentra.', italics: true },
    section('3. Produk unggulan'),
    p
      ? [
          fields([
            ['Nama produk', p.name],
            ['Komoditas', COMMODITY_LABELS[p.commodity]],
            ['Bahan baku', p.rawMaterials],
            [
              'Bahan baku lokal',
              p.localRawMaterialSharePercent === undefined
                ? ''
                : `${p.localRawMaterialSharePercent}%`,
            ],
            [
              'Kapasitas produksi',
              `${p.capacity.value} ${p.capacity.unit} ${CAPACITY_PERIOD_LABELS[p.capacity.period]}`,
            ],
            [
              'Bulan produksi per tahun',
              p.monthsProducedPerYear === undefined ? '' : String(p.monthsProducedPerYear),
            ],
            ['Pasar', market(p)],
            [
              'Harga',
              p.priceMin === p.priceMax
                ? formatRupiah(p.priceMin)
                : `${formatRupiah(p.priceMin)} – ${formatRupiah(p.priceMax)}`,
            ],
          ]),
          { text: 'Keunikan produk', bold: true, margin: [0, 6, 0, 2] },
          { text: t(p.uniquenessStory) || '–', alignment: 'justify' },
        ]
      : { text: 'Produk belum tercatat.', italics: true },
    section('4. Legalitas dan sertifikat'),
    credentialsTable(input.credentials, input.printedOn),
    section('5. Foto'),
    photoGrid(input.photos),
    {
      text: t(
        `Dicetak ${formatLongDate(input.printedOn)} oleh ${input.officeName} dengan OVOP Desk.`,
      ),
      fontSize: 8,
      color: '#666666',
      margin: [0, 16, 0, 0],
    },
  ];
  return {
    pageSize: PAPER_SIZES.A4,
    pageOrientation: 'portrait',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    content,
    defaultStyle: { font: 'Arimo', fontSize: 10, lineHeight: 1.15 },
    info: {
      title: t(`Profil IKM ${e.name}`),
      author: t(input.officeName),
      subject: t(input.roundName),
      creator: 'OVOP Desk',
      producer: 'OVOP Desk',
    },
    pageNumbering: { fromPage: 2, fontSize: 9, top: 20 },
  };
}
