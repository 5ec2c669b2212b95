import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * A sandboxed preload is one bundled file loaded into every window: it carries the channel names
 * and the event payload check, never the contract's schemas or all of zod.
 */
describe('the bundled preload', () => {
  it('stays small (names and one payload check, not the whole contract)', async () => {
    const result = await build({
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'cjs',
      external: ['electron'],
      tsconfig: 'electron/tsconfig.json',
      write: false,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0]?.contents.length ?? Number.POSITIVE_INFINITY;
    expect(bytes).toBeLessThan(64 * 1024);
    const text = result.outputFiles[0]?.text ?? '';
    expect(text).not.toContain('toJSONSchema');
    expect(text).toContain('command:run');
  });
});
