/**
 * Base64 for bytes in the renderer (and its workers): one implementation for snapshots, emblems and
 * fonts. Built on the browser's btoa/atob, chunked so large files never overflow the argument list.
 * (shared/ cannot use btoa; its pure encoder lives in shared/documents/profile-image.ts.)
 */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
