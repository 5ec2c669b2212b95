import { isDesktop, saveBytes } from '../../platform/api';

/**
 * Hands a finished Blob to the user. Browser: an object-URL download (the Blob never enters the JS
 * heap as one array). Electron: the save dialog through `saveBytes` (IPC needs the bytes).
 */
export async function deliverBlob(blob: Blob, fileName: string, filterName: string, extension: string): Promise<boolean> {
  if (isDesktop()) {
    const result = await saveBytes(fileName, new Uint8Array(await blob.arrayBuffer()), [{ name: filterName, extensions: [extension] }]);
    return result.saved;
  }
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
