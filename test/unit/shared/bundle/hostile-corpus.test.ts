import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBundle } from '@shared/bundle/bundle-check';
import { DEFAULT_ZIP_LIMITS } from '@shared/bundle/zip-limits';
import { HOSTILE_CASES } from '../../../fixtures/hostile-bundles/corpus';

const dir = join(__dirname, '../../../fixtures/hostile-bundles');
const MB = 1024 * 1024;

describe('hostile bundle corpus (committed files)', () => {
  it.each(HOSTILE_CASES.map((c) => [c.file, c.expected] as const))(
    '%s is refused with %s',
    (file, expected) => {
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      const result = checkBundle(bytes, DEFAULT_ZIP_LIMITS, true);
      expect(result.accepted).toBe(false);
      expect(result.problems.map((p) => p.code)).toContain(expected);
      // Refused bundles hand back nothing that could be written.
      expect(result.files.size).toBe(0);
      for (const p of result.problems) expect(p.message.length).toBeGreaterThan(10);
    },
  );

  it('committed files match the generator (regenerate with generate.ts after changing it)', () => {
    for (const c of HOSTILE_CASES)
      expect(Buffer.from(readFileSync(join(dir, c.file))).equals(Buffer.from(c.build()))).toBe(
        true,
      );
  });

  it('checking the whole corpus stays far below 200 MB of extra memory', () => {
    const files = HOSTILE_CASES.map((c) => new Uint8Array(readFileSync(join(dir, c.file))));
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    for (const bytes of files) {
      checkBundle(bytes, DEFAULT_ZIP_LIMITS, true);
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }
    const rssDelta = (peakRss - before.rss) / MB;
    const heapDelta = (peakHeap - before.heapUsed) / MB;
    console.info(
      `hostile corpus: rss +${rssDelta.toFixed(1)} MB, heap +${heapDelta.toFixed(1)} MB, maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
    expect(rssDelta).toBeLessThan(200);
    expect(heapDelta).toBeLessThan(200);
  });
});
