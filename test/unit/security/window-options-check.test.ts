import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWindowOptions } from '../../security/window-options-check.mjs';

const windowTs = readFileSync(new URL('../../../electron/main/window.ts', import.meta.url), 'utf8');

describe('window options check of the security gate', () => {
  it('passes the real windowOptions()', () => {
    expect(checkWindowOptions(windowTs)).toEqual([]);
  });

  it('fails when context isolation is turned off in window.ts, naming the line', () => {
    const insecure = windowTs.replace('contextIsolation: true', 'contextIsolation: false');
    expect(insecure).not.toBe(windowTs);
    const problems = checkWindowOptions(insecure);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^electron\/main\/window\.ts:\d+: webPreferences\.contextIsolation harus true$/,
    );
  });

  it('fails when the sandbox is dropped or the preferences come from a spread', () => {
    expect(checkWindowOptions(windowTs.replace('sandbox: true,', ''))).toEqual([
      'electron/main/window.ts:-: webPreferences.sandbox harus true',
    ]);
    const spread = windowTs.replace('webPreferences: {', 'webPreferences: {\n      ...extra,');
    expect(checkWindowOptions(spread).some((p) => p.includes('spread'))).toBe(true);
  });
});
