// Stored-letter mapping and the register row live in the db layer now; re-exported for the screens
// (and for features that still import them from here).
export { localIsoDate } from '../../db';

export { LETTER_STATUS_LABELS } from '@shared/domain/letter';
