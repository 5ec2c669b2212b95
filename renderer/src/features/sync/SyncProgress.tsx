import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { PULL_PAGE, type SyncStatus } from '../../db';

const count = (n: number) => n.toLocaleString('id-ID');

type Progress = Pick<SyncStatus, 'state' | 'received' | 'total'>;

/** A pull with a known total, under way or cut short (it goes on at the next sync). */
function hasTotal({ state, received, total }: Progress): boolean {
  return total > 0 && (state === 'syncing' || received < total);
}

/** "1.000 dari 1.500 data diterima", or what is known of the pull; undefined when nothing is pulled. */
export function pullProgressText(status: Progress): string | undefined {
  if (hasTotal(status)) {
    const text = `${count(status.received)} dari ${count(status.total)} data diterima`;
    return status.state === 'syncing' ? text : `${text} — dilanjutkan saat sinkron berikutnya`;
  }
  if (status.state === 'syncing' && status.received > 0)
    return `${count(status.received)} data diterima`;
  return undefined;
}

/**
 * The app bar's " 42%" while a pull of more than one page is under way; empty otherwise (a pull of
 * one page is over before a percentage could be read, so the bar does not flash one).
 */
export function appBarPercent(status: Progress): string {
  return status.state === 'syncing' && status.total > PULL_PAGE ? ` ${pullPercent(status)}%` : '';
}

/** Share of the pull done, 0–100 (only meaningful with a total). */
export function pullPercent({ received, total }: Progress): number {
  return total > 0 ? Math.min(100, Math.floor((received / total) * 100)) : 0;
}

/** Pengaturan → Server: the pull's bar, with "x dari y" once the server has told the total. */
export function SyncProgress({ status }: { status: Progress }) {
  const text = pullProgressText(status);
  if (!hasTotal(status) && status.state !== 'syncing') return null;
  return (
    <Stack spacing={0.5}>
      {hasTotal(status) ? (
        <LinearProgress
          variant="determinate"
          value={pullPercent(status)}
          aria-label="Data diterima"
          aria-valuetext={text}
        />
      ) : (
        <LinearProgress aria-label="Menyinkronkan" />
      )}
      {text && <Typography variant="body2">{text}</Typography>}
    </Stack>
  );
}
