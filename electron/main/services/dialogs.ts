import type { FileFilter, WebContents } from 'electron';
import { BrowserWindow, app, dialog } from 'electron';
import { basename, join } from 'node:path';

/**
 * Native dialogs, parented to the window that asked. `dialog.*` is looked up at call time so
 * end-to-end tests can stub it (electron-playwright-helpers `stubDialog`).
 */
export interface FileDialogs<S> {
  chooseSavePath(
    sender: S,
    options: { suggestedName: string; filters: FileFilter[] },
  ): Promise<string | undefined>;
  chooseOpenPath(
    sender: S,
    options: { title: string; filters: FileFilter[] },
  ): Promise<string | undefined>;
}

export const electronDialogs: FileDialogs<WebContents> = {
  async chooseSavePath(sender, { suggestedName, filters }) {
    const owner = BrowserWindow.fromWebContents(sender);
    const options = {
      defaultPath: join(app.getPath('documents'), basename(suggestedName)),
      filters,
    };
    const result = owner
      ? await dialog.showSaveDialog(owner, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  },
  async chooseOpenPath(sender, { title, filters }) {
    const owner = BrowserWindow.fromWebContents(sender);
    const options = { title, filters, properties: ['openFile' as const] };
    const result = owner
      ? await dialog.showOpenDialog(owner, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
};
