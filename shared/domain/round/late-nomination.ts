import { formatShortDate, type IsoDate } from '../common/date';
import type { Round } from './round.schema';
import { daysLeft } from './round';

/**
 * The warning shown when nominating into a round whose window has closed ("Periode usulan ditutup
 * 12 hari yang lalu …"); undefined while the window is still open (or not yet opened).
 */
export function lateNominationWarning(
  round: Pick<Round, 'name' | 'closesOn'>,
  today: IsoDate,
): string | undefined {
  const days = daysLeft(round, today);
  if (days >= 0) return undefined;
  const ago = -days === 1 ? 'kemarin' : `${-days} hari yang lalu`;
  return `Periode usulan ditutup ${ago} (${formatShortDate(round.closesOn)}). Usulan masih dapat dicatat, tetapi pastikan Kemenperin dan provinsi masih menerimanya.`;
}
