import { describe, expect, it } from 'vitest';
import {
  addYears,
  daysBetween,
  formatShortDate,
  isIsoDate,
  isoDateSchema,
} from '@shared/domain/common/date';
import { optionalEmailSchema, optionalPhoneSchema } from '@shared/domain/common/contact';
import {
  COMMODITY_LABELS,
  OVOP_COMMODITIES,
  isOvopCommodity,
} from '@shared/domain/common/commodity';
import { rupiahSchema } from '@shared/domain/common/money';
import { nibInputSchema, nibSchema, normaliseNib } from '@shared/domain/common/nib';
import {
  desaCodeSchema,
  isKota,
  kabKotaCodeSchema,
  kabKotaOf,
  provinceOf,
  regionCodeSchema,
  regionLevel,
} from '@shared/domain/common/region';

function firstMessage(result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}): string | undefined {
  return result.error?.issues[0]?.message;
}

describe('NIB', () => {
  it.each([
    ['9120.0012.3456.7', '9120001234567'],
    ['9120 0012 3456 7', '9120001234567'],
    ['9120-0012-3456-7', '9120001234567'],
    ['9120001234567', '9120001234567'],
  ])('normaliseNib(%s) strips separators', (input, expected) => {
    expect(normaliseNib(input)).toBe(expected);
  });

  it.each([
    ['912000123456', 'NIB harus 13 digit angka'],
    ['91200012345678', 'NIB harus 13 digit angka'],
    ['91200012345A7', 'NIB harus 13 digit angka'],
    ['', 'NIB wajib diisi'],
  ])('refuses %j with "%s"', (input, message) => {
    expect(firstMessage(nibSchema.safeParse(input))).toBe(message);
  });

  it('reports a missing NIB in Indonesian', () => {
    expect(firstMessage(nibSchema.safeParse(undefined))).toBe('NIB wajib diisi');
  });

  it('nibInputSchema accepts a NIB typed with dots and stores the digits', () => {
    expect(nibInputSchema.parse('9120.0012.3456.7')).toBe('9120001234567');
  });
});

describe('region codes', () => {
  it.each([
    ['63', 'provinsi'],
    ['63.03', 'kab-kota'],
    ['63.03.07', 'kecamatan'],
    ['63.03.07.2001', 'desa'],
    ['6303', undefined],
    ['63.3', undefined],
    ['63.03.07.201', undefined],
  ])('regionLevel(%s) = %s', (code, level) => {
    expect(regionLevel(code)).toBe(level);
  });

  it('finds the kab/kota and the province of a desa', () => {
    expect(kabKotaOf('32.04.05.2001')).toBe('32.04');
    expect(provinceOf('32.04.05.2001')).toBe('32');
    expect(kabKotaOf('32')).toBeUndefined();
  });

  it.each([
    ['63.71', true], // Kota Banjarmasin
    ['63.72.01.1001', true],
    ['63.03', false], // Kabupaten Banjar
    ['63.69', false],
    ['63', false],
  ])('isKota(%s) = %s', (code, expected) => {
    expect(isKota(code)).toBe(expected);
  });

  it('schemas refuse the wrong level with an Indonesian message', () => {
    expect(firstMessage(desaCodeSchema.safeParse('63.03.07'))).toBe(
      'Pilih sampai tingkat desa/kelurahan',
    );
    expect(firstMessage(kabKotaCodeSchema.safeParse('63.03.07.2001'))).toBe('Pilih kabupaten/kota');
    expect(firstMessage(regionCodeSchema.safeParse('3204052001'))).toContain(
      'Kode wilayah tidak valid',
    );
    expect(regionCodeSchema.safeParse('32.04.05.2001').success).toBe(true);
  });
});

describe('dates', () => {
  it('rejects impossible calendar dates', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(firstMessage(isoDateSchema('Tanggal SK').safeParse('2025-02-30'))).toBe(
      'Tanggal SK harus tanggal yang valid (TTTT-BB-HH)',
    );
  });

  it('counts days and shifts years (29 Feb → 28 Feb)', () => {
    expect(daysBetween('2026-06-01', '2026-06-30')).toBe(29);
    expect(daysBetween('2026-06-30', '2026-06-01')).toBe(-29);
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-04-01', 2)).toBe('2026-04-01');
  });

  it('formats dates the Indonesian way', () => {
    expect(formatShortDate('2024-05-21')).toBe('21 Mei 2024');
  });
});

describe('contacts and money', () => {
  it.each(['0812-3456-7890', '+62 812 3456 7890', '(0511) 4721234', ''])(
    'accepts phone %j',
    (phone) => {
      expect(optionalPhoneSchema.safeParse(phone).success).toBe(true);
    },
  );

  it.each(['12345', 'telepon', '0812'])('refuses phone %j', (phone) => {
    expect(firstMessage(optionalPhoneSchema.safeParse(phone))).toBe(
      'Nomor telepon tidak valid (contoh: 0812-3456-7890)',
    );
  });

  it('accepts a blank or valid e-mail and refuses a broken one', () => {
    expect(optionalEmailSchema.safeParse('').success).toBe(true);
    expect(optionalEmailSchema.safeParse('ikm@contoh.id').success).toBe(true);
    expect(firstMessage(optionalEmailSchema.safeParse('ikm@'))).toBe('Alamat e-mail tidak valid');
  });

  it('refuses negative and fractional rupiah', () => {
    expect(firstMessage(rupiahSchema('Harga').safeParse(-1))).toBe('Harga tidak boleh negatif');
    expect(firstMessage(rupiahSchema('Harga').safeParse(1.5))).toBe(
      'Harga harus dalam rupiah bulat',
    );
  });
});

describe('commodities', () => {
  it('has five OVOP commodities with Indonesian labels; lainnya is not one', () => {
    expect(OVOP_COMMODITIES).toHaveLength(5);
    expect(COMMODITY_LABELS['makanan-minuman']).toBe('makanan dan minuman');
    expect(isOvopCommodity('gerabah')).toBe(true);
    expect(isOvopCommodity('lainnya')).toBe(false);
  });
});
