import log from 'electron-log/main';
import { join } from 'node:path';

/** Largest log file before electron-log moves it to main.old.log and starts a new one. */
const LOG_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The main process log: userData/logs/main.log, rotated at 2 MB (one old file kept). On Windows
 * nobody sees the console, so failures are written here and the error dialog names this file.
 */
export function openAppLog(userData: string): { file: string; logger: typeof log } {
  const file = join(userData, 'logs', 'main.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = 'warn';
  return { file, logger: log };
}
