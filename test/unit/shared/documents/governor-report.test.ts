import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCount, reportTables } from '@shared/dashboard';
import { governorReportDocument } from '@shared/documents/governor-report';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { makeDashboardData } from '../../../support/factories/dashboard';
import { provinceOffice } from '../../../support/factories/letter';
import { pdfFlatText, pdfPages, walkNodes } from '../../../support/pdf';

const folder = mkdtempSync(join(tmpdir(), 'ovop-laporan-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const data = makeDashboardData();
const office = provinceOffice();
const def = governorReportDocument(data, office, { date: '2026-05-01' });

describe('governor recap report definition', () => {
  it('matches its golden definition (test/golden) and survives JSON (worker message)', async () => {
    expect(JSON.parse(JSON.stringify(def))).toEqual(def);
    await expect(`${JSON.stringify(def, null, 1)}\n`).toMatchFileSnapshot(
      '../../../golden/laporan-gubernur.json',
    );
  });

  it('draws the count tables as bar charts proportional to the counts', () => {
    const bars = walkNodes(def)
      .flatMap((n) =>
        Array.isArray(n.canvas) ? (n.canvas as { x2: number; lineWidth: number }[]) : [],
      )
      .filter((l) => l.lineWidth === 9);
    expect(JSON.stringify(def)).not.toContain('"1250"');
    // status, usulan per komoditas, IKM per kab/kota, IKM per komoditas: one bar per non-zero count
    const tables = reportTables(data).filter((t) => t.chart);
    const nonZero = tables.flatMap((t) => t.chart ?? []).filter((b) => b.count > 0).length;
    expect(bars).toHaveLength(nonZero);
    const kab = tables.find((t) => t.id === 'ikm-kabkota')?.chart ?? [];
    expect(kab.map((b) => b.count)).toEqual([700, 0, 150, 400]);
  });
});

describe('governor recap report rendered (pdftotext)', () => {
  it('contains the kop, every table row, and the signature block with the formatted NIP', async () => {
    const file = join(folder, 'laporan.pdf');
    writeFileSync(file, await renderPdfNode(def));
    const text = pdfFlatText(file);
    for (const expected of [
      'PEMERINTAH PROVINSI KALIMANTAN SELATAN',
      'LAPORAN REKAPITULASI USULAN OVOP 2026',
      'Kepada Yth. Gubernur Kalimantan Selatan dan Kepala Dinas Perindustrian Provinsi Kalimantan Selatan',
      'Banjarmasin, 1 Mei 2026',
      'Ir. H. Muhammad Fadli Rahman, M.T.',
      'NIP 19680411 199303 1 009',
    ]) {
      expect(text).toContain(expected);
    }
    const tables = reportTables(data);
    for (const table of tables) {
      expect(text).toContain(table.title);
      if (table.rows.length === 0) continue;
      for (const row of table.rows)
        expect(text).toContain(
          row.map((c) => (typeof c === 'number' ? formatCount(c) : c)).join(' '),
        );
    }
  }, 30_000);

  it('says "Tidak ada data" for an empty table instead of dropping it', async () => {
    const empty = { ...data, letters: [], expiring: [] };
    const file = join(folder, 'kosong.pdf');
    writeFileSync(
      file,
      await renderPdfNode(governorReportDocument(empty, office, { date: '2026-05-01' })),
    );
    const text = pdfFlatText(file);
    expect(text).toMatch(
      /Surat usulan yang menunggu pindaian bertanda tangan Nomor Tanggal Hal Tidak ada data/,
    );
  }, 30_000);
});

describe('governor recap report page breaks', () => {
  it('never leaves a section heading as the last line of a page, whatever the margins move', async () => {
    const headings = reportTables(data).map((t, i) => `${i + 1}. ${t.title}`);
    for (const bottom of [1.5, 1.75, 2, 2.25, 2.5, 2.75, 3, 3.25, 3.5]) {
      const moved = provinceOffice({}, { marginsCm: { ...office.layout.marginsCm, bottom } });
      const file = join(folder, `laporan-${bottom}.pdf`);
      writeFileSync(
        file,
        await renderPdfNode(governorReportDocument(data, moved, { date: '2026-05-01' })),
      );
      for (const page of pdfPages(file)) {
        const lines = page
          .split('\n')
          .map((l) => l.trim().replace(/\s+/g, ' '))
          .filter((l) => l !== '');
        const lastLine = lines[lines.length - 1] ?? '';
        expect(
          headings.includes(lastLine),
          `margin bawah ${bottom} cm: "${lastLine}" sendirian di kaki halaman`,
        ).toBe(false);
      }
    }
  }, 60_000);
});
