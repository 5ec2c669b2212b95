import type { BrowserContext, Page } from 'playwright-core';

/**
 * Runs `work` while Chromium records the trace events of `categories`, over the page's DevTools
 * session: `work`'s result and every event recorded (as Chromium sent them, unchecked).
 */
export async function whileTracing<T>(
  context: BrowserContext,
  page: Page,
  categories: readonly string[],
  work: () => Promise<T>,
): Promise<{ result: T; events: unknown[] }> {
  const cdp = await context.newCDPSession(page);
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: [...categories] },
    transferMode: 'ReportEvents',
  });
  const result = await work();
  await cdp.send('Tracing.end');
  await complete;
  return { result, events };
}
