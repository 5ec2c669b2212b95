import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted field path, e.g. `market.exportDestinations`; '' for the whole record. */
  readonly path: string;
  readonly message: string;
}

/** Input refused by the domain schema; messages are the schema's Indonesian ones. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
  }

  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
}

const STALE_MESSAGE =
  'Data ini telah diubah di jendela lain atau oleh pengguna lain sejak Anda membukanya. Muat ulang data lalu ulangi perubahan Anda.';

/** A save based on an older copy than the stored one: refused, never overwritten. */
export class StaleWriteError extends Error {
  override readonly name = 'StaleWriteError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(STALE_MESSAGE);
  }
}

/** The NIB is already in the register; `existingId` lets the UI link to that IKM. */
export class DuplicateNibError extends Error {
  override readonly name = 'DuplicateNibError';
  constructor(
    readonly nib: string,
    readonly existingId: string,
    readonly existingName: string,
    readonly existingDeleted: boolean,
  ) {
    super(
      existingDeleted
        ? `NIB ${nib} sudah dipakai oleh IKM "${existingName}" yang telah dihapus. Pulihkan IKM tersebut alih-alih membuat yang baru.`
        : `NIB ${nib} sudah terdaftar untuk IKM "${existingName}".`,
    );
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super('Data tidak ditemukan; mungkin sudah dihapus.');
  }
}
