import { beforeEach, describe, expect, it } from 'vitest';
import type { Letter } from '@shared/domain/letter';
import { createContext, type RepositoryContext } from '../../../../../renderer/src/db/context';
import { OvopDatabase } from '../../../../../renderer/src/db/database';
import { indexedDbBlobStore, sha256Hex } from '../../../../../renderer/src/db/blob-store';
import { nominationRepository } from '../../../../../renderer/src/db/repositories/nomination-repository';
import {
  FinalCheckError,
  letterRepository,
  type LetterRepository,
} from '../../../../../renderer/src/db/repositories/letter-repository';
import { loadAnnexCandidates } from '../../../../../renderer/src/features/letter/letter-sources';
import {
  officeRepository,
  ownOfficeId,
} from '../../../../../renderer/src/db/repositories/office-repository';
import { makeContext } from '../../../../support/factories/db';
import { allReady, draftLetterOf } from '../../../../support/factories/draft-letter';
import { provinceOffice } from '../../../../support/factories/letter';
import type { seedRoundWithNominations } from '../../../../support/factories/letter-register';
import { pdfLikeBytes } from '../../../../support/factories/letter-register';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

let ctx: RepositoryContext;
let store: LetterRepository;
const render = (letter: Letter) => Promise.resolve(pdfLikeBytes(`nomor ${letter.number ?? ''}`));

const draftLetter = (statuses?: Parameters<typeof seedRoundWithNominations>[1]) =>
  draftLetterOf(ctx, store, statuses);
const ready = allReady;

beforeEach(async () => {
  ctx = await makeContext({ userName: 'Rina', start: '2026-03-01T08:00:00.000Z' });
  store = letterRepository(ctx, indexedDbBlobStore(ctx.db));
  await officeRepository(ctx).save(provinceOffice({ id: await ownOfficeId(ctx.db) }));
});

describe('letter repository', () => {
  it('finalises with the first number of the year, stores the PDF and its SHA-256, and freezes the letter', async () => {
    const draft = await draftLetter();
    const final = await store.finalise(draft.id, ready(draft), render);
    expect(final.number).toBe('500.9/1/Disperin/2026');
    expect(final.status).toBe('final');
    const bytes = await store.pdfBytes(final.finalPdfHash ?? '');
    expect(new TextDecoder().decode(bytes)).toContain('nomor 500.9/1/Disperin/2026');
    expect(final.finalPdfHash).toBe(await sha256Hex(bytes ?? new Uint8Array()));
    expect(final.officeSnapshot?.signer.nip).toBe('196804111993031009');
    await expect(store.saveDraft({ ...final, hal: 'Lain' }, final.updatedAt)).rejects.toThrow(
      'sudah final',
    );
  });

  it('gives two letters finalised at the same time different numbers', async () => {
    const a = await draftLetter();
    const b = await draftLetter();
    const [fa, fb] = await Promise.all([
      store.finalise(a.id, ready(a), render),
      store.finalise(b.id, ready(b), render),
    ]);
    expect(new Set([fa.number, fb.number])).toEqual(
      new Set(['500.9/1/Disperin/2026', '500.9/2/Disperin/2026']),
    );
  });

  it('keeps a cancelled number in the register as batal and never gives it out again', async () => {
    const a = await draftLetter();
    const fa = await store.finalise(a.id, ready(a), render);
    await expect(store.cancel(fa.id, '')).rejects.toThrow('alasan');
    await store.cancel(fa.id, 'Salah alamat');
    const b = await draftLetter();
    const fb = await store.finalise(b.id, ready(b), render);
    expect(fb.number).toBe('500.9/2/Disperin/2026');
    const register = await store.register();
    expect(register.map((e) => [e.number, e.status])).toEqual([
      ['500.9/1/Disperin/2026', 'batal'],
      ['500.9/2/Disperin/2026', 'final'],
    ]);
  });

  it('refuses to finalise a lampiran with a not-ready nomination until it has an override note', async () => {
    const draft = await draftLetter(['draft']);
    const candidates = await loadAnnexCandidates(buildAppRepositories(ctx), draft.roundId);
    expect(candidates[0]?.ready).toBe(false);
    const row = candidates[0]?.row;
    if (!row) throw new Error('no candidate');
    const withRow = await store.saveDraft(
      { ...draft, annexes: [{ title: 'DAFTAR', rows: [row] }] },
      draft.updatedAt,
    );
    const notReady = [{ nominationId: row.nominationId, ready: false }];
    await expect(store.finalise(withRow.id, notReady, render)).rejects.toBeInstanceOf(
      FinalCheckError,
    );
    const noted = await store.saveDraft(
      {
        ...withRow,
        readinessOverrides: [{ nominationId: row.nominationId, note: 'Disetujui rapat 2 Maret' }],
      },
      withRow.updatedAt,
    );
    expect((await store.finalise(noted.id, notReady, render)).number).toBe('500.9/1/Disperin/2026');
  });

  it('stores a signed copy only when it is a PDF and moves the listed nominations to surat-ditandatangani', async () => {
    const draft = await draftLetter(['divalidasi']);
    const final = await store.finalise(draft.id, ready(draft), render);
    await expect(
      store.attachSignedCopy(final.id, new TextEncoder().encode('bukan pdf')),
    ).rejects.toThrow('bukan PDF');
    const scan = pdfLikeBytes('pindaian bertanda tangan');
    const result = await store.attachSignedCopy(final.id, scan);
    expect(result.letter.status).toBe('signed');
    expect(result.letter.signedCopyHash).toBe(await sha256Hex(scan));
    expect(result.moved).toHaveLength(1);
    const nomination = await nominationRepository(ctx).get(result.moved[0] ?? '');
    expect(nomination?.status).toBe('surat-ditandatangani');
    expect(nomination?.letterId).toBe(final.id);
  });
});

describe('letter repository across windows and with the workflow', () => {
  it('never gives the same number to two windows (two connections) finalising at the same time', async () => {
    const other = new OvopDatabase(ctx.db.name);
    await other.open();
    const otherStore = letterRepository(
      createContext(other, {
        now: ctx.now,
        newId: () => `w2-${Math.random().toString(36).slice(2)}`,
      }),
      indexedDbBlobStore(other),
    );
    const a = await draftLetter();
    const b = await draftLetter();
    const [fa, fb] = await Promise.all([
      store.finalise(a.id, ready(a), render),
      otherStore.finalise(b.id, ready(b), render),
    ]);
    expect(new Set([fa.number, fb.number])).toEqual(
      new Set(['500.9/1/Disperin/2026', '500.9/2/Disperin/2026']),
    );
    const rows = await ctx.db.letterRegister.toArray();
    expect(rows.map((r) => r.sequence).sort()).toEqual([1, 2]);
    other.close();
  });

  it('stores the cancellation reason and shows it on the register row', async () => {
    const a = await draftLetter();
    const fa = await store.finalise(a.id, ready(a), render);
    await store.cancel(fa.id, '  Salah alamat tujuan ');
    expect(await store.cancelReason(fa.id)).toBe('Salah alamat tujuan');
    const [entry] = await store.register();
    expect(entry).toMatchObject({
      status: 'batal',
      cancelReason: 'Salah alamat tujuan',
      sequence: 1,
      officeId: await ownOfficeId(ctx.db),
    });
  });

  it('refuses to store a letter without the essentials (validated record)', async () => {
    const a = await draftLetter();
    await expect(store.saveDraft({ ...a, date: '21/05/2026' }, a.updatedAt)).rejects.toThrow(
      'TTTT-BB-HH',
    );
    expect((await store.get(a.id))?.date).toBe(a.date);
  });

  it('reports the letter listing a nomination, preferring the one with a signed copy', async () => {
    const draft = await draftLetter(['divalidasi']);
    const nominationId = draft.annexes[0]?.rows[0]?.nominationId ?? '';
    expect(await store.letterFactsFor(nominationId)).toEqual({
      letterId: draft.id,
      listsNomination: true,
      hasSignedCopy: false,
    });
    const second = await store.create({ ...draft, id: 'surat-kedua' });
    const final = await store.finalise(second.id, ready(second), render);
    await store.attachSignedCopy(final.id, pdfLikeBytes('pindaian'));
    expect(await store.letterFactsFor(nominationId)).toEqual({
      letterId: 'surat-kedua',
      listsNomination: true,
      hasSignedCopy: true,
    });
    expect(await store.letterFactsFor('tidak-ada')).toBeUndefined();
  });
});
