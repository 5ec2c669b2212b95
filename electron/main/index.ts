import { BrowserWindow, app, session } from 'electron';
import { join } from 'node:path';
import { z } from 'zod';
import { APP_ENTRY_URL, USER_DATA_DIR_NAME, USER_DATA_ENV } from './constants';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc/register';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { guardSession, installSecurityGuards } from './security';
import { windowOptions } from './window';

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
// Indonesian UI locale for Chromium's own widgets (date inputs show dd/mm/yyyy, spell-check, …).
app.commandLine.appendSwitch('lang', 'id');
registerAppScheme();
installSecurityGuards(app);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
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
  void app.whenReady().then(() => {
    guardSession(session.defaultSession);
    handleAppProtocol(rendererDir);
    registerIpcHandlers(createHandlers());
    installMenu();
    mainWindow = createMainWindow();
  });
}
