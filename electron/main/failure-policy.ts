/**
 * Decisions about failures, pure so they can be tested: when a crashed renderer is reloaded and
 * what the user is told. `failures.ts` wires them to Electron and the log.
 */

/** A renderer that died this many times within the window is not reloaded again. */
export const MAX_RELOADS = 3;
const RELOAD_WINDOW_MS = 60_000;

/** Crash times (ms) kept by the caller; answers whether to reload after one more at `now`. */
export function shouldReload(
  reason: string,
  previousCrashes: readonly number[],
  now: number,
): boolean {
  if (reason === 'clean-exit') return false;
  const recent = previousCrashes.filter((t) => now - t < RELOAD_WINDOW_MS);
  return recent.length < MAX_RELOADS;
}

/** The error dialog's text: what happened and where the log is. */
export function errorDialogText(what: string, error: unknown, logFile: string): string {
  const detail = error instanceof Error ? error.message : String(error);
  return [
    `${what}`,
    '',
    `Rincian: ${detail}`,
    '',
    `Catatan kejadian tersimpan di:\n${logFile}`,
    'Kirim berkas itu ke petugas TIK bila masalah berulang. Data register tidak dihapus.',
  ].join('\n');
}
