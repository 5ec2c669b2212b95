import type { Locator, Page } from 'playwright-core';

/** The date field labelled `label`: a group of day, month and year sections (MUI X date field). */
export function dateField(scope: Page | Locator, label: string | RegExp): Locator {
  return scope.getByRole('group', { name: label });
}

/**
 * Types an ISO date (`2026-05-01`) into a date field the way a user does on any system language:
 * day, month and year as dd/mm/yyyy, starting from the day section.
 */
export async function fillDate(
  scope: Page | Locator,
  label: string | RegExp,
  iso: string,
): Promise<void> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`fillDate expects YYYY-MM-DD, got "${iso}"`);
  const [, year, month, day] = match;
  const daySection = dateField(scope, label).getByRole('spinbutton', { name: 'Hari' });
  await daySection.click();
  await daySection.pressSequentially(`${day}${month}${year}`);
}

/** What the field shows, e.g. "01/05/2026" ('' when empty). */
export async function dateText(scope: Page | Locator, label: string | RegExp): Promise<string> {
  return dateField(scope, label).locator('input').inputValue();
}
