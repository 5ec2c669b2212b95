import { describe, expect, it } from 'vitest';
import {
  SIZE_CLASS_LABELS,
  enterpriseFormSchema,
  enterpriseSchema,
  sizeClass,
} from '@shared/domain/enterprise/enterprise';
import { makeEnterprise } from '../../../../support/factories/register';

describe('enterprise schema', () => {
  it('accepts a complete IKM', () => {
    expect(enterpriseSchema.safeParse(makeEnterprise()).success).toBe(true);
  });

  it('refuses a bad NIB with the Indonesian message on the nib field', () => {
    const result = enterpriseFormSchema.safeParse({ ...makeEnterprise(), nib: '12345' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['nib'], message: 'NIB harus 13 digit angka' }),
    ]);
  });

  it('reports missing owner and workers in Indonesian', () => {
    const { ownerName: _o, workerCount: _w, ...rest } = makeEnterprise();
    const messages = enterpriseSchema.safeParse(rest).error?.issues.map((i) => i.message);
    expect(messages).toContain('Nama pemilik wajib diisi');
    expect(messages).toContain('Jumlah tenaga kerja wajib diisi');
  });

  it('needs a desa-level region', () => {
    const result = enterpriseSchema.safeParse({ ...makeEnterprise(), regionCode: '63.03.07' });
    expect(result.error?.issues[0]?.message).toBe('Pilih sampai tingkat desa/kelurahan');
  });
});

describe('sizeClass (Permenperin 64/2016)', () => {
  it.each([
    [19, 999_999_999, 'kecil'],
    [0, 0, 'kecil'],
    [19, 1_000_000_000, 'menengah'], // Rp1 M is no longer "less than Rp1 M"
    [20, 999_999_999, 'menengah'], // 20 workers is no longer small
    [20, 15_000_000_000, 'menengah'],
    [20, 15_000_000_001, 'di-luar-ikm'],
    [19, 20_000_000_000, 'menengah'], // ≤ 19 workers with investment ≥ Rp1 M is menengah
  ] as const)('%i workers, Rp%i → %s', (workers, investment, expected) => {
    expect(sizeClass(workers, investment)).toBe(expected);
  });

  it('has Indonesian labels', () => {
    expect(SIZE_CLASS_LABELS.kecil).toBe('Industri kecil');
  });
});
