import { describe, expect, it } from 'vitest';
import { letterTemplateVariables, regionalHeadTitle, renderTemplate, variantForOffice } from '@shared/domain/letter';
import { annexRow, kabupatenLetter, kabupatenOffice, provinceLetter, provinceOffice } from '../../../../support/factories/letter';

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
    expect(letter.copyTo).toEqual(['Gubernur Kalimantan Selatan', 'Wali Kota Banjarmasin', 'Bupati Banjar', 'Bupati Hulu Sungai Selatan']);
    expect(letter.hal).toBe('Usulan Calon IKM OVOP Tahun 2026');
  });

  it('variant A copies the Governor, its own Bupati and the provincial Dinas', () => {
    expect(kabupatenLetter().copyTo).toEqual(['Gubernur Kalimantan Selatan', 'Bupati Banjar', 'Kepala Dinas Perindustrian Provinsi Kalimantan Selatan']);
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
    expect(content).toContain('terdapat 3 (tiga) IKM yang kami usulkan sebagai calon IKM OVOP Tahun 2026');
    expect(content).toContain('IKM di Kota Banjarmasin, Kabupaten Banjar, dan Kabupaten Hulu Sungai Selatan');
    expect(renderTemplate('{wilayah} {tidak_dikenal}', vars)).toBe('Provinsi Kalimantan Selatan {tidak_dikenal}');
  });

  it('counts nominees over all lampiran', () => {
    const letter = provinceLetter(2);
    letter.annexes.push({ title: 'LAIN', rows: [annexRow(10), annexRow(11), annexRow(12)] });
    expect(letterTemplateVariables(letter, provinceOffice()).jumlah_ikm).toBe('5 (lima) IKM');
  });
});
