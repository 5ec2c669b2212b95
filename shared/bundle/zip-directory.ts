import { strFromU8 } from 'fflate';
import { problem, type ZipProblem } from './zip-problem';

/** One entry as the central directory describes it (before anything is inflated). */
export interface ZipDirectoryEntry {
  /** Name decoded as UTF-8 (bit 11) or as bytes → Latin-1 otherwise. */
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

interface ZipDirectory {
  entries: ZipDirectoryEntry[];
  /** Count the end record claims (may be larger than what was read when the limit hit). */
  declaredCount: number;
}

export type DirectoryResult =
  { ok: true; directory: ZipDirectory } | { ok: false; problems: ZipProblem[] };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number =>
  ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;

function decodeName(bytes: Uint8Array, flags: number): string {
  if ((flags & 0x0800) !== 0) return strFromU8(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** Finds the end-of-central-directory record (it may be followed by a comment up to 64 KiB). */
function findEndRecord(bytes: Uint8Array): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let o = bytes.length - 22; o >= earliest; o--) {
    if (u32(bytes, o) === EOCD_SIGNATURE && o + 22 + u16(bytes, o + 20) === bytes.length) return o;
  }
  // A comment length that does not reach the end exactly: accept the last signature anyway.
  for (let o = bytes.length - 22; o >= earliest; o--)
    if (u32(bytes, o) === EOCD_SIGNATURE) return o;
  return -1;
}

/**
 * Reads the central directory only: no entry is inflated here. `maxEntries` is checked against the
 * count in the end record before a single entry is parsed, so a 10-million-entry directory costs
 * nothing.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): DirectoryResult {
  if (bytes.length < 22) {
    const looksLikeZip = u32(bytes, 0) === LOCAL_SIGNATURE;
    return {
      ok: false,
      problems: [
        looksLikeZip
          ? problem('truncated', 'Arsip terpotong: bagian akhir berkas ZIP tidak ada.')
          : problem('not-zip', 'Berkas ini bukan arsip ZIP.'),
      ],
    };
  }
  const end = findEndRecord(bytes);
  if (end < 0) {
    const looksLikeZip = u32(bytes, 0) === LOCAL_SIGNATURE;
    return {
      ok: false,
      problems: [
        looksLikeZip
          ? problem(
              'truncated',
              'Arsip terpotong atau rusak: daftar isi ZIP (central directory) tidak ditemukan.',
            )
          : problem('not-zip', 'Berkas ini bukan arsip ZIP.'),
      ],
    };
  }
  if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR_SIGNATURE) {
    return {
      ok: false,
      problems: [
        problem(
          'zip64-unsupported',
          'Arsip ZIP64 (lebih dari 4 GB atau 65.535 berkas) tidak didukung.',
        ),
      ],
    };
  }
  const declaredCount = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (declaredCount === 0xffff || directoryOffset === 0xffffffff) {
    return {
      ok: false,
      problems: [
        problem(
          'zip64-unsupported',
          'Arsip ZIP64 (lebih dari 4 GB atau 65.535 berkas) tidak didukung.',
        ),
      ],
    };
  }
  if (declaredCount > maxEntries) {
    return {
      ok: false,
      problems: [
        problem(
          'too-many-entries',
          `Arsip berisi ${declaredCount} berkas; batasnya ${maxEntries}.`,
        ),
      ],
    };
  }
  if (directoryOffset + directorySize > end) {
    return {
      ok: false,
      problems: [
        problem('truncated', 'Arsip terpotong atau rusak: daftar isi ZIP menunjuk ke luar berkas.'),
      ],
    };
  }
  const entries: ZipDirectoryEntry[] = [];
  let o = directoryOffset;
  for (let i = 0; i < declaredCount; i++) {
    if (o + 46 > end || u32(bytes, o) !== CENTRAL_SIGNATURE) {
      return {
        ok: false,
        problems: [problem('truncated', 'Arsip rusak: daftar isi ZIP tidak lengkap.')],
      };
    }
    const flags = u16(bytes, o + 8);
    const nameLength = u16(bytes, o + 28);
    const extraLength = u16(bytes, o + 30);
    const commentLength = u16(bytes, o + 32);
    if (o + 46 + nameLength > end) {
      return {
        ok: false,
        problems: [problem('truncated', 'Arsip rusak: nama berkas di daftar isi terpotong.')],
      };
    }
    const compressedSize = u32(bytes, o + 20);
    const uncompressedSize = u32(bytes, o + 24);
    const localHeaderOffset = u32(bytes, o + 42);
    const name = decodeName(bytes.subarray(o + 46, o + 46 + nameLength), flags);
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      return {
        ok: false,
        problems: [
          problem(
            'zip64-unsupported',
            'Arsip ZIP64 (berkas lebih dari 4 GB) tidak didukung.',
            name,
          ),
        ],
      };
    }
    entries.push({
      name,
      flags,
      method: u16(bytes, o + 10),
      crc32: u32(bytes, o + 16),
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    o += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, directory: { entries, declaredCount } };
}

/** Where the entry's data starts, checked against its local header; or a problem. */
export function locateEntryData(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
): { ok: true; dataOffset: number } | { ok: false; problem: ZipProblem } {
  const o = entry.localHeaderOffset;
  if (o + 30 > bytes.length || u32(bytes, o) !== LOCAL_SIGNATURE) {
    return {
      ok: false,
      problem: problem('truncated', 'Arsip rusak: kepala berkas tidak ditemukan.', entry.name),
    };
  }
  const flags = u16(bytes, o + 6);
  const nameLength = u16(bytes, o + 26);
  const extraLength = u16(bytes, o + 28);
  const localName = decodeName(bytes.subarray(o + 30, o + 30 + nameLength), flags);
  if ((flags & 0x01) !== 0) {
    return {
      ok: false,
      problem: problem('encrypted', 'Berkas terenkripsi tidak diterima.', entry.name),
    };
  }
  if (localName !== entry.name) {
    return {
      ok: false,
      problem: problem(
        'header-mismatch',
        'Nama di kepala berkas berbeda dengan daftar isi ZIP (tanda arsip dimanipulasi).',
        entry.name,
      ),
    };
  }
  const dataOffset = o + 30 + nameLength + extraLength;
  if (dataOffset + entry.compressedSize > bytes.length) {
    return {
      ok: false,
      problem: problem('truncated', 'Arsip terpotong: data berkas tidak lengkap.', entry.name),
    };
  }
  return { ok: true, dataOffset };
}
