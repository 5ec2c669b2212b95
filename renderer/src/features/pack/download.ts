import { isDesktop, saveBlob } from '../../platform/api';

/**
 * Hands a finished Blob to the user. Browser: an object-URL download (the Blob never enters the JS
 * heap as one array). Electron: the save dialog, then the Blob streamed to main in slices through
 * `saveBlob` (one slice in the heap at a time; the file appears only when complete).
 */
export async function deliverBlob(blob: Blob, fileName: string, filterName: string, extension: string): Promise<boolean> {
  if (isDesktop()) {
    const result = await saveBlob(fileName, blob, [{ name: filterName, extensions: [extension] }]);
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
