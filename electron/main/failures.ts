import type { BrowserWindow } from 'electron';
import { errorDialogText, shouldReload } from './failure-policy';

interface Logger {
  info: (...args: unknown[]) => void;
  warn: (...args: unknown[]) => void;
  error: (...args: unknown[]) => void;
}

export interface FailureDeps {
  readonly log: Logger;
  readonly logFile: string;
  readonly showError: (title: string, text: string) => void;
  /** Ends the process (releasing the single-instance lock), e.g. `app.exit(1)`. */
  readonly exit: (code: number) => void;
  /** Whether a window exists: without one a failure would leave an invisible process behind. */
  readonly hasWindow: () => boolean;
  readonly now: () => number;
}

/** Process-wide: every uncaught error is logged and shown; without a window the process ends. */
export function installProcessFailureHandlers(proc: NodeJS.Process, deps: FailureDeps): void {
  proc.on('uncaughtException', (error) => {
    deps.log.error('uncaughtException', error);
    deps.showError(
      'OVOP Desk mengalami kesalahan',
      errorDialogText('Terjadi kesalahan yang tidak terduga.', error, deps.logFile),
    );
    // A throw before the window exists would leave a windowless process holding the
    // single-instance lock, and every later launch would silently quit: end it instead.
    if (!deps.hasWindow()) deps.exit(1);
  });
  proc.on('unhandledRejection', (reason) => {
    deps.log.error('unhandledRejection', reason);
  });
}

/** Per window: a crashed renderer is reloaded (at most a few times a minute); a hang is logged. */
export function watchWindow(window: BrowserWindow, deps: FailureDeps): void {
  const crashes: number[] = [];
  window.webContents.on('render-process-gone', (_event, details) => {
    deps.log.error('render-process-gone', details.reason, details.exitCode);
    const now = deps.now();
    const reload = shouldReload(details.reason, crashes, now);
    crashes.push(now);
    if (reload) {
      window.webContents.reload();
      return;
    }
    if (details.reason === 'clean-exit') return;
    deps.showError(
      'Tampilan OVOP Desk berhenti',
      errorDialogText(
        'Tampilan aplikasi berhenti berulang kali. Tutup dan buka kembali OVOP Desk.',
        details.reason,
        deps.logFile,
      ),
    );
  });
  window.on('unresponsive', () => deps.log.warn('window unresponsive'));
  window.on('responsive', () => deps.log.info('window responsive again'));
  window.webContents.on('preload-error', (_event, path, error) => {
    deps.log.error('preload-error', path, error);
    deps.showError(
      'OVOP Desk tidak dapat dimulai',
      errorDialogText('Bagian penghubung aplikasi (preload) gagal dimuat.', error, deps.logFile),
    );
  });
}
