import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/browser';
import { benchFeatureSwitch } from './desktop-switches';

export interface LaunchOptions {
  /** Leave Chromium's features as a browser has them (a web-mode user's start). */
  readonly browserDefaults?: boolean;
}

/**
 * Same Chromium and flags as the e2e launchApp(), with the features the desktop app turns off
 * turned off too (desktop-switches.ts) unless `browserDefaults`, plus precise heap figures and
 * gc() for the import figure.
 */
export async function launch(
  profileDir: string,
  options: LaunchOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const features = options.browserDefaults ? [] : [await benchFeatureSwitch()];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...features, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
    viewport: { width: 1366, height: 800 },
    locale: 'id-ID',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(600_000);
  return { context, page };
}
