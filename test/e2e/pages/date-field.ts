import type { Locator, Page } from 'playwright-core';

/** Types an ISO date (`YYYY-MM-DD`) into the date field labelled `label` inside `scope`. */
export async function fillDate(
  scope: Page | Locator,
  label: string | RegExp,
  iso: string,
): Promise<void> {
  await scope.getByLabel(label).fill(iso);
}
