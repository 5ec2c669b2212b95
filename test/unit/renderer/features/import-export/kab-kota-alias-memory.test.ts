import { describe, expect, it } from 'vitest';
import {
  confirmAlias,
  loadConfirmedAliases,
} from '../../../../../renderer/src/features/import-export/import-session';
import { makeContext } from '../../../../support/factories/db';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

describe('confirmed kab/kota aliases are remembered in the settings', () => {
  it('keeps each confirmed name, a later choice for the same name replacing the earlier one', async () => {
    const ctx = await makeContext({ userName: 'Rina', start: '2026-03-01T08:00:00.000Z' });
    expect(await loadConfirmedAliases(buildAppRepositories(ctx))).toEqual([]);
    await confirmAlias(buildAppRepositories(ctx), { alias: 'Bumi Tuntung Pandang', code: '63.06' });
    await confirmAlias(buildAppRepositories(ctx), { alias: 'Bjm Kota', code: '63.71' });
    await confirmAlias(buildAppRepositories(ctx), {
      alias: ' bumi tuntung pandang ',
      code: '63.01',
    });
    expect(await loadConfirmedAliases(buildAppRepositories(ctx))).toEqual([
      { alias: 'Bjm Kota', code: '63.71' },
      { alias: 'bumi tuntung pandang', code: '63.01' },
    ]);
  });
});
