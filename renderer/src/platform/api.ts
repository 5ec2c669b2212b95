import type { CommandId } from '@shared/commands/registry';
import { isCommandId } from '@shared/commands/registry';
import type { IpcResponse, WindowApi } from '@shared/ipc/contract';

/**
 * The only reader of `window.api`. In Electron it calls the preload's typed functions; as a plain
 * web page (no `window.api`) it falls back to browser APIs: a download instead of a save dialog,
 * a file input instead of an open dialog, `window.print()` for printing.
 */
declare global {
  interface Window {
    api?: WindowApi;
  }
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export type SaveResult = IpcResponse<'file:save-bytes'>;
export type OpenResult = IpcResponse<'file:open-bytes'>;

function electronApi(): WindowApi | undefined {
  return typeof window !== 'undefined' ? window.api : undefined;
}

export const isDesktop = (): boolean => electronApi() !== undefined;

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const mimeByExtension: Record<string, string> = {
  pdf: 'application/pdf',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
  ovop: 'application/octet-stream',
};

/** Save bytes: a save dialog in Electron, a browser download otherwise. */
export async function saveBytes(
  suggestedName: string,
  bytes: Uint8Array,
  filters: FileFilter[],
): Promise<SaveResult> {
  const api = electronApi();
  if (api) return unwrap(await api.fileSaveBytes({ suggestedName, bytes, filters }));
  const ext = suggestedName.split('.').pop()?.toLowerCase() ?? '';
  const blob = new Blob([new Uint8Array(bytes)], {
    type: mimeByExtension[ext] ?? 'application/octet-stream',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: false };
}

/** Open one file: an open dialog in Electron, a hidden file input otherwise. */
export async function openBytes(title: string, filters: FileFilter[]): Promise<OpenResult> {
  const api = electronApi();
  if (api) return unwrap(await api.fileOpenBytes({ title, filters }));
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
  input.style.display = 'none';
  document.body.append(input);
  try {
    const file = await new Promise<File | undefined>((resolve) => {
      input.addEventListener('change', () => resolve(input.files?.[0]), { once: true });
      input.addEventListener('cancel', () => resolve(undefined), { once: true });
      input.click();
    });
    if (!file) return { opened: false };
    return { opened: true, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } finally {
    input.remove();
  }
}

/** Show a saved file in the system file manager (Electron only; no-op on the web). */
export async function revealSaved(token: string): Promise<boolean> {
  const api = electronApi();
  if (!api) return false;
  return unwrap(await api.fileRevealSaved({ token })).revealed;
}

export async function printPage(): Promise<void> {
  const api = electronApi();
  if (api) {
    unwrap(await api.appPrintPage({}));
    return;
  }
  window.print();
}

export interface AppInfo {
  name: string;
  version: string;
  runtime: string;
}

export async function appInfo(): Promise<AppInfo> {
  const api = electronApi();
  if (api) {
    const info = unwrap(await api.appGetInfo({}));
    return {
      name: info.name,
      version: info.version,
      runtime: `Electron ${info.electron} · Chromium ${info.chrome} · ${info.platform}`,
    };
  }
  return { name: 'OVOP Desk', version: __APP_VERSION__, runtime: `Peramban: ${navigator.userAgent}` };
}

/** Menu clicks from Electron's native menu; on the web nothing arrives and this is a no-op. */
export function onMenuCommand(listener: (id: CommandId) => void): () => void {
  const api = electronApi();
  if (!api) return () => undefined;
  return api.onCommandRun(({ id }) => {
    if (isCommandId(id)) listener(id);
  });
}
