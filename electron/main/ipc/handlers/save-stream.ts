import { basename } from 'node:path';
import type { HandlerMap } from '../handler-map';
import type { FileDialogs } from '../../services/dialogs';
import type { SavedFileRegistry } from '../../services/saved-files';
import type { StreamingSaves } from '../../services/streaming-save';

export interface SaveStreamDeps<S> {
  readonly dialogs: FileDialogs<S>;
  /** Issues the reveal token for a finished file (same registry as `file:save-bytes`). */
  readonly saved: SavedFileRegistry;
  readonly saves: StreamingSaves;
  /** Which window asked (Electron: `webContents.id`): a token only works for its own window. */
  readonly windowId: (sender: S) => number;
}

type SaveStreamChannels =
  'file:begin-save' | 'file:append-chunk' | 'file:finish-save' | 'file:abort-save';

/**
 * A save that arrives in chunks (large packs): the path comes from main's own dialog, the renderer
 * only ever holds the opaque token `begin` issued, for the window that asked.
 */
export function saveStreamHandlers<S>(
  deps: SaveStreamDeps<S>,
): Pick<HandlerMap<S>, SaveStreamChannels> {
  return {
    'file:begin-save': async ({ suggestedName, filters }, { sender }) => {
      const path = await deps.dialogs.chooseSavePath(sender, { suggestedName, filters });
      if (!path) return { started: false };
      return { started: true, token: await deps.saves.begin(path, deps.windowId(sender)) };
    },
    'file:append-chunk': async ({ token, bytes }, { sender }) => ({
      written: await deps.saves.append(token, deps.windowId(sender), bytes),
    }),
    'file:finish-save': async ({ token }, { sender }) => {
      const path = await deps.saves.finish(token, deps.windowId(sender));
      return { saved: true, token: deps.saved.issue(path), fileName: basename(path) };
    },
    'file:abort-save': async ({ token }, { sender }) => {
      await deps.saves.abort(token, deps.windowId(sender));
      return { aborted: true };
    },
  };
}
