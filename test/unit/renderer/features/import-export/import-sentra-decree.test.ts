import { describe, expect, it } from 'vitest';
import type { ImportCell } from '@shared/import/cell';
import { planCommit } from '@shared/import/duplicates';
import { runPipeline } from '@shared/import/pipeline';
import { sentraRepository, type RepositoryContext } from '../../../../../renderer/src/db';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';
import { commitImport } from '../../../../../renderer/src/features/import-export/import-commit';
import { makeContext } from '../../../../support/factories/db';
import {
  SENTRA_HEADERS,
  sentraRow,
  testRegionLookup,
} from '../../../../support/factories/spreadsheet';

const HEADERS = [...SENTRA_HEADERS, 'Nomor SK', 'Tanggal SK', 'Penerbit SK'];

/** A sentra row of the template with its SK columns. */
const row = (n: number, sk: [ImportCell, ImportCell, ImportCell]): ImportCell[] => [
  ...sentraRow(n),
  ...sk,
];

async function check(rows: ImportCell[][]) {
  const result = await runPipeline(
    { sheet: 'Sentra', rows: [HEADERS, ...rows] },
    { kind: 'sentra', lookup: testRegionLookup() },
  );
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

async function commit(ctx: RepositoryContext, rows: ImportCell[][]) {
  const report = await check(rows);
  return commitImport(buildAppRepositories(ctx), 'sentra', planCommit(report.rows));
}

describe('sentra import with SK columns', () => {
  it('stores each SK once as the decree of the sentra it designates (issued by their kab/kota)', async () => {
    const ctx = await makeContext({ userName: 'Rina' });
    await commit(ctx, [
      row(1, ['188.45/077/KUM/2023', '10 Mei 2023', 'Bupati Banjar']),
      // The same SK typed with other separators designates a second sentra.
      row(2, ['188-45 / 077 / kum / 2023', '10/05/2023', 'Bupati Banjar']),
      row(3, ['', '', '']),
    ]);
    const sentras = sentraRepository(ctx);
    const decrees = await sentras.decrees.list();
    expect(decrees).toHaveLength(1);
    expect(decrees[0]).toMatchObject({
      number: '188.45/077/KUM/2023',
      date: '2023-05-10',
      signedBy: 'Bupati Banjar',
      signerRole: 'bupati',
      issuingRegionCode: '63.03',
    });
    const rows = (await ctx.db.sentras.toArray()).sort((a, b) => a.name.localeCompare(b.name));
    expect(rows.map((s) => [s.name, s.decreeId])).toEqual([
      ['Sentra Kerupuk 1', decrees[0]?.id],
      ['Sentra Kerupuk 2', decrees[0]?.id],
      ['Sentra Kerupuk 3', undefined],
    ]);
  });

  it('refuses a row whose SK date cannot be read, in Indonesian; an SK without date stays in Catatan; a missing issuer is the kab/kota head', async () => {
    const report = await check([
      row(1, ['188.45/1/2023', '31 Februari 2023', 'Bupati Banjar']),
      row(2, ['188.45/2/2023', '', 'Bupati Banjar']),
      row(3, ['188.45/3/2023', '10 Mei 2023', '']),
      row(4, ['', '10 Mei 2023', '']),
    ]);
    expect(report.rows.map((r) => r.outcome === 'invalid')).toEqual([true, false, false, true]);
    const texts = report.rows.map((r) => r.messages.map((m) => m.text).join(' | '));
    expect(texts[0]).toMatch(/Tanggal SK/);
    expect(texts[1]).toContain('SK 188.45/2/2023 tanpa tanggal: nomornya disimpan di Catatan');
    expect(texts[2]).toContain('Penerbit SK tidak diisi; dicatat sebagai Bupati');
    const third = report.rows[2]?.form;
    expect(third?.kind === 'sentra' && third.decree).toMatchObject({
      signedBy: 'Bupati',
      signerRole: 'bupati',
    });
    expect(texts[3]).toContain('Nomor SK wajib diisi bila tanggal atau penerbit SK diisi');
  });
});
