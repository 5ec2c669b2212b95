import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_LIMITS } from '@shared/pack/pack-limits';
import { buildPackPlan } from '@shared/pack/pack-plan';
import { preflight } from '@shared/pack/preflight';
import { makeAttachment } from '../../../support/factories/register';
import { makePackInput, makePackNominee } from '../../../support/factories/pack';

describe('preflight fix links', () => {
  it('"Tambah foto" opens the photo tab of the IKM that lacks photos, not the IKM list', () => {
    const short = makePackNominee({
      enterpriseName: 'UD Kurang Foto',
      attachments: [makeAttachment()],
    });
    const plan = buildPackPlan(
      makePackInput({ nominees: [short, makePackNominee({ enterpriseName: 'UD Lengkap' })] }),
    );
    const missing = preflight(plan, DEFAULT_PACK_LIMITS, 3).filter(
      (p) => p.code === 'photos-missing',
    );
    expect(missing.map((p) => p.message)).toEqual([
      'UD Kurang Foto: 1 foto, periode ini meminta 3.',
    ]);
    expect(missing[0]?.fix).toEqual({
      kind: 'open-page',
      label: 'Tambah foto',
      route: `/ikm/${short.enterprise.id}?tab=foto`,
    });
  });

  it('"Ganti berkas" for an oversized document opens that IKM on its document tab', () => {
    const nominee = makePackNominee({
      attachments: [
        makeAttachment({
          kind: 'document',
          mediaType: 'application/pdf',
          size: 6 * 1024 * 1024,
          originalName: 'izin.pdf',
        }),
      ],
    });
    const plan = buildPackPlan(makePackInput({ nominees: [nominee] }));
    const tooLarge = preflight(plan, DEFAULT_PACK_LIMITS, 0).find(
      (p) => p.code === 'pdf-too-large',
    );
    expect(tooLarge?.fix).toEqual({
      kind: 'open-page',
      label: 'Ganti berkas',
      route: `/ikm/${nominee.enterprise.id}?tab=dokumen`,
    });
  });
});
