import { describe, expect, it } from 'vitest';
import {
  followSignerJobTitle,
  headOfDinas,
} from '../../../../../renderer/src/features/settings/office/signer-job-title';

describe('signer jabatan following the office region', () => {
  it('follows from the province step to the kabupaten chosen', () => {
    const afterProvince = followSignerJobTitle(
      'Kepala Dinas Perindustrian',
      '',
      'Kalimantan Selatan',
    );
    expect(afterProvince).toBe('Kepala Dinas Perindustrian Kalimantan Selatan');
    expect(followSignerJobTitle(afterProvince, 'Kalimantan Selatan', 'Kabupaten Banjar')).toBe(
      'Kepala Dinas Perindustrian Kabupaten Banjar',
    );
  });

  it('fills an empty jabatan', () => {
    expect(followSignerJobTitle('  ', 'Kabupaten Banjar', 'Kota Banjarmasin')).toBe(
      headOfDinas('Kota Banjarmasin'),
    );
  });

  it('keeps a jabatan typed by hand', () => {
    expect(
      followSignerJobTitle(
        'Plt. Kepala Dinas Perindustrian dan Perdagangan',
        'Kalimantan Selatan',
        'Kabupaten Banjar',
      ),
    ).toBe('Plt. Kepala Dinas Perindustrian dan Perdagangan');
  });
});
