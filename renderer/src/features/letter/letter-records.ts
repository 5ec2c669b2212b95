import type { LetterStatus } from '@shared/domain/letter';

// Stored-letter mapping and the register row live in the db layer now; re-exported for the screens
// (and for features that still import them from here).
export { localIsoDate } from '../../db';

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: 'konsep',
  final: 'final',
  signed: 'ditandatangani',
  sent: 'terkirim',
  cancelled: 'batal',
};
