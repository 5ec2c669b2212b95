import { readFile, rm } from 'node:fs/promises';
import { writeFileAtomic } from './atomic-file';

/** The part of Electron's `safeStorage` the vault uses (faked in tests). */
export interface ProtectedStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const PROTECTED_STORAGE_MISSING_MESSAGE =
  'Sistem operasi tidak menyediakan penyimpanan terlindung (safeStorage), jadi sesi server tidak disimpan di PC ini. Sesi berlaku sampai aplikasi ditutup; setelah itu masuk lagi.';

/**
 * The sync server's session token between starts: encrypted with the OS's protected storage
 * (DPAPI, Keychain, libsecret) and written atomically to one file in userData. The plain token is
 * never written to disk; without protected storage nothing is written at all.
 */
export class SessionTokenVault {
  constructor(
    private readonly file: string,
    private readonly storage: ProtectedStorage,
  ) {}

  async save(token: string): Promise<{ stored: true } | { stored: false; message: string }> {
    if (!this.storage.isEncryptionAvailable()) {
      // A token kept from an earlier start must not outlive this sign-in.
      await this.clear();
      return { stored: false, message: PROTECTED_STORAGE_MISSING_MESSAGE };
    }
    await writeFileAtomic(this.file, this.storage.encryptString(token));
    return { stored: true };
  }

  /** The saved token, or null when none is saved or it cannot be decrypted here any more. */
  async load(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    if (!this.storage.isEncryptionAvailable()) return null;
    try {
      const token = this.storage.decryptString(bytes);
      return token.length > 0 ? token : null;
    } catch {
      // Encrypted under another OS account or a reset keyring: sign in again.
      await this.clear();
      return null;
    }
  }

  async clear(): Promise<boolean> {
    try {
      await rm(this.file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }
}
