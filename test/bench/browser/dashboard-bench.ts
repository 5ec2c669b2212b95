import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgeAgainstPeer, median, ratioTargetText, round, type BenchResult } from '../lib/result';
import { coldTimes, withBenchPage } from './browser-bench';
import { BENCH_ORIGIN } from './static-server';

const FIGURE = '[data-figure="Usulan aktif"]';
const REGISTER_BAR = 'section[aria-label="IKM terdaftar per kabupaten/kota"] svg rect';
// The ratio targets carry the absolute ones over the full pass of a quiet run (≈ 2,300 ms):
// 500 ms ≈ 0.2 ×, 100 ms ≈ 0.04 ×.
const FIGURES_TARGET = { atMost: 0.2 } as const;
const BREAKDOWN_TARGET = { atMost: 0.04 } as const;
const COLD_TARGET = { atMost: 5 } as const;

/**
 * Beranda stays fast on 100,000 IKM: (1) the round's figures Beranda shows first and (2) the
 * register breakdown it fills in after, both in the page against one pass over every IKM row;
 * (3) opening Beranda in a relaunched browser until the figures, then the register bars, show.
 */
export async function dashboardBench(
  rows: number,
  nominees: number,
  runs: number,
  coldRuns: number,
): Promise<BenchResult[]> {
  const profile = mkdtempSync(join(tmpdir(), 'ovop-bench-'));
  try {
    const seeded = await withBenchPage(
      (page) =>
        page.evaluate(([n, k]) => window.ovopBench!.seedDashboard(n, k), [rows, nominees] as const),
      profile,
    );
    const load = await withBenchPage(
      (page) => page.evaluate((n) => window.ovopBench!.dashboardLoad(n), runs),
      profile,
    );
    const cold = await coldTimes(
      profile,
      `${BENCH_ORIGIN}/index.html#/`,
      [FIGURE, REGISTER_BAR],
      coldRuns,
    );
    const blankMs = median(
      (await coldTimes(profile, `${BENCH_ORIGIN}/blank.html`, ['#ready'], coldRuns)).map(
        (t) => t[0] ?? Number.NaN,
      ),
    );
    const figuresMs = median(load.figuresMs);
    const breakdownMs = median(load.breakdownMs);
    const peerMs = median(load.peerMs);
    const coldFiguresMs = median(cold.map((t) => t[0] ?? Number.NaN));
    const coldBarsMs = median(cold.map((t) => t[1] ?? Number.NaN));
    const size = `${seeded.toLocaleString('en')} IKM, ${load.nominations} nominations`;
    const peer = 'one pass over every IKM row (Dexie each), counting per kab/kota';
    return [
      {
        name: `Beranda: the round's figures on ${size} (Chromium)`,
        value: round(figuresMs),
        unit: 'ms',
        peer,
        peerValue: round(peerMs),
        target: `${ratioTargetText(FIGURES_TARGET)} (≤ 500 ms on an idle machine)`,
        ...judgeAgainstPeer(figuresMs, peerMs, FIGURES_TARGET),
        runs,
        extra: { worstMs: round(Math.max(...load.figuresMs)) },
        note: "loadRegisterState + loadDashboard as Beranda calls them: register totals, the round's nominations with their IKM, products, readiness, credentials, letters and awards, then the pure one-pass buildDashboard. Nothing here walks the 100,000 IKM.",
      },
      {
        name: `Beranda: register breakdown per kab/kota and commodity on ${size} (Chromium)`,
        value: round(breakdownMs),
        unit: 'ms',
        peer,
        peerValue: round(peerMs),
        target: `${ratioTargetText(BREAKDOWN_TARGET)} (≤ 100 ms on an idle machine; shown after the figures, never holding them back)`,
        ...judgeAgainstPeer(breakdownMs, peerMs, BREAKDOWN_TARGET),
        runs,
        extra: { kabKotaBars: load.kabKota, ikmInBars: load.enterprises },
        note: 'loadRegisterBreakdown: enterprises.counts(), one read of the registerStats row kept in step with every IKM write (db/registers/register-stats.ts). Before it, 19 IndexedDB index counts (one per kab/kota and commodity) walked their ranges and took longer than the full scan.',
      },
      {
        name: `open Beranda cold, ${size}: to the figures (Chromium)`,
        value: round(coldFiguresMs),
        unit: 'ms',
        peer: 'blank page load in the same relaunched profile',
        peerValue: round(blankMs),
        target: `${ratioTargetText(COLD_TARGET)} (≤ 2,000 ms on an idle machine)`,
        ...judgeAgainstPeer(coldFiguresMs, blankMs, COLD_TARGET),
        runs: coldRuns,
        extra: { toRegisterBarsMs: round(coldBarsMs) },
        note: 'page.goto(#/) in a freshly relaunched browser on the seeded profile → first animation frame with a summary figure ("Usulan aktif"; checked in the page on every frame, the blank page the same way); extra.toRegisterBarsMs → first bar of "IKM terdaftar per kabupaten/kota" (lazy charts chunk + breakdown).',
      },
    ];
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
