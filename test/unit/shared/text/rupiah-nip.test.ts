import { describe, expect, it } from 'vitest';
import {
  formatNip,
  formatRupiah,
  isValidNip,
  nipProblems,
  normaliseNip,
  rupiahInWords,
  toTitleCaseHal,
  justifiedText,
} from '@shared/text';
import { randomInt, seededRandom } from '@shared/random/seeded-random';

describe('rupiah', () => {
  it('formats amounts with dots for thousands and a comma for sen', () => {
    expect(formatRupiah(1500000)).toBe('Rp1.500.000,00');
    expect(formatRupiah(0)).toBe('Rp0,00');
    expect(formatRupiah(999.5)).toBe('Rp999,50');
    expect(formatRupiah(-2500)).toBe('-Rp2.500,00');
  });

  it('writes amounts in words', () => {
    expect(rupiahInWords(1500000)).toBe('satu juta lima ratus ribu rupiah');
    expect(rupiahInWords(1000.25)).toBe('seribu rupiah dua puluh lima sen');
  });

  it('keeps the digits of any whole amount', () => {
    const next = seededRandom(99);
    for (let i = 0; i < 500; i += 1) {
      const n = randomInt(next, 0, 9_999_999_999);
      const text = formatRupiah(n);
      expect(text).toMatch(/^Rp\d{1,3}(\.\d{3})*,00$/);
      expect(Number(text.slice(2, -3).replace(/\./g, ''))).toBe(n);
    }
  });
});

describe('NIP', () => {
  it('groups 8-6-1-3', () => {
    expect(formatNip('196804111993031009')).toBe('19680411 199303 1 009');
    expect(normaliseNip('19680411 199303 1 009')).toBe('196804111993031009');
  });

  it('accepts a plausible NIP and explains each problem in Indonesian', () => {
    expect(isValidNip('19680411 199303 1 009')).toBe(true);
    expect(nipProblems('1968041119930310')).toEqual(['NIP harus 18 digit (sekarang 16 digit)']);
    expect(nipProblems('196813411993031009').join()).toMatch(/Tanggal lahir/);
    expect(nipProblems('196804111993131009').join()).toMatch(/TMT CPNS/);
    expect(nipProblems('196804111993033009').join()).toMatch(/jenis kelamin/);
    expect(nipProblems('196804111970031009').join()).toMatch(/terlalu dekat/);
    expect(isValidNip('196802301993031009')).toBe(false);
  });

  it('formatNip ∘ normaliseNip is idempotent and keeps the digits', () => {
    const next = seededRandom(1993);
    for (let i = 0; i < 500; i += 1) {
      const digits = Array.from({ length: randomInt(next, 0, 22) }, () =>
        String(randomInt(next, 0, 9)),
      ).join('');
      const once = formatNip(normaliseNip(digits));
      expect(formatNip(normaliseNip(once))).toBe(once);
      expect(normaliseNip(once)).toBe(digits);
    }
  });
});

describe('text for letters', () => {
  it('gives a Hal initial capitals without a full stop, keeping acronyms', () => {
    expect(toTitleCaseHal('usulan calon IKM OVOP tahun 2026.')).toBe(
      'Usulan Calon IKM OVOP Tahun 2026',
    );
    expect(toTitleCaseHal('penyampaian data dan usulan')).toBe('Penyampaian Data dan Usulan');
  });

  it('keeps reduplicated words and letter numbers together in justified text and drops control characters', () => {
    expect(justifiedText('masing-masing Bapak/Ibu\u0007')).toBe(
      'masing-\uFEFFmasing Bapak/\uFEFFIbu',
    );
    expect(justifiedText('B/301/IKMA dan 2024-2025')).toBe(
      'B/\uFEFF301/\uFEFFIKMA dan 2024-\uFEFF2025',
    );
    expect(justifiedText('tahun - 1 / 2')).toBe('tahun - 1 / 2');
    expect(justifiedText(justifiedText('kab/kota'))).toBe(justifiedText('kab/kota'));
  });
});
