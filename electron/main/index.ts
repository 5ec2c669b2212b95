import { BrowserWindow, app, dialog, screen, session } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { openAppLog } from './app-log';
import { applyChromiumSwitches } from './chromium-switches';
import { APP_ENTRY_URL, USER_DATA_DIR_NAME, USER_DATA_ENV } from './constants';
import { errorDialogText } from './failure-policy';
import { installProcessFailureHandlers, watchWindow, type FailureDeps } from './failures';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc/register';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { guardSession, installSecurityGuards } from './security';
import { writeFileAtomic } from './services/atomic-file';
import { windowOptions } from './window';
import { initialWindowPlace, parseWindowState, type WindowState } from './window-state';

// Bundled to dist-electron/main/index.cjs; the renderer build sits in dist/renderer beside it.
const appRoot = join(__dirname, '..', '..');
const rendererDir = join(appRoot, 'dist', 'renderer');
const preloadPath = join(appRoot, 'dist-electron', 'preload', 'index.cjs');

z.config(z.locales.id());

// Storage identity first: the userData folder must be fixed before `ready` and before the lock.
app.setPath(
  'userData',
  process.env[USER_DATA_ENV] ?? join(app.getPath('appData'), USER_DATA_DIR_NAME),
);
const { file: logFile, logger } = openAppLog(app.getPath('userData'));
let mainWindow: BrowserWindow | null = null;
const failureDeps: FailureDeps = {
  log: logger,
  logFile,
  showError: (title, text) => dialog.showErrorBox(title, text),
  exit: (code) => app.exit(code),
  hasWindow: () => mainWindow !== null,
  now: () => Date.now(),
};
installProcessFailureHandlers(process, failureDeps);
logger.info(`OVOP Desk ${app.getVersion()} dimulai (Electron ${process.versions.electron ?? '?'})`);
// Windows groups the taskbar button and notifications by this id (the installer's appId).
if (process.platform === 'win32') app.setAppUserModelId('id.go.ovopdesk.app');
applyChromiumSwitches(app.commandLine);
registerAppScheme();
installSecurityGuards(app);

const windowStateFile = (): string => join(app.getPath('userData'), 'window-state.json');

function readWindowState(): WindowState | undefined {
  try {
    return parseWindowState(readFileSync(windowStateFile(), 'utf8'));
  } catch {
    return undefined;
  }
}

function rememberWindowState(window: BrowserWindow): void {
  const state: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
  const bytes = new TextEncoder().encode(JSON.stringify(state));
  writeFileAtomic(windowStateFile(), bytes).catch((error: unknown) =>
    logger.warn('window state not saved', error),
  );
}

function createMainWindow(): BrowserWindow {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  const place = initialWindowPlace(
    readWindowState(),
    [primary, ...others].map((d) => d.workArea),
  );
  const window = new BrowserWindow({ ...windowOptions(preloadPath), ...place.bounds });
  watchWindow(window, failureDeps);
  window.once('ready-to-show', () => {
    if (place.maximize) window.maximize();
    window.show();
  });
  window.on('close', () => rememberWindowState(window));
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this userData folder (and its IndexedDB): hand over and leave.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession);
      handleAppProtocol(rendererDir);
      registerIpcHandlers(createHandlers());
      installMenu();
      mainWindow = createMainWindow();
    })
    .catch((error: unknown) => {
      // Start-up failed before a window exists: say so, then end the process (and its lock).
      logger.error('start-up failed', error);
      failureDeps.showError(
        'OVOP Desk tidak dapat dimulai',
        errorDialogText('Aplikasi gagal dimulai.', error, logFile),
      );
      app.exit(1);
    });
}
