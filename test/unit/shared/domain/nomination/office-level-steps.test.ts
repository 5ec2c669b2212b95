import { describe, expect, it } from 'vitest';
import { asLetterId } from '@shared/domain/common/ids';
import {
  allowedTransitions,
  transition,
  transitionOptions,
  type LetterInfo,
} from '@shared/domain/nomination/nomination';
import { makeNomination } from '../../../../support/factories/round';

const at = '2026-05-02T10:00:00.000Z';
const signedLetter: LetterInfo = {
  letterId: asLetterId('surat-kab-1'),
  listsNomination: true,
  hasSignedCopy: true,
};

describe('nomination steps a kabupaten/kota office records', () => {
  it('is never offered the province validation', () => {
    for (const status of ['draft', 'diperiksa', 'divalidasi', 'surat-ditandatangani'] as const) {
      expect(allowedTransitions({ status }, 'kabupaten')).not.toContain('divalidasi');
    }
    expect(allowedTransitions({ status: 'diperiksa' }, 'provinsi')).toContain('divalidasi');
  });

  it('goes from its check to its own signed letter, then to the portal', () => {
    const checked = makeNomination({ status: 'diperiksa' });
    expect(allowedTransitions(checked, 'kota')).toEqual([
      'surat-ditandatangani',
      'draft',
      'ditarik',
    ]);
    const signed = transition(checked, 'surat-ditandatangani', {
      at,
      by: 'Rina',
      letter: signedLetter,
      officeLevel: 'kabupaten',
    });
    expect(signed.ok).toBe(true);
    if (!signed.ok) return;
    expect(signed.nomination.status).toBe('surat-ditandatangani');
    const uploaded = transition(signed.nomination, 'diunggah', {
      at,
      by: 'Rina',
      letter: signedLetter,
      officeLevel: 'kabupaten',
    });
    expect(uploaded.ok && uploaded.nomination.status).toBe('diunggah');
  });

  it('refuses the province step when a kabupaten office asks for it', () => {
    const result = transition(makeNomination({ status: 'diperiksa' }), 'divalidasi', {
      at,
      by: 'Rina',
      officeLevel: 'kabupaten',
    });
    expect(result).toEqual({
      ok: false,
      reason: 'Tidak dapat berpindah dari "Diperiksa kab/kota" ke "Divalidasi provinsi"',
    });
  });

  it('still asks for the signed letter before "Surat ditandatangani"', () => {
    const options = transitionOptions(makeNomination({ status: 'diperiksa' }), {
      at,
      by: 'Rina',
      officeLevel: 'kabupaten',
    });
    expect(options.find((o) => o.to === 'surat-ditandatangani')?.refusedBecause).toBe(
      'Usulan ini belum tercantum dalam lampiran surat usulan',
    );
  });
});
