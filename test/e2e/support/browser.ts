import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describePage, reportPageOnFailure } from './failure-report';
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
const SCREENSHOT_DIR = 'test-results/screenshots';

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

/** The name given in the first-start dialog unless a spec asks otherwise. */
const E2E_USER_NAME = 'Petugas Uji';

export interface LaunchOptions {
  profileDir?: string;
  hash?: string;
  /** Browser language (the app must look the same whatever it is). */
  locale?: string;
  /**
   * Answer the first-start "Nama pengguna" dialog with this name, through the dialog (default
   * {@link E2E_USER_NAME}); `null` leaves the dialog to the spec.
   */
  userName?: string | null;
  /** Let a spec inject a test tool's script (the app's Content-Security-Policy refuses inline scripts). */
  bypassCsp?: boolean;
}

/**
 * Waits until the frame knows whether a user name is stored; when the first-start dialog asks for
 * one, types it and saves. Pages that never show the frame (recovery, start-up errors) end the wait.
 */
async function answerFirstStart(page: Page, userName: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Nama pengguna PC ini' });
  const named = page.getByRole('button', { name: /^Pengguna: / });
  try {
    await dialog.or(named).first().waitFor({ timeout: 20_000 });
  } catch {
    return;
  }
  if (!(await dialog.isVisible())) return;
  await dialog.getByLabel('Nama pengguna').fill(userName);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

export async function launchApp(options: LaunchOptions = {}): Promise<AppSession> {
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'ovop-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 800 },
    locale: options.locale ?? 'id-ID',
    acceptDownloads: true,
    bypassCSP: options.bypassCsp ?? false,
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
  const userName = options.userName === undefined ? E2E_USER_NAME : options.userName;
  if (userName !== null) await answerFirstStart(page, userName);
  let closed = false;
  let lastSeen: string | undefined;
  reportPageOnFailure(profileDir, async () => lastSeen ?? describePage(page));
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    lastSeen = await describePage(page);
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
