import { describe, expect, it } from 'vitest';
import {
  letterTemplateVariables,
  regionalHeadTitle,
  renderTemplate,
  variantForOffice,
} from '@shared/domain/letter';
import {
  annexRow,
  kabupatenLetter,
  kabupatenOffice,
  provinceLetter,
  provinceOffice,
} from '../../../../support/factories/letter';

describe('default letters', () => {
  it('addresses the Direktur Jenderal IKMA by job title', () => {
    expect(provinceLetter().addressee).toEqual({
      jobTitle: 'Direktur Jenderal Industri Kecil, Menengah, dan Aneka',
      agency: 'Kementerian Perindustrian',
      place: 'Jakarta',
    });
  });

  it('variant B puts the Governor first and adds the Bupati/Wali Kota of the nominees', () => {
    const letter = provinceLetter(3);
    expect(letter.variant).toBe('B');
    expect(letter.copyTo).toEqual([
      'Gubernur Kalimantan Selatan',
      'Wali Kota Banjarmasin',
      'Bupati Banjar',
      'Bupati Hulu Sungai Selatan',
    ]);
    expect(letter.hal).toBe('Usulan Calon IKM OVOP Tahun 2026');
  });

  it('variant A copies the Governor, its own Bupati and the provincial Dinas', () => {
    expect(kabupatenLetter().copyTo).toEqual([
      'Gubernur Kalimantan Selatan',
      'Bupati Banjar',
      'Kepala Dinas Perindustrian Provinsi Kalimantan Selatan',
    ]);
  });

  it('chooses the variant from the office level', () => {
    expect(variantForOffice(provinceOffice())).toBe('B');
    expect(variantForOffice(kabupatenOffice())).toBe('A');
    expect(regionalHeadTitle('Kota Banjarbaru')).toBe('Wali Kota Banjarbaru');
  });

  it('fills body variables: year, counts in words, region and kab/kota list', () => {
    const letter = provinceLetter(3);
    const vars = letterTemplateVariables(letter, provinceOffice());
    const content = renderTemplate(letter.body.content, vars);
    expect(content).toContain(
      'terdapat 3 (tiga) IKM yang kami usulkan sebagai calon IKM OVOP Tahun 2026',
    );
    expect(content).toContain(
      'IKM di Kota Banjarmasin, Kabupaten Banjar, dan Kabupaten Hulu Sungai Selatan',
    );
    expect(renderTemplate('{wilayah} {tidak_dikenal}', vars)).toBe(
      'Provinsi Kalimantan Selatan {tidak_dikenal}',
    );
  });

  it('names the office region, never an empty place, while no nominee is listed yet', () => {
    const letter = kabupatenLetter(0);
    const vars = letterTemplateVariables(letter, kabupatenOffice());
    const content = renderTemplate(letter.body.content, vars);
    expect(content).toContain(
      `terhadap IKM di ${kabupatenOffice().regionName}, terdapat 0 (nol) IKM`,
    );
    expect(content).not.toMatch(/ di ,/);
  });

  it('counts only the candidates of the nomination lampiran, not a reserve list', () => {
    const letter = provinceLetter(2);
    letter.annexes.push({
      title: 'DAFTAR IKM CADANGAN',
      kind: 'lainnya',
      rows: [annexRow(10), annexRow(11), annexRow(12)],
    });
    expect(letterTemplateVariables(letter, provinceOffice()).jumlah_ikm).toBe('2 (dua) IKM');
    // Letters written before lampiran had a kind: the first lampiran is the nominee list.
    const legacy = { annexes: letter.annexes.map(({ kind: _k, ...a }) => a), year: 2026 };
    expect(letterTemplateVariables(legacy, provinceOffice()).jumlah_ikm).toBe('2 (dua) IKM');
  });

  it('closes with a form of address right for anyone holding the post (Bapak/Ibu)', () => {
    const closing = provinceLetter(1).body.closing;
    expect(closing).toContain('Bapak/Ibu');
    expect(closing).not.toMatch(/\bBapak\b(?!\/Ibu)/);
  });

  it('opens by citing the ministry letter by nomor, tanggal and hal (not "perihal")', () => {
    const letter = provinceLetter(1);
    const opening = renderTemplate(
      letter.body.opening,
      letterTemplateVariables(letter, provinceOffice()),
    );
    expect(opening).toContain(
      'Nomor B/215/IKMA/IND/II/2026 tanggal 9 Februari 2026 hal Usulan Calon IKM OVOP Tahun 2026',
    );
    expect(opening).not.toContain('perihal');
  });

  it('names the provincial office in the tembusan as the office profile says', () => {
    const office = kabupatenOffice({
      provinceOfficeTitle: 'Kepala Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan',
    });
    expect(kabupatenLetter(1, {}, office).copyTo).toContain(
      'Kepala Dinas Perindustrian dan Perdagangan Provinsi Kalimantan Selatan',
    );
    expect(kabupatenLetter(1).copyTo).toContain(
      'Kepala Dinas Perindustrian Provinsi Kalimantan Selatan',
    );
  });

  it('writes region names with Indonesian capitalisation in the tembusan', () => {
    expect(regionalHeadTitle('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toBe(
      'Bupati Pangkajene dan Kepulauan',
    );
    expect(regionalHeadTitle('Kabupaten Pangkajene Dan Kepulauan')).toBe(
      'Bupati Pangkajene dan Kepulauan',
    );
    expect(regionalHeadTitle('KOTA BANJARMASIN')).toBe('Wali Kota Banjarmasin');
  });
});
