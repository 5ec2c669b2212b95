import { basename } from 'node:path';
import type { HandlerMap } from '../handler-map';
import { UserFacingError } from '../user-error';
import type { FileDialogs } from '../../services/dialogs';
import type { SavedFileRegistry } from '../../services/saved-files';

export interface FileDeps<S> {
  readonly dialogs: FileDialogs<S>;
  readonly saved: SavedFileRegistry;
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  readonly fileSize: (path: string) => Promise<number>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly showItemInFolder: (path: string) => void;
  readonly maxOpenBytes: number;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Files the user picks in main's own dialogs. The renderer never names a path: it gets an
 * opaque token for a saved file and can only ask to reveal that token.
 */
export function fileHandlers<S>(
  deps: FileDeps<S>,
): Pick<HandlerMap<S>, 'file:save-bytes' | 'file:open-bytes' | 'file:reveal-saved'> {
  return {
    'file:save-bytes': async ({ suggestedName, bytes, filters }, { sender }) => {
      const path = await deps.dialogs.chooseSavePath(sender, { suggestedName, filters });
      if (!path) return { saved: false };
      try {
        await deps.writeFile(path, bytes);
      } catch {
        throw new UserFacingError(
          `Berkas "${basename(path)}" tidak dapat disimpan. Periksa izin folder dan ruang disk.`,
        );
      }
      return { saved: true, token: deps.saved.issue(path), fileName: basename(path) };
    },
    'file:open-bytes': async ({ title, filters }, { sender }) => {
      const path = await deps.dialogs.chooseOpenPath(sender, { title, filters });
      if (!path) return { opened: false };
      const size = await deps.fileSize(path);
      if (size > deps.maxOpenBytes) {
        throw new UserFacingError(
          `Berkas terlalu besar (${megabytes(size)}); batasnya ${megabytes(deps.maxOpenBytes)}.`,
        );
      }
      return { opened: true, name: basename(path), bytes: await deps.readFile(path) };
    },
    'file:reveal-saved': ({ token }) => {
      const path = deps.saved.resolve(token);
      if (!path)
        throw new UserFacingError('Berkas ini tidak disimpan oleh aplikasi pada sesi ini.');
      deps.showItemInFolder(path);
      return { revealed: true };
    },
  };
}
