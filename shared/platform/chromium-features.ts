/**
 * Chromium features the desktop app turns off for its window (electron/main/chromium-switches.ts).
 * The bench's Chromium starts with them off too (test/bench/browser/desktop-switches.ts), so a
 * relaunched start in the bench compiles what a relaunched desktop start compiles.
 *
 * `BackgroundResourceFetch`: with it on, Chromium hands a module script to a background thread as
 * its bytes arrive and compiles it there afresh, without asking for its V8 code cache. Every start
 * then parses and compiles all of the renderer's code again, although the cache is on disk: in a
 * Chromium 156 trace of a relaunched start, 520 ms of background parsing for the start-up
 * libraries alone, and the same cache written again afterwards. Off, the start reads the cached
 * code instead (25 ms for that file in a trace of the same start with the feature off).
 * docs/performance.md has the measurements.
 */
export const DISABLED_CHROMIUM_FEATURES: readonly string[] = ['BackgroundResourceFetch'];

/**
 * One `disable-features` value holding `existing` (a comma-separated list, possibly empty) and
 * `added`, without repeats. Chromium keeps only the last `--disable-features` switch of a command
 * line, so a second switch would drop every feature the first one named.
 */
export function mergedFeatureList(existing: string, added: readonly string[]): string {
  const names = [...existing.split(','), ...added].map((name) => name.trim());
  return [...new Set(names.filter((name) => name !== ''))].join(',');
}
