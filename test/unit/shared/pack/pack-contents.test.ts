import { describe, expect, it } from 'vitest';
import { asProductId } from '@shared/domain/common/ids';
import type { NominationStatus } from '@shared/domain/nomination/nomination.schema';
import { buildPackPlan } from '@shared/pack/pack-plan';
import { DEFAULT_PACK_LIMITS } from '@shared/pack/pack-limits';
import { hasBlockingProblems, preflight } from '@shared/pack/preflight';
import { makePackInput, makePackLetter, makePackNominee } from '../../../support/factories/pack';
import { makeRound } from '../../../support/factories/round';
import { makeAward } from '../../../support/factories/register';
import { rekapSheet } from '@shared/pack/rekap';

const round = makeRound();
const withStatus = (name: string, status: NominationStatus) => {
  const n = makePackNominee({ enterpriseName: name });
  return { ...n, nomination: { ...n.nomination, roundId: round.id, status } };
};

describe('submission pack contents', () => {
  it('holds only nominations that go to the portal and are listed in the letter; the others are named with the reason', () => {
    const listed = withStatus('Tercantum', 'divalidasi');
    const uploaded = withStatus('Sudah Diunggah', 'diunggah');
    const failed = withStatus('Gagal', 'gagal-administrasi');
    const notInLetter = withStatus('Tidak Tercantum', 'divalidasi');
    const plan = buildPackPlan(
      makePackInput({
        round,
        nominees: [listed, uploaded, failed, notInLetter],
        letters: [makePackLetter(round.id, [listed, uploaded, failed])],
      }),
    );
    expect(plan.folders.map((f) => f.enterpriseName)).toEqual(['Sudah Diunggah', 'Tercantum']);
    expect(plan.excluded.map((x) => [x.enterpriseName, x.reason])).toEqual([
      ['Gagal', 'statusnya "gagal-administrasi" tidak dikirim ke portal'],
      ['Tidak Tercantum', 'tidak tercantum dalam lampiran surat 500.3/123/DISPERIN/2026'],
    ]);
    const messages = preflight(plan, DEFAULT_PACK_LIMITS, 3).map((p) => p.message);
    expect(messages).toContain(
      'Tidak Tercantum tidak ikut dalam paket: tidak tercantum dalam lampiran surat 500.3/123/DISPERIN/2026.',
    );
  });

  it('packs only the letter of this office and this round', () => {
    const n = withStatus('Satu', 'divalidasi');
    const other = makePackLetter(round.id, [n], {
      id: 'surat-lain',
      officeId: 'kantor-lain',
      number: '9/LAIN/2026',
      updatedAt: '2026-05-01T00:00:00.000Z',
    });
    const otherRound = makePackLetter('periode-lain', [n], {
      id: 'surat-lalu',
      number: '8/LALU/2025',
      updatedAt: '2026-05-02T00:00:00.000Z',
    });
    const own = makePackLetter(round.id, [n]);
    const plan = buildPackPlan(
      makePackInput({ round, nominees: [n], letters: [other, otherRound, own] }),
    );
    expect(plan.files.filter((f) => f.role === 'letter').map((f) => f.label)).toEqual([
      'Surat usulan 500.3/123/DISPERIN/2026 (PDF final dari aplikasi)',
      'Surat usulan 500.3/123/DISPERIN/2026 (pindaian bertanda tangan)',
    ]);
    const onlyOthers = buildPackPlan(
      makePackInput({ round, nominees: [n], letters: [other, otherRound] }),
    );
    expect(onlyOthers.folders).toEqual([]);
    expect(onlyOthers.files.some((f) => f.role === 'letter')).toBe(false);
  });

  it('blocks the build when a mandatory scan is missing: SK of the sentra, izin edar, halal and lab of the food product', () => {
    const n = withStatus('Tanpa Pindaian', 'divalidasi');
    const bare = {
      ...n,
      decree: n.decree ? { ...n.decree, scanHash: undefined } : undefined,
      credentials: n.credentials.map((c) =>
        c.kind === 'halal' ? { ...c, scanHash: undefined } : c,
      ),
    };
    const plan = buildPackPlan(makePackInput({ round, nominees: [bare] }));
    const problems = preflight(plan, DEFAULT_PACK_LIMITS, 3);
    expect(
      problems.filter((p) => p.code === 'scan-missing').map((p) => [p.severity, p.message]),
    ).toEqual([
      ['error', 'Tanpa Pindaian: pindaian SK penetapan sentra belum ada; portal mewajibkannya.'],
      [
        'error',
        'Tanpa Pindaian: pindaian Sertifikat Halal produk yang berlaku belum ada; portal mewajibkannya.',
      ],
    ]);
    expect(hasBlockingProblems(problems)).toBe(true);
    expect(
      hasBlockingProblems(
        preflight(buildPackPlan(makePackInput({ round, nominees: [n] })), DEFAULT_PACK_LIMITS, 3),
      ),
    ).toBe(false);
  });

  it('never packs an expired scan or the scan of another product', () => {
    const n = withStatus('Kedaluwarsa', 'divalidasi');
    const credentials = n.credentials.map((c) =>
      c.kind === 'halal'
        ? { ...c, expiresOn: '2026-06-29' }
        : c.kind === 'uji-lab'
          ? { ...c, productId: asProductId('produk-lain') }
          : c,
    );
    const plan = buildPackPlan(makePackInput({ round, nominees: [{ ...n, credentials }] }));
    const scans = plan.files
      .filter((f) => f.role === 'credential')
      .map((f) => f.path.split('/')[1]);
    expect(scans).toEqual(['03_nib_9120001234567.pdf', '03_spp-irt_2086303010123-28.pdf']);
    expect(plan.missingScans.map((m) => m.label)).toEqual([
      'pindaian Sertifikat Halal produk yang berlaku',
      'pindaian Hasil Uji Laboratorium produk yang berlaku',
    ]);
  });
});

describe('recap sheet: what the portal form asks for, per nominee', () => {
  it('gives credential numbers, issuers and dates, desa and kecamatan, an earlier award and the sample shipment', () => {
    const base = withStatus('Rekap', 'divalidasi');
    const award = makeAward({
      enterpriseId: base.enterprise.id,
      productName: 'Kerupuk Ikan Haruan',
      year: 2022,
      stars: 3,
      scale: 5,
    });
    const n = {
      ...base,
      nomination: {
        ...base.nomination,
        // A re-evaluation never enters the pack (no new proposal); the award shown is the
        // enterprise's earlier one.
        sample: { sentOn: '2026-05-04', receiptNumber: 'JNE-0012345' },
      },
      award,
      desaName: 'Sungai Batang',
      kecamatanName: 'Martapura Barat',
    };
    const plan = buildPackPlan(makePackInput({ round, nominees: [n] }));
    const sheet = rekapSheet([n], plan, 3, round.closesOn);
    const cell = (header: string): string | undefined =>
      sheet.rows[0]?.[sheet.headers.indexOf(header)];
    expect(cell('Desa/Kelurahan')).toBe('Sungai Batang');
    expect(cell('Kecamatan')).toBe('Martapura Barat');
    expect(cell('Penghargaan yang dievaluasi ulang')).toBe(
      'Bintang 3 (skala 5), Kerupuk Ikan Haruan, tahun 2022',
    );
    expect(cell('Tanggal kirim sampel')).toBe('4 Mei 2026');
    expect(cell('Nomor resi sampel')).toBe('JNE-0012345');
    expect(cell('Sertifikat Halal: nomor, penerbit, terbit, berlaku')).toBe(
      'ID63110000123450323 (BPJPH), terbit 1 Maret 2023, berlaku sampai 1 Maret 2027',
    );
    expect(cell('Hasil Uji Laboratorium: nomor, penerbit, terbit, berlaku')).toBe(
      'LHU-0412/2025 (Balai Standardisasi Banjarbaru), terbit 1 November 2025, berlaku tanpa batas waktu',
    );
  });
});
