import { isDesktop, saveBlob } from '../../platform/api';

/**
 * Hands a finished Blob to the user. Browser: an object-URL download (the Blob never enters the JS
 * heap as one array). Electron: the save dialog, then the Blob streamed to main in slices (one slice
 * in the heap at a time; the file appears only when complete). True when the file was handed over:
 * a browser download always is; on the desktop the user may cancel the dialog.
 */
export async function deliverBlob(
  blob: Blob,
  fileName: string,
  filterName: string,
  extension: string,
): Promise<boolean> {
  const result = await saveBlob(fileName, blob, [{ name: filterName, extensions: [extension] }]);
  return result.saved || !isDesktop();
}
