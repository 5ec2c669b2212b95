import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_OUT_DIR } from '../../vite.config';

/**
 * The shipped renderer (`npm run build`) carries none of the test scaffolding of test/app-hooks and
 * test/support/seed; the test build (`npm run build:renderer:test`) carries it, which shows that the
 * markers below are ones a build keeps (a check that looks for erased names could never fail).
 */
const MARKERS = [
  '__ovopE2e', // the e2e seeding hook
  '__ovopTest', // the kill harness's hook
  'chunkedImportForTest', // the known-bad chunked import switch
  'import-ikm-chunk', // the chunked import's journal kind
  'IKM Uji ', // the kill harness's generated rows
];

function bundleText(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(js|html)$/.test(f),
  );
  return files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
}

describe('production bundle', () => {
  it('was built (npm run build)', () => {
    expect(existsSync('dist/renderer/index.html')).toBe(true);
  });

  it('contains no test scaffolding', () => {
    const text = bundleText('dist/renderer');
    expect(MARKERS.filter((m) => text.includes(m))).toEqual([]);
  });

  it("loads the app's entry and its early database open, nothing else", () => {
    const html = readFileSync('dist/renderer/index.html', 'utf8');
    const sources = [...html.matchAll(/<script [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(html.match(/<script /g)).toHaveLength(2);
    expect(sources).toEqual([
      expect.stringMatching(/^\.\/assets\/open-early-[\w-]+\.js$/),
      expect.stringMatching(/^\.\/assets\/index-[\w-]+\.js$/),
    ]);
    expect(html).not.toContain('app-hooks');
  });

  it('differs from the test build, which carries every marker', () => {
    expect(existsSync(join(TEST_OUT_DIR, 'index.html'))).toBe(true);
    const text = bundleText(TEST_OUT_DIR);
    expect(MARKERS.filter((m) => !text.includes(m))).toEqual([]);
  });
});
