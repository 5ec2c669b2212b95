import { describe, expect, it } from 'vitest';
import { marketSummary, productFormSchema, productSchema } from '@shared/domain/product/product';
import { makeProduct } from '../../../../support/factories/register';

describe('product schema', () => {
  it('accepts a complete product', () => {
    expect(productSchema.safeParse(makeProduct()).success).toBe(true);
  });

  it('refuses a max price below the min price, on priceMax', () => {
    const result = productFormSchema.safeParse({
      ...makeProduct(),
      priceMin: 50_000,
      priceMax: 10_000,
    });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['priceMax'],
        message: 'Harga tertinggi tidak boleh lebih kecil dari harga terendah',
      }),
    ]);
  });

  it('asks for export destinations when export is ticked', () => {
    const market = {
      local: true,
      regional: false,
      national: false,
      export: true,
      exportDestinations: [],
    };
    const result = productSchema.safeParse({ ...makeProduct(), market });
    expect(result.error?.issues[0]?.message).toBe('Isi negara tujuan ekspor');
  });

  it.each([
    ['localRawMaterialSharePercent', 101, 'Persentase bahan baku lokal paling banyak 100'],
    ['monthsProducedPerYear', 0, 'Bulan produksi per tahun paling sedikit 1'],
    ['monthsProducedPerYear', 13, 'Bulan produksi per tahun paling banyak 12'],
  ])('refuses %s = %i', (field, value, message) => {
    const result = productSchema.safeParse({ ...makeProduct(), [field]: value });
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('summarises the market in Indonesian', () => {
    expect(
      marketSummary({
        local: true,
        regional: false,
        national: true,
        export: true,
        exportDestinations: ['Jepang'],
      }),
    ).toBe('lokal, nasional, ekspor (Jepang)');
  });
});
