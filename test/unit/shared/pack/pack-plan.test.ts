import { describe, expect, it } from 'vitest';
import { buildPackPlan } from '@shared/pack/pack-plan';
import { DEFAULT_PACK_LIMITS } from '@shared/pack/pack-limits';
import { hasBlockingProblems, preflight } from '@shared/pack/preflight';
import { rekapSheet } from '@shared/pack/rekap';
import { makeAttachment } from '../../../support/factories/register';
import { makePackInput, makePackNominee } from '../../../support/factories/pack';

describe('buildPackPlan', () => {
  it('puts each nominated IKM in its own numbered folder with profile, photos and scans renamed to the scheme', () => {
    const plan = buildPackPlan(makePackInput());
    expect(plan.folders.map((f) => f.name)).toEqual(['01_UD Berkah Bahari']);
    const inFolder = plan.files
      .filter((f) => f.path.startsWith('01_UD Berkah Bahari/'))
      .map((f) => f.path.split('/')[1]);
    expect(inFolder).toEqual([
      '01_profil_UD-Berkah-Bahari.pdf',
      '02_foto_01.jpg',
      '02_foto_02.jpg',
      '02_foto_03.jpg',
      '03_nib_9120001234567.pdf',
      '03_spp-irt_2086303010123-28.pdf',
      '03_halal_ID63110000123450323.pdf',
      '03_uji-lab_LHU-0412-2025.pdf',
      '04_sk-sentra_188-45-123-KUM-2023.pdf',
      '05_dokumen-01_profil.pdf',
    ]);
    expect(plan.files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'rekap.xlsx',
        'manifest.json',
        '00_surat-usulan-pdf-final_500-3-123-DISPERIN-2026.pdf',
        '00_surat-usulan-bertanda-tangan_500-3-123-DISPERIN-2026.pdf',
      ]),
    );
    expect(plan.zipName).toBe('paket-ovop-2026-provinsi.zip');
  });

  it('stores photos and PDFs uncompressed and deflates only the manifest', () => {
    const plan = buildPackPlan(makePackInput());
    expect(plan.files.filter((f) => f.compress).map((f) => f.path)).toEqual(['manifest.json']);
  });

  it('gives two IKM with the same name different folders, ordered by kab/kota then name', () => {
    const nominees = [
      makePackNominee({
        enterpriseName: 'Sari Rasa',
        kabKotaCode: '63.71',
        kabKotaName: 'Kota Banjarmasin',
      }),
      makePackNominee({ enterpriseName: 'SARI RASA' }),
      makePackNominee({ enterpriseName: 'Amanah' }),
    ];
    const plan = buildPackPlan(makePackInput({ nominees }));
    expect(plan.folders.map((f) => f.name)).toEqual(['01_Amanah', '02_SARI RASA', '03_Sari Rasa']);
  });

  it('limits a kab/kota pack to its own nominees and leaves out drafts and withdrawn ones', () => {
    const banjar = makePackNominee({ enterpriseName: 'Banjar Satu' });
    const draft = makePackNominee({ enterpriseName: 'Masih Draf' });
    const withdrawn = makePackNominee({ enterpriseName: 'Ditarik' });
    const kota = makePackNominee({
      enterpriseName: 'Kota Satu',
      kabKotaCode: '63.71',
      kabKotaName: 'Kota Banjarmasin',
    });
    const plan = buildPackPlan(
      makePackInput({
        scope: { kind: 'kab-kota', code: '63.03', name: 'Kabupaten Banjar' },
        nominees: [
          banjar,
          { ...draft, nomination: { ...draft.nomination, status: 'draft' } },
          { ...withdrawn, nomination: { ...withdrawn.nomination, status: 'ditarik' } },
          kota,
        ],
      }),
    );
    expect(plan.folders.map((f) => f.enterpriseName)).toEqual(['Banjar Satu']);
    expect(plan.zipName).toBe('paket-ovop-2026-kabupaten-banjar.zip');
  });

  it('falls back to the final PDF with a warning when no signed copy exists, and says so when there is no letter', () => {
    const base = makePackInput();
    const unsigned = buildPackPlan({
      ...base,
      letters: base.letters.map((l) => ({
        ...l,
        number: '1/2026',
        status: 'final' as const,
        signedCopyHash: undefined,
      })),
    });
    expect(unsigned.files.filter((f) => f.role === 'letter').map((f) => f.path)).toEqual([
      '00_surat-usulan-pdf-final_1-2026.pdf',
    ]);
    expect(unsigned.warnings.map((w) => w.code)).toEqual(['letter-unsigned']);
    const none = buildPackPlan(makePackInput({ letters: [] }));
    expect(none.files.some((f) => f.role === 'letter')).toBe(false);
    expect(none.warnings[0]?.message).toMatch(/Belum ada surat usulan final/);
  });
});

describe('preflight', () => {
  it('passes a pack within the limits', () => {
    const plan = buildPackPlan(makePackInput());
    expect(preflight(plan, DEFAULT_PACK_LIMITS, 3)).toEqual([]);
  });

  it('flags a photo over 2 MB with a "Perkecil" fix for that attachment, and blocks the build', () => {
    const big = makeAttachment({ size: 3 * 1024 * 1024, caption: 'Ruang produksi' });
    const plan = buildPackPlan(
      makePackInput({ nominees: [makePackNominee({ attachments: [big] })] }),
    );
    const problems = preflight(plan, DEFAULT_PACK_LIMITS, 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'photo-too-large',
      severity: 'error',
      fix: { kind: 'shrink-photo', label: 'Perkecil', attachmentId: big.id },
    });
    expect(problems[0]?.message).toBe(
      'Foto 1 (Ruang produksi): foto 3,0 MB melebihi batas 2,0 MB.',
    );
    expect(hasBlockingProblems(problems)).toBe(true);
  });

  it('flags a PDF scan over 5 MB, a type the portal refuses, and missing photos', () => {
    const heavyPdf = makeAttachment({
      kind: 'document',
      mediaType: 'application/pdf',
      size: 6 * 1024 * 1024,
      originalName: 'izin.pdf',
    });
    const webp = makeAttachment({ mediaType: 'image/webp', size: 1000 });
    const plan = buildPackPlan(
      makePackInput({ nominees: [makePackNominee({ attachments: [heavyPdf, webp] })] }),
    );
    const codes = preflight(plan, DEFAULT_PACK_LIMITS, 3).map((p) => p.code);
    expect(codes).toEqual(['type-not-allowed', 'pdf-too-large', 'photos-missing']);
  });
});

describe('rekapSheet', () => {
  it('has one text row per nomination with the portal fields and a checklist of present files', () => {
    const nominees = [
      makePackNominee({ enterpriseName: 'Amanah' }),
      makePackNominee({ enterpriseName: 'Bunga', attachments: [], decree: undefined }),
    ];
    const plan = buildPackPlan(makePackInput({ nominees }));
    const sheet = rekapSheet(nominees, plan, 3, '2026-06-30');
    expect(sheet.rows).toHaveLength(2);
    const col = (name: string): number => sheet.headers.indexOf(name);
    const [amanah, bunga] = sheet.rows;
    expect(amanah?.[col('Nama IKM')]).toBe('Amanah');
    expect(amanah?.[col('NIB')]).toBe('9120001234567');
    expect(amanah?.[col('Sertifikat Halal')]).toBe('Ada');
    expect(amanah?.[col('Foto (wajib 3)')]).toBe('3');
    expect(bunga?.[col('Foto (wajib 3)')]).toBe('0 (kurang)');
    expect(bunga?.[col('Pindaian SK sentra')]).toBe('Tidak ada');
    for (const row of sheet.rows) for (const cell of row) expect(typeof cell).toBe('string');
  });

  it('neutralises user text that a spreadsheet would read as a formula', () => {
    const nominee = makePackNominee({ enterpriseName: '=HYPERLINK("http://x","klik")' });
    const plan = buildPackPlan(makePackInput({ nominees: [nominee] }));
    const sheet = rekapSheet([nominee], plan, 0, '2026-06-30');
    expect(sheet.rows[0]?.[sheet.headers.indexOf('Nama IKM')]).toBe(
      `'=HYPERLINK("http://x","klik")`,
    );
  });
});
