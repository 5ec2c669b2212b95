import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WEB_BASE_URL } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SCREENSHOT_DIR = 'test-results/screenshots';

/** One running app in a fresh Chromium profile, with every console error and page error kept. */
export interface AppSession {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  errors: string[];
  /** Close the browser and keep the profile (to reopen it and check persistence). */
  close(): Promise<void>;
  /** Close and delete the profile. */
  dispose(): Promise<void>;
  screenshot(name: string): Promise<string>;
}

export async function launchApp(options: { profileDir?: string; hash?: string } = {}): Promise<AppSession> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ovop-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (dialog) => {
    errors.push(`Dialog tak terduga: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${WEB_BASE_URL}/index.html#${options.hash ?? '/'}`);
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await context.close();
  };
  return {
    context,
    page,
    profileDir,
    errors,
    close,
    async dispose() {
      await close();
      rmSync(profileDir, { recursive: true, force: true });
    },
    async screenshot(name: string) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
  };
}
