import { describe, expect, it } from 'vitest';
import {
  appBarPercent,
  pullProgressText,
} from '../../../../../renderer/src/features/sync/SyncProgress';

describe('the pull progress the app bar shows', () => {
  it('shows a percentage while a pull of several pages is under way', () => {
    expect(appBarPercent({ state: 'syncing', received: 1500, total: 6000 })).toBe(' 25%');
  });

  it('shows none for a pull of one page, which ends before it could be read', () => {
    expect(appBarPercent({ state: 'syncing', received: 0, total: 12 })).toBe('');
    expect(appBarPercent({ state: 'syncing', received: 0, total: 1000 })).toBe('');
  });

  it('shows none once the pull is over', () => {
    expect(appBarPercent({ state: 'online', received: 6000, total: 6000 })).toBe('');
  });

  it('still says how far a short pull got in the tooltip', () => {
    expect(pullProgressText({ state: 'syncing', received: 5, total: 12 })).toBe(
      '5 dari 12 data diterima',
    );
  });
});
