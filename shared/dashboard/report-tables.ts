import { CREDENTIAL_KIND_LABELS } from '../domain/credential/credential.schema';
import { NOMINATION_STATUSES } from '../domain/nomination/nomination.schema';
import { NOMINATION_STATUS_LABELS } from '../domain/nomination/nomination';
import { READINESS_LIGHT_LABELS } from '../domain/readiness/finding';
import type { KabKotaOverview } from '../domain/round-overview/round-overview';
import { formatShortDate as formatLongDate } from '../domain/common/date';
import type { AwardYearRow } from './award-history';
import { commodityBars, type CountBar, type DashboardData } from './dashboard-model';

type ReportCell = string | number;

/** One table of the recap, shared by the PDF and the XLSX. */
export interface ReportTable {
  /** Stable id (sheet name source, tests). */
  id: string;
  title: string;
  columns: string[];
  rows: ReportCell[][];
  /** Drawn as a bar chart in the PDF (label column 0, value column 1). */
  chart?: CountBar[];
}

export const EMPTY_TABLE_NOTE = 'Tidak ada data';

/** `1250` → `1.250` (Indonesian thousands separator), for the PDF and the screen. */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "Belum mengusulkan" / "Di bawah kuota" / "Memenuhi kuota". */
export function quotaLabel(row: Pick<KabKotaOverview, 'enterpriseCount' | 'quotaMet'>): string {
  if (row.enterpriseCount === 0) return 'Belum mengusulkan';
  return row.quotaMet ? 'Memenuhi kuota' : 'Di bawah kuota';
}

function windowText(data: DashboardData): string {
  return `${formatLongDate(data.round.opensOn)} – ${formatLongDate(data.round.closesOn)}`;
}

function daysLeftText(days: number): string {
  if (days > 0) return `${days} hari lagi`;
  if (days === 0) return 'Hari terakhir';
  return `Ditutup ${-days} hari lalu`;
}

function barsTable(
  id: string,
  title: string,
  head: string,
  bars: CountBar[],
  countHead = 'Jumlah',
): ReportTable {
  return {
    id,
    title,
    columns: [head, countHead],
    rows: bars.map((b) => [b.label, b.count]),
    chart: bars,
  };
}

function awardTable(scale: 5 | 3, rows: AwardYearRow[]): ReportTable {
  const starColumns = Array.from({ length: scale }, (_, i) => `${i + 1} bintang`);
  return {
    id: `bintang-${scale}`,
    title: `Riwayat bintang OVOP skala 1–${scale}`,
    columns: ['Tahun', ...starColumns, 'Jumlah'],
    rows: rows.map((r) => [String(r.year), ...r.stars, r.total]),
  };
}

/** The recap's tables, in report order. Counts stay numbers; names and labels stay text. */
export function reportTables(data: DashboardData): ReportTable[] {
  const s = data.summary;
  const statusBars: CountBar[] = NOMINATION_STATUSES.map((st) => ({
    key: st,
    label: NOMINATION_STATUS_LABELS[st],
    count: s.byStatus[st],
  }));
  const readinessRows: ReportCell[][] = (['siap', 'perlu-perhatian', 'belum-siap'] as const).map(
    (l) => [READINESS_LIGHT_LABELS[l], s.readiness[l]],
  );
  if (s.readiness.unknown > 0) readinessRows.push(['Belum dapat diperiksa', s.readiness.unknown]);
  return [
    {
      id: 'ringkasan',
      title: 'Ringkasan',
      columns: ['Uraian', 'Keterangan'],
      rows: [
        ['Periode', data.round.name],
        ['Masa usulan', windowText(data)],
        ['Sisa masa usulan', daysLeftText(s.daysLeft)],
        ['Jumlah usulan (termasuk ditarik)', s.total],
        ['Usulan aktif', s.active],
        ['IKM terdaftar', data.register.enterprises],
        ['Sentra IKM terdaftar', data.register.sentras],
        ['Legalitas berakhir sebelum penutupan', data.expiring.length],
        ['Surat menunggu pindaian bertanda tangan', data.letters.length],
      ],
    },
    barsTable('status', 'Usulan menurut status', 'Status', statusBars),
    {
      id: 'kesiapan',
      title: 'Kesiapan usulan yang sedang disiapkan',
      columns: ['Kesiapan', 'Jumlah'],
      rows: readinessRows,
    },
    {
      id: 'kuota',
      title: `Pemenuhan kuota per kabupaten/kota (minimal ${data.round.quota.minSentraPerKabKota} sentra, ${data.round.quota.minEnterprisePerKabKota} IKM)`,
      columns: ['Kabupaten/Kota', 'Sentra diusulkan', 'IKM diusulkan', 'Usulan', 'Keterangan'],
      rows: data.quota.map((q) => [
        q.name,
        q.sentraCount,
        q.enterpriseCount,
        q.nominationCount,
        quotaLabel(q),
      ]),
    },
    barsTable(
      'usulan-komoditas',
      'Usulan aktif menurut komoditas',
      'Komoditas',
      commodityBars(s.byCommodity),
    ),
    barsTable(
      'ikm-kabkota',
      'IKM terdaftar menurut kabupaten/kota',
      'Kabupaten/Kota',
      data.register.enterprisesByKabKota,
    ),
    barsTable(
      'ikm-komoditas',
      'IKM terdaftar menurut komoditas',
      'Komoditas',
      data.register.enterprisesByCommodity,
    ),
    {
      id: 'legalitas',
      title: 'Legalitas IKM usulan yang berakhir sebelum penutupan usulan',
      columns: ['IKM', 'Jenis', 'Nomor', 'Berakhir', 'Keterangan'],
      rows: data.expiring.map((c) => [
        c.enterpriseName,
        CREDENTIAL_KIND_LABELS[c.kind],
        c.number,
        formatLongDate(c.expiresOn),
        c.alreadyExpired ? 'Sudah kedaluwarsa' : 'Berakhir sebelum penutupan',
      ]),
    },
    {
      id: 'surat',
      title: 'Surat usulan yang menunggu pindaian bertanda tangan',
      columns: ['Nomor', 'Tanggal', 'Hal'],
      rows: data.letters.map((l) => [l.number ?? '', formatLongDate(l.date), l.hal]),
    },
    awardTable(5, data.awards[5]),
    awardTable(3, data.awards[3]),
  ];
}
