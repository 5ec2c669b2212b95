import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_TABLES, type BundleRow } from '@shared/bundle/bundle-data';
import type { Letter } from '@shared/domain/letter';
import { createBlobStore } from '../../../../../renderer/src/db/blob-store';
import type { RepositoryContext } from '../../../../../renderer/src/db/context';
import { LETTER_RECORD_VERSION } from '../../../../../renderer/src/db/migrations/0002-letter-register';
import { letterRepository } from '../../../../../renderer/src/db/repositories/letter-repository';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../../renderer/src/db/repositories/office-repository';
import { loadAnnexCandidates } from '../../../../../renderer/src/features/letter/letter-sources';
import { buildNewLetter } from '../../../../../renderer/src/features/letter/new-letter';
import {
  exportBundle,
  readBundleData,
} from '../../../../../renderer/src/features/pack/bundle-export';
import {
  applyBundle,
  openBundle,
  previewBundle,
} from '../../../../../renderer/src/features/pack/bundle-import';
import { makeBundleBytes } from '../../../../support/factories/bundle';
import { makeContext } from '../../../../support/factories/db';
import { kabupatenOffice } from '../../../../support/factories/letter';
import {
  pdfLikeBytes,
  seedRoundWithNominations,
} from '../../../../support/factories/letter-register';
import {
  makeAttachment,
  makeAward,
  makeCredential,
  makeDecree,
  makeSentra,
} from '../../../../support/factories/register';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

const meta = { schemaVersion: 1, revision: 1, live: 1 } as const;
const bytesOf = (text: string) => strToU8(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** A kab/kota register holding every exchangeable kind, with a signed letter (final and signed PDFs). */
async function fullRegister(ctx: RepositoryContext): Promise<{ letter: Letter }> {
  const blobs = createBlobStore(ctx.db);
  const { round, nominations } = await seedRoundWithNominations(ctx, ['divalidasi']);
  const nomination = nominations[0];
  if (!nomination) throw new Error('tanpa usulan');
  const decreeScan = await blobs.put(bytesOf('SK sentra'));
  const decree = makeDecree({ scanHash: decreeScan });
  const sentra = makeSentra({ decreeId: decree.id });
  await ctx.db.decrees.put({ ...decree, ...meta });
  await ctx.db.sentras.put({
    ...sentra,
    ...meta,
    nameKey: sentra.name.toLowerCase(),
    words: [],
    kabKotaCode: '63.03',
    enterpriseCount: 0,
  });
  const enterprise = await ctx.db.enterprises.get(nomination.enterpriseId);
  if (!enterprise) throw new Error('tanpa IKM');
  const proof = await blobs.put(bytesOf('bukti SIINas'));
  await ctx.db.enterprises.put({ ...enterprise, sentraId: sentra.id, siinasProofHash: proof });
  const credentialScan = await blobs.put(bytesOf('sertifikat halal'));
  const credential = makeCredential({ enterpriseId: enterprise.id, scanHash: credentialScan });
  await ctx.db.credentials.put({ ...credential, ...meta });
  const award = makeAward({ enterpriseId: enterprise.id });
  await ctx.db.awards.put({ ...award, ...meta });
  const photo = await blobs.put(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7]));
  const attachment = makeAttachment({
    hash: photo,
    owner: { type: 'product', id: nomination.productId },
  });
  await ctx.db.attachments.put({
    ...attachment,
    ...meta,
    ownerKey: `product:${nomination.productId}`,
  });

  await officeRepository(ctx).save(kabupatenOffice({ id: await ownOfficeId(ctx.db) }));
  const letters = letterRepository(ctx, blobs);
  const candidates = await loadAnnexCandidates(buildAppRepositories(ctx), round.id);
  const draft = await letters.create(
    buildNewLetter(
      kabupatenOffice({ id: await ownOfficeId(ctx.db) }),
      { id: round.id, year: 2026 },
      candidates,
      'dirjen',
      {
        letterId: ctx.newId(),
        now: '2026-03-01T08:00:00.000Z',
        date: '2026-03-01',
      },
    ),
  );
  const rows = draft.annexes.flatMap((a) => a.rows);
  expect(rows.map((r) => r.nominationId)).toEqual([nomination.id]);
  const final = await letters.finalise(
    draft.id,
    rows.map((r) => ({ nominationId: r.nominationId, ready: true })),
    (l) => Promise.resolve(pdfLikeBytes(`final ${l.number ?? ''}`)),
  );
  await letters.attachSignedCopy(final.id, pdfLikeBytes('ditandatangani basah'));
  const letter = await letters.get(final.id);
  if (!letter) throw new Error('tanpa surat');
  return { letter };
}

async function bundleOf(ctx: RepositoryContext): Promise<Uint8Array> {
  const { blob, missingBlobs } = await exportBundle(ctx, {
    roundIds: [],
    appVersion: '0.1.0',
    office: { name: 'Disperin Kab. Banjar', regionCode: '63.03' },
    exportedAt: '2026-04-01T00:00:00.000Z',
  });
  expect(missingBlobs).toEqual([]);
  return new Uint8Array(await blob.arrayBuffer());
}

describe('exchange bundle of every record kind', () => {
  it('exports every kind (a signed letter with both PDFs) and imports it whole into an empty register', async () => {
    const source = await makeContext({ userName: 'Rina' });
    const { letter } = await fullRegister(source);
    expect(letter.status).toBe('signed');
    const sent = await readBundleData(source);
    for (const table of BUNDLE_TABLES) expect(sent[table].length, table).toBeGreaterThan(0);

    const opened = openBundle(await bundleOf(source));
    if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
    const target = await makeContext({ userName: 'Sari', start: '2026-05-01T00:00:00.000Z' });
    const preview = await previewBundle(target, opened);
    await applyBundle(target, opened, preview, new Map());

    expect(await readBundleData(target)).toEqual(sent);
    const targetBlobs = createBlobStore(target.db);
    const [stored] = await target.db.letters.toArray();
    expect(stored).toMatchObject({
      id: letter.id,
      schemaVersion: LETTER_RECORD_VERSION,
      nominationIds: letter.annexes.flatMap((a) => a.rows).map((r) => r.nominationId),
    });
    expect(new TextDecoder().decode(await targetBlobs.get(letter.finalPdfHash ?? ''))).toContain(
      `final ${letter.number ?? ''}`,
    );
    expect(new TextDecoder().decode(await targetBlobs.get(letter.signedCopyHash ?? ''))).toContain(
      'ditandatangani basah',
    );
    const imported = await letterRepository(target, targetBlobs).get(letter.id);
    expect(imported?.status).toBe('signed');
    expect(await target.db.importJournal.count()).toBe(1);
  });

  it('reads a letter row of the layout before the letter register (whole letter in body) as the current letter', async () => {
    const source = await makeContext({ userName: 'Rina' });
    const { letter } = await fullRegister(source);
    const { finalPdfHash: _f, signedCopyHash: _s, ...plain } = letter;
    const legacy: BundleRow = {
      id: letter.id,
      roundId: letter.roundId,
      body: { ...plain, status: 'final' },
      createdAt: letter.createdAt,
      updatedAt: letter.updatedAt,
    };
    const opened = openBundle(
      makeBundleBytes({ ...(await readBundleData(source)), letters: [legacy] }, []),
    );
    if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
    expect(opened.data.letters[0]).toMatchObject({
      id: letter.id,
      officeId: letter.officeId,
      number: letter.number,
      status: 'final',
    });
    const target = await makeContext({ start: '2026-05-01T00:00:00.000Z' });
    await applyBundle(target, opened, await previewBundle(target, opened), new Map());
    expect(
      (await letterRepository(target, createBlobStore(target.db)).get(letter.id))?.number,
    ).toBe(letter.number);
  });
});
