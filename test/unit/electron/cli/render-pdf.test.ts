import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSamples } from '../../../tools/samples';
import { nominees } from '../../../support/factories/letter';
import { pdfFlatText, pdfPages, pdfText } from '../../../support/pdf';

let folder = '';
const file = (name: string): string => join(folder, `${name}.pdf`);
/** Collapses the layout spacing pdftotext inserts in justified lines. */
const squash = (text: string): string => text.replace(/[ \t]+/g, ' ');

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ovop-surat-'));
  await renderSamples(folder);
}, 60_000);

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('rendered letters (pdftotext)', () => {
  it('variant B shows kop, number block, addressee, date, signer and tembusan with the Governor first', () => {
    const layout = squash(pdfText(file('B-basah-A4-final-lampiran-3')));
    const text = pdfFlatText(file('B-basah-A4-final-lampiran-3'));
    expect(layout).toContain('Nomor : 500.9.2/118/Disperin/2026');
    expect(layout).toContain('Lampiran : 1 (satu) berkas');
    for (const expected of [
      'PEMERINTAH PROVINSI KALIMANTAN SELATAN',
      'DINAS PERINDUSTRIAN',
      'Jalan Jenderal Sudirman Nomor 14, Banjarmasin Kode Pos 70114',
      'Telepon (0511) 3354217, Faksimile (0511) 3354218',
      'Laman disperin.kalselprov.go.id, Pos-el disperin@kalselprov.go.id',
      'Banjarmasin, 21 Mei 2026',
      'Nomor : 500.9.2/118/Disperin/2026',
      'Sifat : Biasa',
      'Lampiran : 1 (satu) berkas',
      'Hal : Usulan Calon IKM OVOP Tahun 2026',
      'Yth. Direktur Jenderal Industri Kecil, Menengah, dan Aneka',
      'Kementerian Perindustrian',
      'terdapat 3 (tiga) IKM',
      'masing-masing IKM',
      'Ir. H. Muhammad Fadli Rahman, M.T.',
      'NIP 19680411 199303 1 009',
    ]) {
      expect(text).toContain(expected);
    }
    expect(layout).toMatch(
      /Tembusan:\s*\n\s*1\. Gubernur Kalimantan Selatan\s*\n\s*2\. Wali Kota Banjarmasin/,
    );
    expect(text).not.toContain('KONSEP');
  });

  it('variant A is a Plt. signature from the kabupaten with its own tembusan', () => {
    const layout = squash(pdfText(file('A-tte-F4-final')));
    const text = pdfFlatText(file('A-tte-F4-final'));
    expect(text).toContain('PEMERINTAH KABUPATEN BANJAR');
    expect(text).toContain('Martapura, 21 Mei 2026');
    expect(text).toContain('Plt. Kepala Dinas Perindustrian Kabupaten');
    expect(text).toContain('NIP 19750214 200012 2 002');
    expect(layout).toMatch(
      /Tembusan:\s*\n\s*1\. Gubernur Kalimantan Selatan\s*\n\s*2\. Bupati Banjar\s*\n\s*3\. Kepala Dinas Perindustrian Provinsi Kalimantan Selatan/,
    );
  });

  it('a TTE-ready letter carries the anchor text and no QR or e-signature footer; a wet one has no anchor', () => {
    expect(pdfText(file('A-tte-F4-final'))).toContain('${ttd_pengirim}');
    expect(pdfText(file('A-tte-F4-final'))).not.toMatch(/BSrE|Balai Sertifikasi/);
    expect(pdfText(file('B-basah-A4-final-lampiran-3'))).not.toContain('${ttd_pengirim}');
  });

  it('the lampiran has its heading block, title, page number and every one of 60 nominees', () => {
    const pages = pdfPages(file('B-basah-F4-konsep-lampiran-60'));
    const annexStart = pages.findIndex((p) => p.includes('LAMPIRAN'));
    expect(annexStart).toBeGreaterThan(0);
    const annex = pdfFlatText(file('B-basah-F4-konsep-lampiran-60'), {
      first: annexStart + 1,
      last: pages.length,
    });
    expect(annex).toContain('SURAT KEPALA DINAS PERINDUSTRIAN PROVINSI');
    expect(annex).toContain('TANGGAL 21 MEI 2026');
    expect(annex).toContain('HAL USULAN CALON IKM OVOP TAHUN 2026');
    expect(annex).toContain(
      'DAFTAR CALON IKM ONE VILLAGE ONE PRODUCT (OVOP) PROVINSI KALIMANTAN SELATAN',
    );
    for (const row of nominees(60)) {
      expect(annex).toContain(row.enterpriseName);
      expect(annex).toContain(row.ownerName);
    }
    // The header row repeats on every lampiran page, page numbers continue at the top.
    for (const [i, page] of pages.slice(annexStart).entries()) {
      expect(page).toMatch(/Nama IKM/);
      expect(page).toMatch(new RegExp(`^\\s*-\\s*${annexStart + i + 1}\\s*-`));
    }
    expect(annex).toContain('NIP 19680411 199303 1 009');
  });

  it('prints KONSEP only on drafts', () => {
    // The diagonal watermark reads as one word only in content-stream order.
    const konsepPages = (name: string): number =>
      pdfFlatText(file(name)).split('KONSEP').length - 1;
    expect(konsepPages('B-basah-F4-konsep-lampiran-60')).toBeGreaterThan(0);
    expect(konsepPages('A-basah-A4-konsep')).toBeGreaterThan(0);
    for (const name of [
      'A-tte-F4-final',
      'B-basah-A4-final-lampiran-3',
      'C-lampiran-60-F4-final',
    ]) {
      expect(konsepPages(name), name).toBe(0);
    }
  });

  it('numbers several lampiran I and II', () => {
    const text = pdfText(file('B-basah-A4-final-dua-lampiran'));
    expect(text).toContain('LAMPIRAN I');
    expect(text).toContain('LAMPIRAN II');
  });
});
