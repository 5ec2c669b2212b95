import { Inflate } from 'fflate';
import { detectFileType } from '../domain/attachment/file-type';
import { Crc32 } from './crc32';
import { checkDuplicateNames, checkEntryName, looksLikeArchiveName } from './entry-names';
import { locateEntryData, readZipDirectory, type ZipDirectoryEntry } from './zip-directory';
import type { ZipLimits } from './zip-limits';
import { formatBytes, problem, type ZipProblem } from './zip-problem';
import { Sha256 } from './sha256';

export interface ZipInspection {
  entries: ZipDirectoryEntry[];
  problems: ZipProblem[];
  declaredUncompressedBytes: number;
}

const isDirectory = (e: ZipDirectoryEntry): boolean =>
  e.name.endsWith('/') && e.uncompressedSize === 0;

/**
 * Every check that needs only the headers: names, duplicates, counts, declared sizes, ratio,
 * encryption, method. Runs before a single byte is inflated.
 */
export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipInspection {
  const read = readZipDirectory(bytes, limits.maxEntries);
  if (!read.ok) return { entries: [], problems: read.problems, declaredUncompressedBytes: 0 };
  const { entries } = read.directory;
  const problems: ZipProblem[] = [];
  let total = 0;
  for (const entry of entries) {
    const nameProblem = checkEntryName(entry.name);
    if (nameProblem) problems.push(nameProblem);
    if ((entry.flags & 0x01) !== 0) {
      problems.push(
        problem('encrypted', 'Berkas terenkripsi (berkata sandi) tidak diterima.', entry.name),
      );
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      problems.push(
        problem(
          'unsupported-method',
          `Metode kompresi ${entry.method} tidak didukung (hanya simpan dan deflate).`,
          entry.name,
        ),
      );
      continue;
    }
    if (!isDirectory(entry) && looksLikeArchiveName(entry.name)) {
      problems.push(problem('nested-archive', 'Arsip di dalam arsip tidak diterima.', entry.name));
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) {
      problems.push(
        problem(
          'size-mismatch',
          'Ukuran berkas tersimpan tidak cocok dengan kepalanya.',
          entry.name,
        ),
      );
    }
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      problems.push(
        problem(
          'entry-too-large',
          `Berkas berukuran ${formatBytes(entry.uncompressedSize)}; batasnya ${formatBytes(limits.maxEntryBytes)}.`,
          entry.name,
        ),
      );
    }
    if (entry.uncompressedSize > limits.ratioFloorBytes) {
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (ratio > limits.maxRatio) {
        problems.push(
          problem(
            'ratio-too-high',
            `Rasio kompresi ${Math.round(ratio)}:1 melebihi batas ${limits.maxRatio}:1 (tanda "bom zip").`,
            entry.name,
          ),
        );
      }
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    problems.push(
      problem(
        'total-too-large',
        `Isi arsip ${formatBytes(total)}; batasnya ${formatBytes(limits.maxTotalBytes)}.`,
      ),
    );
  }
  problems.push(...checkDuplicateNames(entries.map((e) => e.name)));
  return { entries, problems, declaredUncompressedBytes: total };
}

export interface EntryReadResult {
  ok: boolean;
  problem?: ZipProblem;
  sha256: string;
  size: number;
  /** Present only when asked to keep the data. */
  data?: Uint8Array;
}

const OOXML_NAME = /\.(xlsx|docx|pptx)$/i;

/** Compressed input is fed in small slices so one push can never inflate past ~16 MB. */
const INPUT_SLICE = 16 * 1024;

function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Inflates one entry, stopping as soon as the output passes the size its header declared (the
 * "lying header" trap), then checks length, CRC-32 and — for non-empty content — that it is not
 * itself a ZIP. SHA-256 is computed on the way.
 */
export function readZipEntry(
  bytes: Uint8Array,
  entry: ZipDirectoryEntry,
  keep: boolean,
): EntryReadResult {
  const located = locateEntryData(bytes, entry);
  if (!located.ok) return { ok: false, problem: located.problem, sha256: '', size: 0 };
  const raw = bytes.subarray(located.dataOffset, located.dataOffset + entry.compressedSize);
  const crc = new Crc32();
  const sha = new Sha256();
  const chunks: Uint8Array[] = [];
  let produced = 0;
  let overflow = false;
  let head: Uint8Array = new Uint8Array(0);
  const take = (chunk: Uint8Array): void => {
    if (overflow) return;
    if (produced + chunk.length > entry.uncompressedSize) {
      overflow = true;
      return;
    }
    produced += chunk.length;
    crc.update(chunk);
    sha.update(chunk);
    if (head.length < 16)
      head = joinChunks(
        [head, chunk.subarray(0, 16 - head.length)],
        Math.min(16, head.length + chunk.length),
      );
    if (keep) chunks.push(chunk);
  };
  if (entry.method === 0) {
    take(raw);
  } else {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      for (let at = 0; at < raw.length && !overflow; at += INPUT_SLICE) {
        const end = Math.min(raw.length, at + INPUT_SLICE);
        inflater.push(raw.subarray(at, end), end === raw.length);
      }
      if (raw.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      if (!overflow) {
        return {
          ok: false,
          problem: problem('corrupt-data', 'Data terkompresi rusak.', entry.name),
          sha256: '',
          size: produced,
        };
      }
    }
  }
  if (overflow) {
    return {
      ok: false,
      problem: problem(
        'size-mismatch',
        `Isi berkas lebih besar dari ukuran di kepalanya (${formatBytes(entry.uncompressedSize)}); dihentikan.`,
        entry.name,
      ),
      sha256: '',
      size: produced,
    };
  }
  if (produced !== entry.uncompressedSize) {
    return {
      ok: false,
      problem: problem(
        'size-mismatch',
        `Isi berkas ${formatBytes(produced)}, kepalanya menyebut ${formatBytes(entry.uncompressedSize)}.`,
        entry.name,
      ),
      sha256: '',
      size: produced,
    };
  }
  if (crc.digest() !== entry.crc32) {
    return {
      ok: false,
      problem: problem(
        'crc-mismatch',
        'CRC-32 tidak cocok: isi berkas rusak atau diubah.',
        entry.name,
      ),
      sha256: '',
      size: produced,
    };
  }
  // Office Open XML files (.xlsx, e.g. a pack's rekap) are ZIP containers by design; any other
  // ZIP content, whatever its name, is a nested archive.
  const type = detectFileType(head);
  if ((type === 'zip' || type === 'xlsx') && !OOXML_NAME.test(entry.name)) {
    return {
      ok: false,
      problem: problem('nested-archive', 'Arsip di dalam arsip tidak diterima.', entry.name),
      sha256: '',
      size: produced,
    };
  }
  const result: EntryReadResult = { ok: true, sha256: sha.digestHex(), size: produced };
  if (keep) result.data = joinChunks(chunks, produced);
  return result;
}

export interface ZipExtraction {
  problems: ZipProblem[];
  /** name → content; data only for names `keep` accepts. Directories are skipped. */
  files: Map<string, { size: number; sha256: string; data?: Uint8Array }>;
}

/**
 * Header checks, then (only if they pass) every entry inflated and verified. Nothing is written
 * anywhere: callers decide what to do with an accepted result.
 */
export function extractZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  keep: (name: string) => boolean,
): ZipExtraction {
  const inspection = inspectZip(bytes, limits);
  const files: ZipExtraction['files'] = new Map();
  if (inspection.problems.length > 0) return { problems: inspection.problems, files };
  const problems: ZipProblem[] = [];
  for (const entry of inspection.entries) {
    if (isDirectory(entry)) continue;
    const read = readZipEntry(bytes, entry, keep(entry.name));
    if (!read.ok) {
      if (read.problem) problems.push(read.problem);
      continue;
    }
    files.set(entry.name, {
      size: read.size,
      sha256: read.sha256,
      ...(read.data ? { data: read.data } : {}),
    });
  }
  return { problems, files };
}
