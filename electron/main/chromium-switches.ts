import type { CommandLine } from 'electron';
import { DISABLED_CHROMIUM_FEATURES, mergedFeatureList } from '@shared/platform/chromium-features';

/**
 * The switches the app gives Chromium before `app.ready`: the Indonesian UI locale for Chromium's
 * own widgets (date inputs show dd/mm/yyyy, spell-check, …) and the features it turns off
 * (shared/platform/chromium-features.ts), added to any the app was started with.
 */
export function applyChromiumSwitches(
  commandLine: Pick<CommandLine, 'appendSwitch' | 'getSwitchValue'>,
): void {
  commandLine.appendSwitch('lang', 'id');
  commandLine.appendSwitch(
    'disable-features',
    mergedFeatureList(commandLine.getSwitchValue('disable-features'), DISABLED_CHROMIUM_FEATURES),
  );
}
