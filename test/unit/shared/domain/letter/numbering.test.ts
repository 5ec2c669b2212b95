import { describe, expect, it } from 'vitest';
import { formatLetterNumber, isNumberTaken, nextSequence } from '@shared/domain/letter';
import { registerEntry } from '../../../../support/factories/letter';

describe('letter numbering', () => {
  it('fills the number template', () => {
    expect(
      formatLetterNumber('{kode}/{urut}/{unit}/{tahun}', {
        kode: '500.9.2',
        urut: 12,
        unit: 'Disperin',
        tahun: 2024,
      }),
    ).toBe('500.9.2/12/Disperin/2024');
  });

  it('drops the separator of an empty unit instead of writing //', () => {
    expect(
      formatLetterNumber('{kode}/{urut}/{unit}/{tahun}', {
        kode: '500.9',
        urut: 3,
        unit: '',
        tahun: 2024,
      }),
    ).toBe('500.9/3/2024');
  });

  it('starts at 1 for a new year and counts per office', () => {
    const register = [
      registerEntry({ sequence: 1 }),
      registerEntry({ sequence: 2 }),
      registerEntry({ sequence: 7, officeId: 'kantor-lain' }),
    ];
    expect(nextSequence(register, 'kantor-kalsel', 2024)).toBe(3);
    expect(nextSequence(register, 'kantor-kalsel', 2025)).toBe(1);
    expect(nextSequence(register, 'kantor-lain', 2024)).toBe(8);
  });

  it('never gives out a cancelled number again, even the last one', () => {
    const register = [
      registerEntry({ sequence: 1 }),
      registerEntry({ sequence: 2, status: 'batal' }),
    ];
    expect(nextSequence(register, 'kantor-kalsel', 2024)).toBe(3);
    expect(isNumberTaken(register, 'kantor-kalsel', '500.9/2/Disperin/2024')).toBe(true);
  });

  it('does not count the letter itself as a duplicate of its own number', () => {
    const register = [registerEntry({ sequence: 4, letterId: 'surat-b' })];
    expect(isNumberTaken(register, 'kantor-kalsel', '500.9/4/Disperin/2024', 'surat-b')).toBe(
      false,
    );
    expect(isNumberTaken(register, 'kantor-kalsel', '500.9/4/Disperin/2024', 'surat-c')).toBe(true);
  });
});
