import type { WebContents } from 'electron';
import { app, safeStorage, shell } from 'electron';
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SnapshotStore, volumeSpace } from './backups/snapshot-store';
import { printOptions, type PaperSize } from './print-options';
import { ATTACHMENTS_DIR, BACKUPS_DIR, MAX_OPEN_BYTES, SESSION_TOKEN_FILE } from './constants';
import type { HandlerMap } from './ipc/handler-map';
import { appHandlers } from './ipc/handlers/app';
import { fileHandlers } from './ipc/handlers/files';
import { saveStreamHandlers } from './ipc/handlers/save-stream';
import { sessionHandlers } from './ipc/handlers/session';
import { storageHandlers } from './ipc/handlers/storage';
import { writeFileAtomic } from './services/atomic-file';
import { BlobStore } from './services/blob-store';
import { electronDialogs } from './services/dialogs';
import { SavedFileRegistry } from './services/saved-files';
import { SessionTokenVault } from './services/session-token-vault';
import { StreamingSaves } from './services/streaming-save';

function printPage(sender: WebContents, paper?: PaperSize): Promise<boolean> {
  return new Promise((resolve) => sender.print(printOptions(paper), (success) => resolve(success)));
}

/** Wires the real Electron and file-system effects into the handler factories. Call after `ready`. */
export function createHandlers(): HandlerMap<WebContents> {
  const userData = app.getPath('userData');
  const saved = new SavedFileRegistry(randomUUID);
  const saves = new StreamingSaves(randomUUID);
  // A save left open when the app quits must not leave its temp file behind: hold the quit until
  // the temp files are deleted, then quit again.
  let savesClosed = false;
  app.on('will-quit', (event) => {
    if (savesClosed || saves.openCount === 0) return;
    event.preventDefault();
    void saves.abortAll().finally(() => {
      savesClosed = true;
      app.quit();
    });
  });
  return {
    ...appHandlers<WebContents>({
      info: () => ({
        name: app.getName(),
        version: app.getVersion(),
        versions: process.versions,
        platform: `${process.platform} ${process.arch}`,
      }),
      print: printPage,
    }),
    ...fileHandlers<WebContents>({
      dialogs: electronDialogs,
      saved,
      writeFile: writeFileAtomic,
      fileSize: async (path) => (await stat(path)).size,
      readFile: async (path) => new Uint8Array(await readFile(path)),
      showItemInFolder: (path) => shell.showItemInFolder(path),
      maxOpenBytes: MAX_OPEN_BYTES,
    }),
    ...saveStreamHandlers<WebContents>({
      dialogs: electronDialogs,
      saved,
      saves,
      windowId: (sender) => sender.id,
    }),
    ...storageHandlers<WebContents>({
      blobs: new BlobStore(join(userData, ATTACHMENTS_DIR)),
      snapshots: new SnapshotStore(join(userData, BACKUPS_DIR)),
      freeSpace: () => volumeSpace(userData),
    }),
    ...sessionHandlers<WebContents>(
      new SessionTokenVault(join(userData, SESSION_TOKEN_FILE), safeStorage),
    ),
  };
}
