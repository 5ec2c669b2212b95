import { cpus, freemem, release, totalmem, type as osType } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';

/** One line of the published JSON (its shape is what docs/benchmarks.md is generated from). */
export interface BenchResult {
  readonly name: string;
  readonly value: number | null;
  readonly unit: string;
  readonly peer: string | null;
  readonly peerValue: number | null;
  readonly ratio: number | null;
  readonly target: string;
  readonly met: boolean;
  /** What `met` was judged on: the ratio to the peer whenever there is one, else the value. */
  readonly metBy?: 'ratio' | 'value';
  readonly runs?: number;
  readonly extra?: Record<string, number | string>;
  readonly note?: string;
}

/** A target on the ratio ours ÷ peer: at most (times) or at least (throughputs) this much. */
export type RatioTarget = { readonly atMost: number } | { readonly atLeast: number };

export function ratioTargetText(target: RatioTarget): string {
  return 'atMost' in target ? `≤ ${target.atMost} × peer` : `≥ ${target.atLeast} × peer`;
}

/**
 * Judges a figure that has a peer measured in the same run: `met` depends on the ratio only
 * (absolute times move 2× between machines of one kind; the ratio does not). An unmeasured or
 * non-finite figure is never met.
 */
export function judgeAgainstPeer(
  value: number | null,
  peerValue: number | null,
  target: RatioTarget,
): Pick<BenchResult, 'ratio' | 'met' | 'metBy'> {
  if (value === null || peerValue === null || !(peerValue > 0) || !Number.isFinite(value))
    return { ratio: null, met: false, metBy: 'ratio' };
  const ratio = value / peerValue;
  if (!Number.isFinite(ratio)) return { ratio: null, met: false, metBy: 'ratio' };
  const met = 'atMost' in target ? ratio <= target.atMost : ratio >= target.atLeast;
  return { ratio: round(ratio), met, metBy: 'ratio' };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (value: number, digits = 2): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

export const runsFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  try {
    const text = readFileSync(require.resolve(`${name}/package.json`), 'utf8');
    return (JSON.parse(text) as { version: string }).version;
  } catch {
    return 'tidak terpasang';
  }
}

export function machine(): Record<string, string | number> {
  const list = cpus();
  return {
    cpus: list.length,
    model: list[0]?.model ?? 'tidak diketahui',
    memGiB: round(totalmem() / 2 ** 30, 1),
    freeMemGiB: round(freemem() / 2 ** 30, 1),
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}

export function versions(chromiumPath: string): Record<string, string> {
  let chromium = 'tidak ditemukan';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    // reported as missing
  }
  const names = [
    'pdfmake',
    'jspdf',
    'exceljs',
    'dexie',
    'fflate',
    'vite',
    'playwright-core',
    'zod',
    'react',
    '@mui/x-data-grid',
  ];
  return { ...Object.fromEntries(names.map((n) => [n, packageVersion(n)])), chromium };
}
