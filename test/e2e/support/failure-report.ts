import { onTestFailed } from 'vitest';
import type { Page } from 'playwright-core';

/** What a page showed: its address and the start of its visible text. */
export async function describePage(page: Page): Promise<string> {
  if (page.isClosed()) return '(halaman sudah ditutup)';
  const read = page.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 1500));
  const late = new Promise<string>((resolve) =>
    setTimeout(() => resolve('(halaman tidak menjawab dalam 3 detik)'), 3000).unref(),
  );
  const text = await Promise.race([read, late]).catch(
    (e: unknown) => `(teks tak terbaca: ${String(e)})`,
  );
  return `${page.url()}\n${text}`;
}

/**
 * When the running test fails, prints what `lastSeen` gives (the page as it was when the session
 * closed, or the live page), so a failure in CI says which screen the app was on.
 * Outside a test (e.g. in beforeAll) nothing is registered.
 */
export function reportPageOnFailure(label: string, lastSeen: () => Promise<string>): void {
  try {
    onTestFailed(async () => {
      console.log(`Halaman ${label} saat uji gagal:\n${await lastSeen()}`);
    });
  } catch {
    // Not inside a running test.
  }
}
