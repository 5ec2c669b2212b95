import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '../../../../renderer/src/app/theme';
import { warmUpWhenIdle } from '../../../../renderer/src/app/warm-up';

/** A window whose idle callback runs only when the test says so, and whose font loads are recorded. */
function fakeWindow() {
  let idle: (() => void) | undefined;
  const load = vi.fn((_font: string) => Promise.resolve([]));
  const win = {
    requestIdleCallback: (callback: () => void) => {
      idle = callback;
      return 1;
    },
    document: { fonts: { load } },
  } as unknown as Window;
  return { win, load, runIdle: () => idle?.() };
}

describe('warmUpWhenIdle: the start-up work that needs none of the app code', () => {
  it('waits for an idle main thread before doing anything', () => {
    const { win, load } = fakeWindow();
    warmUpWhenIdle(win);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the theme font in every weight the app imports', () => {
    const { win, load, runIdle } = fakeWindow();
    warmUpWhenIdle(win);
    runIdle();
    const family = theme.typography.fontFamily?.split(',')[0]?.trim();
    const main = readFileSync('renderer/src/main.tsx', 'utf8');
    const weights = [...main.matchAll(/@fontsource\/(\w+)\/(\d+)\.css/g)].map((m) => {
      expect(m[1]).toBe(family?.toLowerCase());
      return m[2];
    });
    expect(weights.length).toBeGreaterThan(0);
    expect(load.mock.calls.map(([font]) => font).sort()).toEqual(
      weights.map((w) => `${w} 1em ${family}`).sort(),
    );
  });
});
