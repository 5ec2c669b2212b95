import { describe, expect, it } from 'vitest';
import { hasEdits } from '../../../../renderer/src/ui/use-unsaved-changes-guard';

describe('whether a form holds the user’s edits', () => {
  it('is false for an untouched form, also once a late field registered with no value', () => {
    expect(hasEdits({})).toBe(false);
    expect(hasEdits({ leadEnterpriseId: false, newDecree: {} })).toBe(false);
  });

  it('is true for a changed field, nested or in a list', () => {
    expect(hasEdits({ name: true })).toBe(true);
    expect(hasEdits({ newDecree: { number: true } })).toBe(true);
    expect(hasEdits({ rubric: { criteria: [{}, { weight: true }] } })).toBe(true);
  });
});
