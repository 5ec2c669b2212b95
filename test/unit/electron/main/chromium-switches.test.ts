import { describe, expect, it } from 'vitest';
import { DISABLED_CHROMIUM_FEATURES, mergedFeatureList } from '@shared/platform/chromium-features';
import { applyChromiumSwitches } from '../../../../electron/main/chromium-switches';

/** Electron's command line as Chromium reads it: one value per switch, the last one kept. */
function fakeCommandLine(initial: Record<string, string> = {}) {
  const switches = new Map(Object.entries(initial));
  return {
    switches,
    appendSwitch: (name: string, value?: string) => void switches.set(name, value ?? ''),
    getSwitchValue: (name: string) => switches.get(name) ?? '',
  };
}

describe('applyChromiumSwitches', () => {
  it('sets the Indonesian locale and turns off background resource fetching', () => {
    const commandLine = fakeCommandLine();
    applyChromiumSwitches(commandLine);
    expect(commandLine.switches.get('lang')).toBe('id');
    expect(commandLine.switches.get('disable-features')).toBe('BackgroundResourceFetch');
    expect(DISABLED_CHROMIUM_FEATURES).toContain('BackgroundResourceFetch');
  });

  it('keeps the features the app was started with turned off', () => {
    const commandLine = fakeCommandLine({ 'disable-features': 'Translate,MediaRouter' });
    applyChromiumSwitches(commandLine);
    expect(commandLine.switches.get('disable-features')).toBe(
      'Translate,MediaRouter,BackgroundResourceFetch',
    );
  });
});

describe('mergedFeatureList', () => {
  it('joins both lists once each, in order, without empty names', () => {
    expect(mergedFeatureList('', ['A'])).toBe('A');
    expect(mergedFeatureList('A, B,,', ['B', 'C'])).toBe('A,B,C');
    expect(mergedFeatureList('A', [])).toBe('A');
  });
});
