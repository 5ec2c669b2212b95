import { detectFileType } from '@shared/domain/attachment/file-type';
import { asLetterId } from '@shared/domain/common/ids';
import { finalChecks, formatLetterNumber, type Letter, type NomineeReadiness, type RegisterEntry } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { transition } from '@shared/domain/nomination/nomination';
import { diffFields, writeAudit } from '../../db/audit-writer';
import { createBlobStore, type BlobStore } from '../../db/blob-store';
import { currentUser, nextTimestamp, type RepositoryContext } from '../../db/context';
import { NotFoundError, StaleWriteError } from '../../db/errors';
import { nominationRepository } from '../../db/repositories/nomination-repository';
import { loadOffice } from '../settings/office/office-store';
import { letterFromRecord, letterToRecord, localIsoDate, registerEntryOf } from './letter-records';

/**
 * Adapter over the `letters`, `letterRegister` and blob tables (the db layer has the tables but no
 * letter repository yet). A letter is stored whole in `LetterRecord.body`; the register rows hold
 * number, year and letter id, and a number once written is never removed (a cancelled letter keeps
 * it as *batal*).
 */

export class FinalCheckError extends Error {
  override readonly name = 'FinalCheckError';
  constructor(readonly problems: readonly string[]) {
    super(`Surat belum dapat difinalkan: ${problems.join('; ')}`);
  }
}

export interface LetterStoreOptions {
  blobs?: BlobStore;
}

export interface SignedCopyResult {
  letter: Letter;
  /** Nominations moved to "surat-ditandatangani". */
  moved: string[];
  /** Nominations left as they were, with the workflow's reason. */
  refused: { nominationId: string; name: string; reason: string }[];
}

export interface LetterStore {
  list(): Promise<Letter[]>;
  get(id: string): Promise<Letter | undefined>;
  create(letter: Letter): Promise<Letter>;
  /** Saves a draft; refused when the letter is no longer a draft or was changed elsewhere. */
  saveDraft(letter: Letter, expectedUpdatedAt: string): Promise<Letter>;
  register(): Promise<RegisterEntry[]>;
  /**
   * Takes the next number of the letter year, renders the final PDF once (`render`), stores it and its
   * SHA-256, and makes the letter final — the number is claimed in one transaction, so two windows
   * finalising at once never receive the same number.
   */
  finalise(id: string, readiness: readonly NomineeReadiness[], render: (letter: Letter, office: OfficeProfile) => Promise<Uint8Array>): Promise<Letter>;
  cancel(id: string, reason: string): Promise<Letter>;
  attachSignedCopy(id: string, bytes: Uint8Array): Promise<SignedCopyResult>;
  pdfBytes(hash: string): Promise<Uint8Array | undefined>;
}

const MAX_NUMBER_ATTEMPTS = 5;

export function letterStore(ctx: RepositoryContext, options: LetterStoreOptions = {}): LetterStore {
  const { db } = ctx;
  const blobs = options.blobs ?? createBlobStore(db);
  const tables = [db.letters, db.letterRegister, db.audit, db.settings];

  const get = async (id: string): Promise<Letter | undefined> => letterFromRecord(await db.letters.get(id));

  async function mustGet(id: string): Promise<Letter> {
    const letter = await get(id);
    if (!letter) throw new NotFoundError('letter', id);
    return letter;
  }

  /** Replaces the stored letter inside the caller's transaction, with an audit row. */
  async function write(previous: Letter | undefined, next: Letter, action: 'create' | 'update' | 'delete'): Promise<void> {
    await db.letters.put(letterToRecord(next));
    await writeAudit(ctx, { entity: 'letter', entityId: next.id, action, at: next.updatedAt, changes: diffFields(previous, next) });
  }

  async function change(id: string, expectedUpdatedAt: string | undefined, build: (previous: Letter, at: string) => Letter): Promise<Letter> {
    return db.transaction('rw', tables, async () => {
      const previous = await mustGet(id);
      if (expectedUpdatedAt !== undefined && previous.updatedAt !== expectedUpdatedAt) throw new StaleWriteError('letter', id);
      const next = build(previous, nextTimestamp(ctx, previous.updatedAt));
      await write(previous, next, 'update');
      return next;
    });
  }

  async function register(): Promise<RegisterEntry[]> {
    const [rows, { profile }] = await Promise.all([db.letterRegister.orderBy('seq').toArray(), loadOffice(ctx)]);
    const perYear = new Map<number, number>();
    const entries: RegisterEntry[] = [];
    for (const row of rows) {
      const sequence = (perYear.get(row.year) ?? 0) + 1;
      perYear.set(row.year, sequence);
      const letter = row.letterId ? await get(row.letterId) : undefined;
      if (letter) entries.push({ ...registerEntryOf(letter, sequence, profile), number: row.number, year: row.year });
    }
    return entries;
  }

  return {
    async list() {
      const rows = await db.letters.toArray();
      return rows
        .map(letterFromRecord)
        .filter((l): l is Letter => l !== undefined)
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },
    get,
    async create(letter) {
      return db.transaction('rw', tables, async () => {
        const at = nextTimestamp(ctx);
        const next: Letter = { ...letter, status: 'draft', createdAt: at, updatedAt: at };
        await write(undefined, next, 'create');
        return next;
      });
    },
    saveDraft(letter, expectedUpdatedAt) {
      return change(letter.id, expectedUpdatedAt, (previous, at) => {
        if (previous.status !== 'draft') throw new Error('Surat yang sudah final tidak dapat diubah');
        return { ...letter, status: 'draft', number: undefined, createdAt: previous.createdAt, updatedAt: at };
      });
    },
    register,
    async finalise(id, readiness, render) {
      for (let attempt = 0; attempt < MAX_NUMBER_ATTEMPTS; attempt += 1) {
        const letter = await mustGet(id);
        if (letter.status !== 'draft') throw new Error('Surat ini sudah final');
        const office = await loadOffice(ctx);
        if (!office.complete) throw new FinalCheckError(['Profil instansi belum lengkap: isi dulu di Pengaturan → Profil Instansi']);
        const year = Number(letter.date.slice(0, 4));
        const sequence = (await db.letterRegister.where('year').equals(year).count()) + 1;
        const number = formatLetterNumber(office.profile.numberTemplate, { kode: letter.classificationCode, urut: sequence, unit: office.profile.unitCode, tahun: year });
        const problems = finalChecks(letter, { today: localIsoDate(ctx.now()), register: await register(), readiness, office: office.profile, number });
        if (problems.length > 0) throw new FinalCheckError(problems);
        const candidate: Letter = { ...letter, number, status: 'final', officeSnapshot: office.profile };
        const bytes = await render(candidate, office.profile);
        const hash = await blobs.put(bytes);
        const final = await db.transaction('rw', tables, async () => {
          // Claimed only if nobody took this sequence or number since we looked.
          const taken = (await db.letterRegister.where('year').equals(year).count()) + 1 !== sequence || (await db.letterRegister.where('number').equals(number).count()) > 0;
          if (taken) return undefined;
          const current = await mustGet(id);
          if (current.updatedAt !== letter.updatedAt || current.status !== 'draft') throw new StaleWriteError('letter', id);
          const at = nextTimestamp(ctx, current.updatedAt);
          const next: Letter = { ...candidate, finalPdfHash: hash, finalisedAt: at, updatedAt: at };
          await db.letterRegister.add({ number, year, letterId: id, at });
          await write(current, next, 'update');
          return next;
        });
        if (final) return final;
      }
      throw new Error('Nomor surat terus dipakai jendela lain; coba finalkan lagi');
    },
    cancel(id, reason) {
      return change(id, undefined, (previous, at) => {
        if (previous.status === 'cancelled') throw new Error('Surat ini sudah dibatalkan');
        if (reason.trim() === '') throw new Error('Tulis alasan pembatalan');
        return { ...previous, status: 'cancelled', cancelledAt: at, updatedAt: at };
      });
    },
    async attachSignedCopy(id, bytes) {
      if (detectFileType(bytes) !== 'pdf') throw new Error('Berkas bukan PDF: unggah pindaian atau PDF bertanda tangan elektronik');
      const before = await mustGet(id);
      if (before.status !== 'final') {
        throw new Error(before.status === 'draft' ? 'Finalkan surat dulu sebelum mengunggah salinan bertanda tangan' : 'Salinan bertanda tangan hanya dapat diunggah untuk surat final');
      }
      const hash = await blobs.put(bytes);
      const letter = await change(id, before.updatedAt, (previous, at) => ({ ...previous, status: 'signed', signedCopyHash: hash, updatedAt: at }));
      const nominations = nominationRepository(ctx);
      const by = await currentUser(db);
      const moved: string[] = [];
      const refused: SignedCopyResult['refused'] = [];
      for (const row of letter.annexes.flatMap((a) => a.rows)) {
        const nomination = await nominations.get(row.nominationId);
        if (!nomination) {
          refused.push({ nominationId: row.nominationId, name: row.enterpriseName, reason: 'Usulan tidak ditemukan' });
          continue;
        }
        const result = transition(nomination, 'surat-ditandatangani', {
          at: nextTimestamp(ctx, nomination.updatedAt),
          by,
          letter: { letterId: asLetterId(letter.id), listsNomination: true, hasSignedCopy: true },
        });
        if (!result.ok) {
          refused.push({ nominationId: row.nominationId, name: row.enterpriseName, reason: result.reason });
          continue;
        }
        const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = result.nomination;
        await nominations.update(nomination.id, input, nomination.updatedAt);
        moved.push(nomination.id);
      }
      return { letter, moved, refused };
    },
    pdfBytes: (hash) => blobs.get(hash),
  };
}
