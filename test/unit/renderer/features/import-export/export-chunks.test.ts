import { describe, expect, it } from 'vitest';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';
import { exportRegisterBytes } from '../../../../../renderer/src/features/import-export/export-register';
import { readSpreadsheet } from '../../../../../renderer/src/platform/spreadsheet';
import { makeContext } from '../../../../support/factories/db';
import { ikmForm, sentraForm } from '../../../../support/factories/repository-reads';

async function csvRows(bytes: Uint8Array): Promise<readonly (readonly unknown[])[]> {
  const read = await readSpreadsheet('x.csv', bytes);
  if (!read.ok) throw new Error(read.message);
  return read.table.rows;
}

describe('register export in chunks', () => {
  it('exports more IKM than one chunk: every live IKM once, in name order', async () => {
    const ctx = await makeContext();
    const repos = buildAppRepositories(ctx);
    const names = ['UD Gamma', 'UD Alfa', 'CV Zeta', 'UD Beta', 'ud alfa', 'CV Eta', 'UD Delta'];
    for (const name of names) await repos.enterprises.create(ikmForm(name));
    const gone = await repos.enterprises.create(ikmForm('UD Hapus'));
    await repos.enterprises.softDelete(gone.id);
    const rows = await csvRows(
      await exportRegisterBytes(buildAppRepositories(ctx), 'ikm', undefined, 'csv', {
        chunkSize: 3,
      }),
    );
    expect(rows[0]?.[0]).toBe('Nama IKM');
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'CV Eta',
      'CV Zeta',
      'UD Alfa',
      'ud alfa',
      'UD Beta',
      'UD Delta',
      'UD Gamma',
    ]);
    // The same file as one big chunk: the chunk size changes memory use, never the content.
    expect(
      await exportRegisterBytes(buildAppRepositories(ctx), 'ikm', undefined, 'csv', {
        chunkSize: 3,
      }),
    ).toEqual(await exportRegisterBytes(buildAppRepositories(ctx), 'ikm', undefined, 'csv'));
  });

  it('sentra export keeps the commodity column filled', async () => {
    const ctx = await makeContext();
    await buildAppRepositories(ctx).sentras.create(
      sentraForm('Sentra Tenun', { commodity: 'kain-tenun' }),
    );
    const rows = await csvRows(
      await exportRegisterBytes(buildAppRepositories(ctx), 'sentra', undefined, 'csv', {
        chunkSize: 1,
      }),
    );
    expect(rows[0]?.slice(0, 2)).toEqual(['Nama Sentra', 'Komoditi']);
    expect(rows[1]?.slice(0, 2)).toEqual(['Sentra Tenun', 'kain tenun']);
  });
});
