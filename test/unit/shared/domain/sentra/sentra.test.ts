import { describe, expect, it } from 'vitest';
import {
  sentraDecreeSchema,
  sentraFormSchema,
  sentraSchema,
  sentraWarnings,
} from '@shared/domain/sentra/sentra';
import { makeDecree, makeSentra } from '../../../../support/factories/register';

describe('sentra schema', () => {
  it('accepts a complete sentra', () => {
    expect(sentraSchema.safeParse(makeSentra()).success).toBe(true);
  });

  it('says which required field is missing, in Indonesian', () => {
    const { name: _name, ...withoutName } = makeSentra();
    const result = sentraSchema.safeParse(withoutName);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'name',
      'Nama sentra wajib diisi',
    ]);
  });

  it('refuses a blank name and a kab/kota-level location', () => {
    const result = sentraFormSchema.safeParse({
      ...makeSentra(),
      name: '   ',
      regionCode: '63.03',
    });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain('Nama sentra wajib diisi');
    expect(messages).toContain('Pilih sampai tingkat kecamatan atau desa/kelurahan');
  });

  it('refuses an SK without number or issued by a kecamatan code', () => {
    const result = sentraDecreeSchema.safeParse({
      ...makeDecree(),
      number: '',
      issuingRegionCode: '63.03.07',
    });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toContain('Nomor SK wajib diisi');
    expect(messages).toContain('Pilih kabupaten/kota');
  });
});

describe('sentraWarnings', () => {
  it.each([
    [4, ['Sentra IKM minimal 5 unit usaha (PP 29/2018)']],
    [0, ['Sentra IKM minimal 5 unit usaha (PP 29/2018)']],
    [5, []],
    [40, []],
  ])('%i units → %j', (unitCount, messages) => {
    expect(sentraWarnings({ unitCount }).map((w) => w.message)).toEqual(messages);
  });
});
