import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldValue } from '@shared/bundle/field-labels';

describe('fields side by side in the merge preview', () => {
  it('names a round’s ministry letter in Indonesian and shows its filled parts, not JSON', () => {
    expect(fieldLabel('requestLetter')).toBe('Surat permintaan Kementerian');
    expect(fieldValue({ number: '', date: '', hal: '' })).toBe('—');
    expect(fieldValue({ number: 'B-12/IKMA/2026', date: '2026-02-03', hal: '' })).toBe(
      'Nomor: B-12/IKMA/2026; Tanggal: 2026-02-03',
    );
  });

  it('shows coded values by the names the screens use', () => {
    expect(fieldValue('draft', 'status', 'nominations')).toBe('Draf');
    expect(fieldValue('ditarik', 'status', 'nominations')).toBe('Ditarik');
    expect(fieldValue('evaluasi-ulang', 'kind', 'nominations')).toBe('Evaluasi ulang');
    expect(fieldValue('draft', 'status', 'letters')).toBe('konsep');
    expect(fieldValue('draft', 'name', 'nominations')).toBe('draft');
  });

  it('keeps a long group to one short line', () => {
    const value = fieldValue({ hal: 'Usulan calon peserta OVOP '.repeat(5) });
    expect(value.length).toBe(78);
    expect(value.startsWith('Hal: Usulan calon')).toBe(true);
    expect(value.endsWith('…')).toBe(true);
  });
});
