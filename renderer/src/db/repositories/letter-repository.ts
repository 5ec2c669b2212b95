import { detectFileType } from '@shared/domain/attachment/file-type';
import { asLetterId } from '@shared/domain/common/ids';
import {
  finalChecks,
  formatLetterNumber,
  type Letter,
  type NomineeReadiness,
} from '@shared/domain/letter';
import { diffFields, writeAudit } from '../registers/audit-writer';
import type { BlobStore } from '../blob-store';
import { nextTimestamp, type RepositoryContext } from '../context';
import { NotFoundError, StaleWriteError } from '../errors';
import { letterFromRecord, letterToRecord } from '../registers/letter-record';
import {
  nextSequenceOf,
  registerEntryOf,
  registerRowsOf,
  type LetterRegisterEntry,
} from '../registers/letter-register';
import type { LetterRecord } from '../registers/records';
import { LetterNumberUnavailableError, serverLetterSequence } from '../sync/letter-numbers';
import {
  FinalCheckError,
  ReceivedLetterError,
  type LetterRepository,
  type RenderFinalPdf,
} from './letter-contract';
import { blobOnDemand, checkServerBlobLimit } from '../sync/remote-blobs';
import type { OvopDatabase } from '../database';
import { moveSignedNominations } from './signed-nominations';
import { ensureOfficeId, officeRepository, ownOfficeId } from './office-repository';
import { roundRepository } from './round-repository';

export { FinalCheckError, ReceivedLetterError, type LetterRepository } from './letter-contract';

const MAX_NUMBER_ATTEMPTS = 5;

/** `YYYY-MM-DD` of a moment in the user's local calendar. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const letterYear = (letter: Letter): number => Number(letter.date.slice(0, 4));

/** The server's sequence when a shared register is configured; its refusal is a final check. */
async function drawServerSequence(db: OvopDatabase, year: number): Promise<number | undefined> {
  try {
    return await serverLetterSequence(db, year);
  } catch (error) {
    if (error instanceof LetterNumberUnavailableError) throw new FinalCheckError([error.message]);
    throw error;
  }
}

export function letterRepository(ctx: RepositoryContext, blobs: BlobStore): LetterRepository {
  const { db } = ctx;
  const tables = [db.letters, db.letterRegister, db.audit, db.settings];
  const office = officeRepository(ctx);

  const get = async (id: string): Promise<Letter | undefined> =>
    letterFromRecord(await db.letters.get(id));

  async function mustGet(id: string): Promise<Letter> {
    const letter = await get(id);
    if (!letter) throw new NotFoundError('letter', id);
    return letter;
  }

  /** A letter that arrived from another office is that office's: read-only here, never renumbered. */
  async function mustOwn(id: string): Promise<Letter> {
    const letter = await mustGet(id);
    if (letter.officeId !== (await ownOfficeId(db))) throw new ReceivedLetterError();
    return letter;
  }

  /** Replaces the stored letter inside the caller's transaction, with an audit row. */
  async function write(
    previous: Letter | undefined,
    next: Letter,
    action: 'create' | 'update',
    cancelReason?: string,
  ): Promise<void> {
    const stored = await db.letters.get(next.id);
    await db.letters.put(letterToRecord(next, cancelReason ?? stored?.cancelReason));
    await writeAudit(ctx, {
      entity: 'letter',
      entityId: next.id,
      action,
      at: next.updatedAt,
      changes: diffFields(previous, next),
    });
  }

  async function change(
    id: string,
    expectedUpdatedAt: string | undefined,
    build: (previous: Letter, at: string) => Letter,
    cancelReason?: string,
  ): Promise<Letter> {
    return db.transaction('rw', tables, async () => {
      const previous = await mustOwn(id);
      if (expectedUpdatedAt !== undefined && previous.updatedAt !== expectedUpdatedAt)
        throw new StaleWriteError('letter', id);
      const next = build(previous, nextTimestamp(ctx, previous.updatedAt));
      await write(previous, next, 'update', cancelReason);
      return next;
    });
  }

  async function register(): Promise<LetterRegisterEntry[]> {
    const [rows, { profile }] = await Promise.all([
      db.letterRegister.orderBy('seq').toArray(),
      office.get(),
    ]);
    const records = new Map(
      (await db.letters.bulkGet(rows.map((r) => r.letterId))).flatMap(
        (r): [string, LetterRecord][] => (r ? [[r.id, r]] : []),
      ),
    );
    return rows.flatMap((row) => {
      const record = records.get(row.letterId);
      const letter = letterFromRecord(record);
      if (!letter) return [];
      const entry: LetterRegisterEntry = {
        ...registerEntryOf(letter, row.sequence, profile),
        number: row.number,
        year: row.year,
        officeId: row.officeId,
        roundId: letter.roundId,
      };
      if (record?.cancelReason) entry.cancelReason = record.cancelReason;
      return [entry];
    });
  }

  async function claimNumber(
    id: string,
    readiness: readonly NomineeReadiness[],
    render: RenderFinalPdf,
  ): Promise<Letter | undefined> {
    const letter = await mustOwn(id);
    if (letter.status !== 'draft') throw new Error('Surat ini sudah final');
    const stored = await office.get();
    if (!stored.complete)
      throw new FinalCheckError([
        'Profil instansi belum lengkap: isi dulu di Pengaturan → Profil Instansi',
      ]);
    const year = letterYear(letter);
    const numberOf = (urut: number) =>
      formatLetterNumber(stored.profile.numberTemplate, {
        kode: letter.classificationCode,
        urut,
        unit: stored.profile.unitCode,
        tahun: year,
      });
    const localSequence = nextSequenceOf(await registerRowsOf(db, letter.officeId, year));
    const round = await roundRepository(ctx).get(letter.roundId);
    // The ministry's letter is cited as the round holds it now, not as it was when the draft began.
    const cited: Letter = round?.requestLetter
      ? { ...letter, requestLetter: { ...round.requestLetter } }
      : letter;
    const problems = finalChecks(cited, {
      today: localIsoDate(ctx.now()),
      register: await register(),
      readiness,
      office: stored.profile,
      number: numberOf(localSequence),
      round,
    });
    if (problems.length > 0) throw new FinalCheckError(problems);
    // With a shared register the server draws the number (checked first, so a refused letter
    // wastes none); without one the local register does.
    const drawn = await drawServerSequence(db, year);
    const sequence = drawn ?? localSequence;
    const number = numberOf(sequence);
    const candidate: Letter = { ...cited, number, status: 'final', officeSnapshot: stored.profile };
    const hash = await blobs.put(await render(candidate, stored.profile));
    return db.transaction('rw', tables, async () => {
      // IndexedDB runs rw transactions on these tables one at a time, across tabs too: the number is
      // claimed only if nobody took this sequence (or the same formatted number) since we looked.
      const rows = await registerRowsOf(db, letter.officeId, year);
      const taken =
        (drawn === undefined
          ? nextSequenceOf(rows) !== sequence
          : rows.some((row) => row.sequence === sequence)) ||
        (await db.letterRegister.where('number').equals(number).count()) > 0;
      if (taken) return undefined;
      const current = await mustGet(id);
      if (current.updatedAt !== letter.updatedAt || current.status !== 'draft')
        throw new StaleWriteError('letter', id);
      const at = nextTimestamp(ctx, current.updatedAt);
      const next: Letter = { ...candidate, finalPdfHash: hash, finalisedAt: at, updatedAt: at };
      await db.letterRegister.add({
        officeId: letter.officeId,
        year,
        sequence,
        number,
        letterId: id,
        at,
      });
      await write(current, next, 'update');
      return next;
    });
  }

  return {
    async list() {
      const rows = await db.letters.toArray();
      return rows
        .map(letterFromRecord)
        .filter((l): l is Letter => l !== undefined)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },
    listByRound: async (roundId) =>
      (await db.letters.where('roundId').equals(roundId).toArray())
        .map(letterFromRecord)
        .filter((l): l is Letter => l !== undefined),
    get,
    async create(letter) {
      return db.transaction('rw', tables, async () => {
        const at = nextTimestamp(ctx);
        const { number: _n, ...rest } = letter;
        const officeId = await ensureOfficeId(ctx);
        const next: Letter = { ...rest, officeId, status: 'draft', createdAt: at, updatedAt: at };
        await write(undefined, next, 'create');
        return next;
      });
    },
    saveDraft(letter, expectedUpdatedAt) {
      return change(letter.id, expectedUpdatedAt, (previous, at) => {
        if (previous.status !== 'draft')
          throw new Error('Surat yang sudah final tidak dapat diubah');
        const { number: _n, ...rest } = letter;
        return { ...rest, status: 'draft', createdAt: previous.createdAt, updatedAt: at };
      });
    },
    register,
    async finalise(id, readiness, render) {
      for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt += 1) {
        const final = await claimNumber(id, readiness, render);
        if (final) return final;
      }
      throw new Error('Nomor surat terus dipakai jendela lain; coba finalkan lagi');
    },
    cancel(id, reason) {
      const why = reason.trim();
      if (why === '') return Promise.reject(new Error('Tulis alasan pembatalan'));
      return change(
        id,
        undefined,
        (previous, at) => {
          if (previous.status === 'cancelled') throw new Error('Surat ini sudah dibatalkan');
          return { ...previous, status: 'cancelled', cancelledAt: at, updatedAt: at };
        },
        why,
      );
    },
    cancelReason: async (id) => (await db.letters.get(id))?.cancelReason,
    async attachSignedCopy(id, bytes) {
      if (detectFileType(bytes) !== 'pdf')
        throw new Error('Berkas bukan PDF: unggah pindaian atau PDF bertanda tangan elektronik');
      const before = await mustOwn(id);
      if (before.status !== 'final') {
        throw new Error(
          before.status === 'draft'
            ? 'Finalkan surat dulu sebelum mengunggah salinan bertanda tangan'
            : 'Salinan bertanda tangan hanya dapat diunggah untuk surat final',
        );
      }
      await checkServerBlobLimit(db, bytes.byteLength);
      const hash = await blobs.put(bytes);
      const letter = await change(id, before.updatedAt, (previous, at) => ({
        ...previous,
        status: 'signed',
        signedCopyHash: hash,
        updatedAt: at,
      }));
      return { letter, ...(await moveSignedNominations(ctx, letter)) };
    },
    async letterFactsFor(nominationId) {
      const listing = (await db.letters.where('nominationIds').equals(nominationId).toArray())
        .map(letterFromRecord)
        .filter((l): l is Letter => l !== undefined && l.status !== 'cancelled');
      const rank = (l: Letter): number => (l.signedCopyHash ? 0 : l.status === 'final' ? 1 : 2);
      const best = listing.sort(
        (a, b) => rank(a) - rank(b) || (a.updatedAt < b.updatedAt ? 1 : -1),
      )[0];
      return best
        ? {
            letterId: asLetterId(best.id),
            listsNomination: true,
            hasSignedCopy: best.signedCopyHash !== undefined,
          }
        : undefined;
    },
    pdfBytes: (hash) => blobOnDemand(db, blobs, hash),
  };
}
