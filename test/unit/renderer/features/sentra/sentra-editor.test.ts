import { describe, expect, it } from 'vitest';
import { asDecreeId } from '@shared/domain/common/ids';
import {
  newDecreeOf,
  sentraEditorSchema,
  sentraFormOf,
  sentraReadiness,
} from '../../../../../renderer/src/features/sentra/sentra-editor.schema';

const base = {
  name: 'Sentra Kerupuk',
  commodity: 'makanan-minuman',
  regionCode: '63.03.03.2002',
  address: '',
  unitCount: 12,
  workerCount: 40,
  notes: '',
  newDecree: { number: '', date: '', signedBy: '', signerRole: 'bupati' },
} as const;

describe('sentra editor', () => {
  it('asks for the new SK details in Indonesian only when a new SK is chosen', () => {
    const refused = sentraEditorSchema.safeParse({ ...base, decreeMode: 'new' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'newDecree.number',
      'Nomor SK wajib diisi',
    ]);
    expect(sentraEditorSchema.safeParse({ ...base, decreeMode: 'none' }).success).toBe(true);
    expect(
      sentraEditorSchema.safeParse({ ...base, decreeMode: 'existing' }).error?.issues[0]?.message,
    ).toBe('Pilih SK penetapan yang sudah ada');
  });
  it('builds the SK for the sentra kab/kota and the sentra pointing at it', () => {
    const values = sentraEditorSchema.parse({
      ...base,
      decreeMode: 'new',
      newDecree: {
        number: '188/1',
        date: '2023-05-10',
        signedBy: 'Bupati Banjar',
        signerRole: 'bupati',
      },
    });
    expect(newDecreeOf(values)).toMatchObject({ number: '188/1', issuingRegionCode: '63.03' });
    expect(sentraFormOf(values, 'sk-1')).toMatchObject({
      name: 'Sentra Kerupuk',
      decreeId: 'sk-1',
    });
    expect(sentraFormOf(values, undefined)).not.toHaveProperty('decreeId');
  });
  it('flags a sentra under 5 units or without SK', () => {
    expect(sentraReadiness({ unitCount: 4, decreeId: undefined }).map((i) => i.code)).toEqual([
      'too-few-units',
      'no-decree',
    ]);
    expect(sentraReadiness({ unitCount: 5, decreeId: asDecreeId('sk') })).toEqual([]);
  });
});
