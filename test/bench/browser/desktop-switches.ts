import { chromium } from 'playwright-core';
import {
  DISABLED_CHROMIUM_FEATURES,
  mergedFeatureList,
} from '../../../shared/platform/chromium-features';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/browser';

const SWITCH = '--disable-features=';

/**
 * The one `--disable-features` switch for a Chromium started with `launcherArgs`: the features those
 * already turn off (Chromium keeps only the last such switch) plus the desktop app's own.
 */
export function desktopFeatureSwitch(launcherArgs: readonly string[]): string {
  const last = launcherArgs.findLast((arg) => arg.startsWith(SWITCH));
  return SWITCH + mergedFeatureList(last?.slice(SWITCH.length) ?? '', DISABLED_CHROMIUM_FEATURES);
}

let known: Promise<string> | undefined;

/**
 * The switch for the bench's Chromium, so it starts with the features the desktop app turns off.
 * Playwright adds a `--disable-features` list of its own; it is read from the command line of a
 * browser started once for that, because appending a second switch would drop Playwright's.
 */
export function benchFeatureSwitch(): Promise<string> {
  known ??= (async () => {
    const server = await chromium.launchServer({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    try {
      return desktopFeatureSwitch(server.process().spawnargs);
    } finally {
      await server.close();
    }
  })();
  return known;
}
