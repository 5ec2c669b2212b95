import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {} from '../app-hooks/kill-hooks';
import { WEB_BASE_URL } from '../e2e/support/server';
import { seededRandom } from '../support/factories/spreadsheet';
import { startChromium, type KillableBrowser } from './chromium-process';

/**
 * Kills Chromium (SIGKILL on its process group) at random points of a 10,000-row import, reopens
 * the same profile and checks: the database opens, and the register is either unchanged or holds
 * the whole import plus its journal row. The chunked mode (known bad) must be caught.
 * KILL_RUNS (default 20), CHUNKED_RUNS (default 6), KILL_SEED.
 */
const RUNS = Number(process.env.KILL_RUNS ?? 20);
const CHUNKED_RUNS = Number(process.env.CHUNKED_RUNS ?? 6);
const SEED = Number(process.env.KILL_SEED ?? 7);
const ROWS = 10_000;

type State = Awaited<ReturnType<NonNullable<Window['__ovopTest']>['state']>>;

async function openApp(browser: KillableBrowser, chunked: boolean): Promise<void> {
  await browser.page.goto(
    `${WEB_BASE_URL}/index.html?ovopTest=1${chunked ? '&chunkedImportForTest=1' : ''}#/`,
  );
  await browser.page.waitForFunction(() => window.__ovopTest !== undefined, undefined, {
    timeout: 60_000,
  });
}

const readState = (b: KillableBrowser): Promise<State> =>
  b.page.evaluate(async () => {
    const hook = window.__ovopTest;
    if (!hook) throw new Error('kait uji tidak ada');
    return hook.state();
  });

/** 'unchanged' | 'complete' | a description of the violation. */
function judge(before: State, after: State): string {
  // The kept IKM counts (created by the first state() call) commit with the rows or not at all.
  if (after.counted !== after.enterprises)
    return `ANGKA TIDAK SELARAS: ${after.counted ?? 'tidak ada'} tercatat, ${after.enterprises} baris`;
  for (const [store, kept] of Object.entries(after.keptRows))
    if (kept !== after.rows[store])
      return `JUMLAH ${store} TIDAK SELARAS: ${kept ?? 'tidak ada'} tercatat, ${after.rows[store]} baris`;
  if (after.enterprises === before.enterprises && after.journal === before.journal)
    return 'unchanged';
  if (
    after.enterprises === before.enterprises + ROWS &&
    after.journal === before.journal + 1 &&
    after.journalRowCounts.includes(ROWS)
  )
    return 'complete';
  return `SEBAGIAN: ${after.enterprises - before.enterprises} baris, ${after.journal - before.journal} jurnal`;
}

async function killRun(
  seed: number,
  delayMs: number,
  chunked: boolean,
): Promise<{ verdict: string; killedAt: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'ovop-kill-'));
  try {
    let browser = await startChromium(profile);
    await openApp(browser, chunked);
    const before = await readState(browser);
    await browser.page.evaluate((s) => {
      void window.__ovopTest?.importGenerated(10_000, s).catch(() => undefined);
    }, seed);
    await new Promise((r) => setTimeout(r, delayMs));
    await browser.kill();
    browser = await startChromium(profile);
    try {
      await openApp(browser, false);
      const after = await readState(browser); // the database opens and answers
      return { verdict: judge(before, after), killedAt: delayMs };
    } finally {
      await browser.kill();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function importDuration(chunked: boolean): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'ovop-kill-'));
  const browser = await startChromium(profile);
  try {
    await openApp(browser, chunked);
    await readState(browser); // creates the kept counts row the import must keep in step
    const started = Date.now();
    await browser.page.evaluate(async () => {
      await window.__ovopTest?.importGenerated(10_000, 1);
    });
    const took = Date.now() - started;
    expect(
      judge(
        {
          enterprises: 0,
          journal: 0,
          journalRowCounts: [],
          idsHash: '',
          counted: 0,
          keptRows: { products: 0, credentials: 0, audit: 0 },
          rows: { products: 0, credentials: 0, audit: 0 },
        },
        await readState(browser),
      ),
    ).toBe(chunked ? `SEBAGIAN: ${ROWS} baris, 10 jurnal` : 'complete');
    return took;
  } finally {
    await browser.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('kill harness: 10,000-row import in Chromium', () => {
  it(`${RUNS} kills at random points leave the register unchanged or fully imported`, async () => {
    const duration = await importDuration(false);
    const next = seededRandom(SEED);
    const verdicts: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const delay = Math.round(200 + next() * duration * 1.1);
      const { verdict } = await killRun(run + 2, delay, false);
      verdicts.push(`${delay}ms:${verdict}`);
    }
    console.log(`kill harness: impor utuh ${duration} ms; ${verdicts.join(', ')}`);
    expect(verdicts.filter((v) => v.includes('SEBAGIAN'))).toEqual([]);
  });

  it('catches the deliberately chunked import (proof the harness can fail)', async () => {
    const duration = await importDuration(true);
    const next = seededRandom(SEED + 1);
    const verdicts: string[] = [];
    for (let run = 0; run < CHUNKED_RUNS; run++) {
      const delay = Math.round(duration * (0.2 + next() * 0.6));
      verdicts.push((await killRun(run + 50, delay, true)).verdict);
    }
    console.log(`kill harness (mode terpecah): impor ${duration} ms; ${verdicts.join(', ')}`);
    expect(verdicts.some((v) => v.startsWith('SEBAGIAN'))).toBe(true);
  });
});
