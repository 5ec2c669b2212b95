import type { Letter } from '@shared/domain/letter/letter';
import { letterEssentialsSchema } from '@shared/domain/letter/letter-essentials.schema';
import { ValidationError } from '../errors';
import { LETTER_RECORD_VERSION, nominationIdsOf } from '../migrations/0002-letter-register';
import type { LetterRecord } from './records';

const EXTRA_KEYS = ['schemaVersion', 'nominationIds', 'cancelReason'] as const;

/** Validates the letter and builds its stored record; throws ValidationError with Indonesian messages. */
export function letterToRecord(letter: Letter, cancelReason?: string): LetterRecord {
  const parsed = letterEssentialsSchema.safeParse(letter);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const clean = Object.fromEntries(
    Object.entries(letter).filter(([, v]) => v !== undefined),
  ) as unknown as Letter;
  return {
    ...clean,
    schemaVersion: LETTER_RECORD_VERSION,
    nominationIds: nominationIdsOf(clean as unknown as Record<string, unknown>),
    ...(cancelReason !== undefined ? { cancelReason } : {}),
  };
}

/** The letter of a stored record; undefined for a damaged row (never shown, never overwritten). */
export function letterFromRecord(record: LetterRecord | undefined): Letter | undefined {
  if (!record) return undefined;
  const copy: Record<string, unknown> = { ...record };
  for (const key of EXTRA_KEYS) delete copy[key];
  return letterEssentialsSchema.safeParse(copy).success ? (copy as unknown as Letter) : undefined;
}
