import { launch } from './launch';
import { whileTracing } from './trace-events';

interface TraceEvent {
  readonly name?: string;
  readonly args?: {
    readonly data?: { readonly url?: string; readonly consumedCacheSize?: number };
  };
}

export interface CodeCacheUse {
  /** The app's scripts the start compiled, and how many of them from their V8 code cache. */
  readonly scripts: number;
  readonly fromCache: number;
  /** The same in kB of script (Chromium keeps no code cache for a script under 1 KB). */
  readonly scriptKiB: number;
  readonly fromCacheKiB: number;
}

/**
 * Tallies the compile events of scripts under `assetsUrl` (the last event of a script counts),
 * weighted by each script's size in bytes (`bytesOf`).
 */
export function codeCacheUseOf(
  events: readonly TraceEvent[],
  assetsUrl: string,
  bytesOf: ReadonlyMap<string, number>,
): CodeCacheUse {
  const byUrl = new Map<string, boolean>();
  for (const event of events) {
    if (event.name !== 'v8.compileModule' && event.name !== 'v8.compile') continue;
    const data = event.args?.data;
    if (!data?.url?.startsWith(assetsUrl)) continue;
    byUrl.set(data.url, (data.consumedCacheSize ?? 0) > 0);
  }
  const kib = (urls: readonly string[]) =>
    Math.round(urls.reduce((sum, url) => sum + (bytesOf.get(url) ?? 0), 0) / 1024);
  const cached = [...byUrl].filter(([, fromCache]) => fromCache).map(([url]) => url);
  return {
    scripts: byUrl.size,
    fromCache: cached.length,
    scriptKiB: kib([...byUrl.keys()]),
    fromCacheKiB: kib(cached),
  };
}

/**
 * One more relaunch on `profile`, untimed, with V8's trace events recorded while `url` loads until
 * `selector` shows: how many of the app's scripts came from the code cache. The timed starts are
 * not traced (tracing slows a start).
 */
export async function codeCacheUse(
  profile: string,
  url: string,
  selector: string,
): Promise<CodeCacheUse> {
  const { context, page } = await launch(profile);
  try {
    const { result: sizes, events } = await whileTracing(context, page, ['v8'], async () => {
      await page.goto(url);
      await page.waitForSelector(selector);
      return page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map(
            (entry) => [entry.name, (entry as PerformanceResourceTiming).decodedBodySize] as const,
          ),
      );
    });
    const traceEvents = events.filter(
      (event): event is TraceEvent => typeof event === 'object' && event !== null,
    );
    return codeCacheUseOf(traceEvents, new URL('assets/', url).href, new Map(sizes));
  } finally {
    await context.close();
  }
}
