import { formatShortDate } from '../domain/common/date';
import type { OfficeProfile } from '../domain/office/office-profile.schema';
import {
  EMPTY_TABLE_NOTE,
  formatCount,
  reportTables,
  type ReportTable,
} from '../dashboard/report-tables';
import type { CountBar, DashboardData } from '../dashboard/dashboard-model';
import { plainText } from '../text/justify';
import { formatNip } from '../text/nip';
import { toTitleCaseHal } from '../text/title-case';
import { kop } from './kop';
import { cm, contentWidth, fontName, PAPER_SIZES, pageMargins } from './page';
import type { PdfContent, PdfDocDefinition, PdfNode } from './pdf-types';

/**
 * The recap report for the Governor and the head of office: the same kop and signature format as
 * the letters, every dashboard table, and the count tables also drawn as bar charts. The charts are
 * vector shapes (pdfmake canvas lines as thick bars), not screenshots: they print sharp and the
 * definition stays plain data.
 */

export interface GovernorReportOptions {
  /** Date printed under the title and above the signature (`YYYY-MM-DD`). */
  date: string;
}

const TABLE_FONT = 9.5;
const BAR_HEIGHT = 9;
const LABEL_WIDTH = 150;
const COUNT_WIDTH = 40;

/** Horizontal bar chart: label, bar proportional to the largest count, count. */
function barChart(bars: readonly CountBar[], width: number): PdfNode {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barArea = Math.max(40, width - LABEL_WIDTH - COUNT_WIDTH - 16);
  const body: PdfContent[][] = bars.map((b) => {
    const length = Math.round((b.count / max) * barArea * 100) / 100;
    // A zero count gets a hairline tick, so every row has the same height and the zero is visible.
    const bar: PdfNode =
      b.count > 0
        ? {
            canvas: [
              {
                type: 'line',
                x1: 0,
                y1: BAR_HEIGHT / 2 + 1,
                x2: Math.max(1, length),
                y2: BAR_HEIGHT / 2 + 1,
                lineWidth: BAR_HEIGHT,
              },
            ],
          }
        : { canvas: [{ type: 'line', x1: 0, y1: 1, x2: 0, y2: BAR_HEIGHT + 1, lineWidth: 0.5 }] };
    return [
      { text: plainText(b.label), fontSize: 8.5, alignment: 'right' },
      bar,
      { text: formatCount(b.count), fontSize: 8.5 },
    ];
  });
  return {
    table: { widths: [LABEL_WIDTH, barArea, COUNT_WIDTH], body },
    layout: 'noBorders',
    margin: [0, 2, 0, 6],
  };
}

function cellText(value: string | number): PdfNode {
  return typeof value === 'number'
    ? { text: formatCount(value), alignment: 'right' }
    : { text: plainText(value) };
}

function tableNode(table: ReportTable): PdfNode {
  const header: PdfContent[] = table.columns.map((c) => ({
    text: c,
    bold: true,
    fillColor: '#eeeeee',
  }));
  const rows: PdfContent[][] =
    table.rows.length > 0
      ? table.rows.map((r) => r.map(cellText))
      : [
          [
            { text: EMPTY_TABLE_NOTE, italics: true, colSpan: table.columns.length },
            ...table.columns.slice(1).map(() => ''),
          ],
        ];
  const widths: Array<number | '*' | 'auto'> = table.columns.map((_, i) =>
    i === 0 ? '*' : 'auto',
  );
  // The header row never ends a page alone: it moves on with at least the first data row.
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths,
      body: [header, ...rows],
    },
    fontSize: TABLE_FONT,
    lineHeight: 1.05,
    margin: [0, 2, 0, 12],
  };
}

/** Sections up to this many rows move whole to the next page rather than split. */
const KEEP_WHOLE_ROWS = 25;

/**
 * A section heading never stays alone at the foot of a page: heading, chart and table form one
 * unbreakable unit (a one-row table, as in the letters); a longer table keeps the heading and chart
 * together and its header with its first row.
 */
function section(table: ReportTable, index: number, width: number): PdfContent[] {
  const heading: PdfNode = {
    text: `${index + 1}. ${table.title}`,
    bold: true,
    margin: [0, 6, 0, 4],
  };
  const hasBars = table.chart !== undefined && table.chart.some((b) => b.count > 0);
  const chart = hasBars && table.chart ? [barChart(table.chart, width)] : [];
  const keep = (stack: PdfContent[]): PdfNode => ({
    table: { widths: ['*'], dontBreakRows: true, body: [[{ stack }]] },
    layout: 'noBorders',
  });
  if (table.rows.length <= KEEP_WHOLE_ROWS) return [keep([heading, ...chart, tableNode(table)])];
  return [keep([heading, ...chart]), tableNode(table)];
}

/** Title lines then a wet-signature space, name, rank and NIP — the letters' signature format. */
function reportSignature(office: OfficeProfile, date: string, width: number): PdfNode {
  const s = office.signer;
  const title = plainText(s.jobTitle).replace(/,\s*$/, '');
  const titleLines =
    s.authority === 'a.n.'
      ? [plainText(s.authorityLine ?? '').trim(), `${title},`].filter((l) => l !== '')
      : s.authority === 'Plt.' || s.authority === 'Plh.'
        ? [`${s.authority} ${title},`]
        : [`${title},`];
  const name: PdfNode = { text: plainText(s.name), bold: true };
  if (office.layout.underlineSignerName) name.decoration = 'underline';
  const lines: PdfContent[] = [
    `${plainText(office.city)}, ${formatShortDate(date)}`,
    ...titleLines,
    { text: ' ', margin: [0, 0, 0, cm(2.2)] },
    name,
  ];
  if (s.rank.trim() !== '') lines.push(plainText(s.rank));
  lines.push(`NIP ${formatNip(s.nip)}`);
  return {
    table: {
      widths: ['*', width],
      dontBreakRows: true,
      body: [['', { stack: lines, alignment: 'center', lineHeight: 1.1 }]],
    },
    layout: 'noBorders',
    margin: [0, 16, 0, 0],
  };
}

/** The recap report definition (portrait, the office's paper, font and margins). */
export function governorReportDocument(
  data: DashboardData,
  office: OfficeProfile,
  options: GovernorReportOptions,
): PdfDocDefinition {
  const layout = office.layout;
  const width = contentWidth(layout);
  const tables = reportTables(data);
  const title = `LAPORAN REKAPITULASI USULAN ${plainText(data.round.name).toUpperCase()}`;
  const content: PdfContent[] = [
    ...kop(office, width),
    { text: title, bold: true, alignment: 'center', fontSize: layout.fontSize + 1 },
    {
      text: `Kepada Yth. Gubernur ${plainText(office.provinceName)} dan ${toTitleCaseHal(plainText(office.headTitle).toLowerCase())}`,
      alignment: 'center',
    },
    {
      text: `Keadaan per ${formatShortDate(options.date)}`,
      alignment: 'center',
      margin: [0, 0, 0, 10],
    },
    ...tables.flatMap((t, i) => section(t, i, width)),
    reportSignature(office, options.date, Math.round((width / 2) * 100) / 100),
  ];
  return {
    pageSize: { ...PAPER_SIZES[layout.paper] },
    pageOrientation: 'portrait',
    pageMargins: pageMargins(layout),
    content,
    defaultStyle: { font: fontName(layout), fontSize: layout.fontSize - 1, lineHeight: 1.1 },
    info: {
      title: `Laporan rekapitulasi ${plainText(data.round.name)}`,
      author: plainText(office.officeName),
      subject: 'Rekapitulasi usulan OVOP untuk Gubernur dan Kepala Dinas',
      creator: 'OVOP Desk',
      producer: 'OVOP Desk',
    },
    pageNumbering: { fromPage: 2, fontSize: 9, top: cm(1) },
  };
}
