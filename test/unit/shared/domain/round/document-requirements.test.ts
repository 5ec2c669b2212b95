import { describe, expect, it } from 'vitest';
import { documentRequirements } from '@shared/domain/round/document-requirements';
import type { DocumentChecklist } from '@shared/domain/round/round';
import { makeRound } from '../../../../support/factories/round';

const empty: DocumentChecklist = {
  lainnya: [],
  'makanan-minuman': [],
  'kain-tenun': [],
  'kain-batik': [],
  anyaman: [],
  gerabah: [],
};

describe('documentRequirements', () => {
  it("offers the default checklist's document requirement once (NIB is a legalitas, not a document)", () => {
    expect(documentRequirements([makeRound()])).toEqual([
      { id: 'profil-usaha', label: 'Profil usaha' },
    ]);
  });

  it('labels a requirement as the newest round words it, skips deleted rounds and other commodities', () => {
    const old = makeRound({
      year: 2025,
      documentChecklist: {
        ...empty,
        'kain-tenun': [{ id: 'profil-usaha', label: 'Profil', kind: 'document', minCount: 1 }],
      },
    });
    const current = makeRound({
      year: 2026,
      documentChecklist: {
        ...empty,
        'kain-tenun': [
          { id: 'profil-usaha', label: 'Profil usaha terbaru', kind: 'document', minCount: 1 },
          { id: 'foto-proses', label: 'Foto proses', kind: 'photo', minCount: 2 },
        ],
        gerabah: [{ id: 'uji-bahan', label: 'Uji bahan', kind: 'document', minCount: 1 }],
      },
    });
    const deleted = makeRound({
      year: 2027,
      deletedAt: '2026-01-01T00:00:00.000Z',
      documentChecklist: {
        ...empty,
        'kain-tenun': [{ id: 'x', label: 'X', kind: 'document', minCount: 1 }],
      },
    });
    expect(documentRequirements([old, current, deleted], ['kain-tenun'])).toEqual([
      { id: 'profil-usaha', label: 'Profil usaha terbaru' },
    ]);
    expect(documentRequirements([old, current]).map((r) => r.id)).toEqual([
      'profil-usaha',
      'uji-bahan',
    ]);
  });
});
