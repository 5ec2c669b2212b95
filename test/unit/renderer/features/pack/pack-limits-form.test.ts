import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PACK_LIMITS,
  PACK_LIMITS_SETTING_KEY,
  packLimitsSchema,
} from '@shared/pack/pack-limits';
import { buildPackPlan } from '@shared/pack/pack-plan';
import { preflight } from '@shared/pack/preflight';
import { settingsRepository } from '../../../../../renderer/src/db/repositories/settings-repository';
import {
  limitsToForm,
  parsePackLimitsForm,
} from '../../../../../renderer/src/features/pack/pack-limits-form.schema';
import { makeContext } from '../../../../support/factories/db';
import { makePackInput, makePackNominee } from '../../../../support/factories/pack';

const MB = 1024 * 1024;

describe('Batas berkas portal form', () => {
  it('turns megabytes typed with a decimal comma into the byte limits of settings', () => {
    const parsed = parsePackLimitsForm({
      photoMaxMb: '0,5',
      pdfMaxMb: ' 3 ',
      allowedTypes: ['jpeg', 'pdf'],
    });
    expect(parsed).toEqual({
      ok: true,
      limits: { maxPhotoBytes: 512 * 1024, maxPdfBytes: 3 * MB, allowedTypes: ['jpeg', 'pdf'] },
    });
  });

  it('shows the stored defaults as 2 and 5 MB and saves them back unchanged', () => {
    const form = limitsToForm(DEFAULT_PACK_LIMITS);
    expect(form).toEqual({ photoMaxMb: '2', pdfMaxMb: '5', allowedTypes: ['jpeg', 'png', 'pdf'] });
    expect(parsePackLimitsForm(form)).toEqual({ ok: true, limits: DEFAULT_PACK_LIMITS });
  });

  it('refuses empty, non-numeric and out-of-range sizes and an empty type list with Indonesian messages per field', () => {
    expect(parsePackLimitsForm({ photoMaxMb: '', pdfMaxMb: 'lima', allowedTypes: [] })).toEqual({
      ok: false,
      errors: {
        photoMaxMb: 'Batas foto wajib diisi.',
        pdfMaxMb: 'Batas PDF harus berupa angka, mis. 2 atau 0,5.',
        allowedTypes: 'Pilih paling sedikit satu jenis berkas.',
      },
    });
    expect(
      parsePackLimitsForm({ photoMaxMb: '0', pdfMaxMb: '250', allowedTypes: ['pdf'] }),
    ).toEqual({
      ok: false,
      errors: {
        photoMaxMb: 'Batas foto harus antara 0,01 dan 100 MB.',
        pdfMaxMb: 'Batas PDF harus antara 0,01 dan 100 MB.',
      },
    });
  });

  it('saved limits are read back from settings and a photo under the old limit now fails the pre-flight', async () => {
    const ctx = await makeContext({ userName: 'Operator Uji' });
    const settings = settingsRepository(ctx);
    const parsed = parsePackLimitsForm({
      photoMaxMb: '0,5',
      pdfMaxMb: '5',
      allowedTypes: ['jpeg', 'png', 'pdf'],
    });
    if (!parsed.ok) throw new Error('form should be valid');
    await settings.set(PACK_LIMITS_SETTING_KEY, packLimitsSchema, parsed.limits);
    const stored = await settings.get(
      PACK_LIMITS_SETTING_KEY,
      packLimitsSchema,
      DEFAULT_PACK_LIMITS,
    );
    expect(stored.maxPhotoBytes).toBe(512 * 1024);

    const base = makePackNominee();
    const photo = {
      ...base.attachments.find((a) => a.kind === 'photo'),
      size: 900 * 1024,
      mediaType: 'image/jpeg' as const,
    };
    if (photo.id === undefined) throw new Error('factory nominee should have a photo');
    const nominee = { ...base, attachments: [photo as (typeof base.attachments)[number]] };
    const plan = buildPackPlan(makePackInput({ nominees: [nominee] }));
    const codes = (limits: typeof stored) => preflight(plan, limits, 0).map((p) => p.code);
    expect(codes(DEFAULT_PACK_LIMITS)).not.toContain('photo-too-large');
    const problem = preflight(plan, stored, 0).find((p) => p.code === 'photo-too-large');
    expect(problem?.message).toContain('melebihi batas 512,0 KB');
    expect(problem?.fix).toMatchObject({
      kind: 'shrink-photo',
      label: 'Perkecil',
      targetBytes: 512 * 1024,
    });
  });
});
