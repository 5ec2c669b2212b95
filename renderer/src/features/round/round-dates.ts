import { formatShortDate } from '@shared/domain/common/date';

/** Today's calendar date in the officer's local time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** "1 April 2026 – 30 Juni 2026" */
export function windowLabel(round: { opensOn: string; closesOn: string }): string {
  return `${formatShortDate(round.opensOn)} – ${formatShortDate(round.closesOn)}`;
}

/** "12 hari lagi", "hari terakhir", "ditutup 3 hari lalu". */
export function daysLeftLabel(days: number): string {
  if (days > 0) return `${days} hari lagi`;
  if (days === 0) return 'Hari terakhir masa usulan';
  return `Masa usulan ditutup ${-days} hari lalu`;
}

/** "21 Mei 2024 08.30" from an ISO datetime, in local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${formatShortDate(todayIso(d))} ${p(d.getHours())}.${p(d.getMinutes())}`;
}
