import { describe, expect, it } from 'vitest';
import {
  letterTemplateVariables,
  nomineeRows,
  renderTemplate,
  SOURCE_LETTERS_POINT,
  type Letter,
} from '@shared/domain/letter';
import { receiptsByKabKota } from '@shared/domain/round-overview/received-by-kab-kota';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';
import { createBlobStore } from '../../../../../renderer/src/db/blob-store';
import { receivedBundles } from '../../../../../renderer/src/db/exchange/bundle-tables';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import {
  letterRepository,
  ReceivedLetterError,
} from '../../../../../renderer/src/db/repositories/letter-repository';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../../renderer/src/db/repositories/office-repository';
import { loadAnnexCandidates } from '../../../../../renderer/src/features/letter/letter-sources';
import { buildNewLetter } from '../../../../../renderer/src/features/letter/new-letter';
import { exportBundle } from '../../../../../renderer/src/features/pack/bundle-export';
import {
  applyBundle,
  openBundle,
  previewBundle,
} from '../../../../../renderer/src/features/pack/bundle-import';
import { makeContext } from '../../../../support/factories/db';
import { kabupatenOffice, provinceOffice } from '../../../../support/factories/letter';
import {
  pdfLikeBytes,
  seedRoundWithNominations,
} from '../../../../support/factories/letter-register';

/** A context whose ids never meet another office's (each office makes its own). */
async function officeContext(prefix: string, start: string): Promise<RepositoryContext> {
  const ctx = await makeContext({ userName: prefix, start });
  let n = 0;
  return { ...ctx, newId: () => `${prefix}-${String((n += 1)).padStart(4, '0')}` };
}

/** Kab. Banjar: its profile, a round with one nomination and a final letter listing it. */
async function banjarWithLetter(): Promise<{ ctx: RepositoryContext; letter: Letter }> {
  const ctx = await officeContext('banjar', '2026-03-01T08:00:00.000Z');
  const office = await officeRepository(ctx).save(kabupatenOffice({ id: 'kantor' }));
  const { round } = await seedRoundWithNominations(ctx, ['divalidasi']);
  const letters = letterRepository(ctx, createBlobStore(ctx.db));
  const draft = await letters.create(
    buildNewLetter(
      office,
      { id: round.id, year: 2026 },
      await loadAnnexCandidates(buildAppRepositories(ctx), round.id),
      'dirjen',
      {
        letterId: ctx.newId(),
        now: '2026-03-01T08:00:00.000Z',
        date: '2026-03-01',
      },
    ),
  );
  const letter = await letters.finalise(
    draft.id,
    draft.annexes
      .flatMap((a) => a.rows)
      .map((r) => ({ nominationId: r.nominationId, ready: true })),
    (l) => Promise.resolve(pdfLikeBytes(`final ${l.number ?? ''}`)),
  );
  return { ctx, letter };
}

async function bundleFrom(ctx: RepositoryContext): Promise<Uint8Array> {
  const { blob } = await exportBundle(ctx, {
    roundIds: [],
    appVersion: '0.1.0',
    office: {
      id: await ownOfficeId(ctx.db),
      name: 'Disperin Kab. Banjar',
      regionCode: '63.03',
      regionName: 'Kabupaten Banjar',
    },
    exportedAt: '2026-03-02T01:00:00.000Z',
  });
  return new Uint8Array(await blob.arrayBuffer());
}

describe('a kab/kota letter at the province', () => {
  it("stays the sending office's letter: read-only, its number and PDF kept, never in the province register", async () => {
    const banjar = await banjarWithLetter();
    const banjarId = await ownOfficeId(banjar.ctx.db);
    expect(banjar.letter.officeId).toBe(banjarId);

    const prov = await officeContext('prov', '2026-03-05T08:00:00.000Z');
    await officeRepository(prov).save(provinceOffice({ id: 'kantor' }));
    const provId = await ownOfficeId(prov.db);
    expect(provId).not.toBe(banjarId);
    const opened = openBundle(await bundleFrom(banjar.ctx));
    if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
    await applyBundle(prov, opened, await previewBundle(prov, opened), new Map());

    const letters = letterRepository(prov, createBlobStore(prov.db));
    const arrived = await letters.get(banjar.letter.id);
    expect(arrived).toMatchObject({
      officeId: banjarId,
      number: banjar.letter.number,
      finalPdfHash: banjar.letter.finalPdfHash,
    });
    await expect(letters.cancel(banjar.letter.id, 'salah')).rejects.toBeInstanceOf(
      ReceivedLetterError,
    );
    await expect(
      letters.saveDraft({ ...(arrived as Letter), hal: 'lain' }, arrived?.updatedAt ?? ''),
    ).rejects.toBeInstanceOf(ReceivedLetterError);
    expect(await letters.get(banjar.letter.id)).toEqual(arrived);
    expect(await prov.db.letterRegister.count()).toBe(0);
    expect(await letters.register()).toEqual([]);
  });

  it('journals who sent the bundle and which letter it carried; the round view places it under its kab/kota', async () => {
    const banjar = await banjarWithLetter();
    const prov = await officeContext('prov', '2026-03-05T08:00:00.000Z');
    await officeRepository(prov).save(provinceOffice({ id: 'kantor' }));
    const opened = openBundle(await bundleFrom(banjar.ctx));
    if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
    await applyBundle(prov, opened, await previewBundle(prov, opened), new Map());

    const received = await receivedBundles(prov);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      user: 'prov',
      office: { name: 'Disperin Kab. Banjar', regionCode: '63.03', regionName: 'Kabupaten Banjar' },
      exportedAt: '2026-03-02T01:00:00.000Z',
      roundYears: [2026],
      letters: [{ id: banjar.letter.id, number: banjar.letter.number, date: '2026-03-01' }],
    });
    const kabKota = [
      { code: '63.03', name: 'Kabupaten Banjar' },
      { code: '63.05', name: 'Kabupaten Tapin' },
    ];
    const rows = receiptsByKabKota(received, 2026, kabKota);
    // Who sent nothing comes first.
    expect(rows.map((r) => [r.name, r.bundles.length])).toEqual([
      ['Kabupaten Tapin', 0],
      ['Kabupaten Banjar', 1],
    ]);
    expect(rows[1]?.bundles[0]?.letters.map((l) => l.number)).toEqual([banjar.letter.number]);
    // Another year's round view lists no bundle.
    expect(receiptsByKabKota(received, 2027, kabKota).every((r) => r.bundles.length === 0)).toBe(
      true,
    );
  });

  it("lists the kab/kota's nominees in the province's letter citing the kab/kota letter by nomor and tanggal", async () => {
    const banjar = await banjarWithLetter();
    const prov = await officeContext('prov', '2026-03-05T08:00:00.000Z');
    const office = await officeRepository(prov).save(provinceOffice({ id: 'kantor' }));
    const opened = openBundle(await bundleFrom(banjar.ctx));
    if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
    await applyBundle(prov, opened, await previewBundle(prov, opened), new Map());

    const candidates = await loadAnnexCandidates(buildAppRepositories(prov), banjar.letter.roundId);
    const listed = nomineeRows(banjar.letter).map((r) => r.nominationId);
    expect(candidates.map((c) => c.nomination.id)).toEqual(listed);
    for (const c of candidates)
      expect(c.row.sourceLetter).toEqual({ number: banjar.letter.number, date: '2026-03-01' });

    const letter = buildNewLetter(
      { ...office, id: await ownOfficeId(prov.db) },
      { id: banjar.letter.roundId, year: 2026 },
      candidates.map((c) => ({ ...c, ready: true })),
      'dirjen',
      { letterId: prov.newId(), now: '2026-03-05T08:00:00.000Z', date: '2026-03-05' },
    );
    expect(letter.variant).toBe('B');
    expect(letter.body.points).toContain(SOURCE_LETTERS_POINT);
    const citation = `Nomor ${banjar.letter.number ?? ''} tanggal 1 Maret 2026`;
    const vars = letterTemplateVariables(letter, office);
    expect(vars.surat_kabkota).toContain(citation);
    expect(renderTemplate(SOURCE_LETTERS_POINT, vars)).toContain(`melalui surat `);
    // An office's own letters are never its sources: Banjar's candidates cite nothing.
    const own = await loadAnnexCandidates(buildAppRepositories(banjar.ctx), banjar.letter.roundId);
    expect(own.every((c) => c.row.sourceLetter === undefined)).toBe(true);
  });
});
