import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportToJson } from '@shared/import/report';
import { importCheck } from '../../../../../electron/cli/import-check';
import { officeRepository } from '../../../../../renderer/src/db/repositories/office-repository';
import {
  checkTable,
  inspect,
} from '../../../../../renderer/src/features/import-export/import-session';
import { regionLookupOf } from '../../../../../renderer/src/features/import-export/region-lookup';
import { readSpreadsheet } from '../../../../../renderer/src/platform/spreadsheet';
import { createRegionCatalog } from '../../../../../renderer/src/regions';
import {
  CORPORA,
  CORPUS_FORMATS,
  corpusFileName,
} from '../../../../fixtures/import-corpus/corpus-layout';
import { makeContext } from '../../../../support/factories/db';
import { provinceOffice } from '../../../../support/factories/letter';
import { nodeRegionSource } from '../../../../support/factories/regions';
import { buildAppRepositories } from '../../../../../renderer/src/db/app-repositories';

const FILES = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'fixtures',
  'import-corpus',
  'files',
);
const today = new Date('2026-03-01T08:00:00Z');
const appLookup = regionLookupOf(createRegionCatalog(nodeRegionSource()));

describe('npm run import:check reports what the app reports', () => {
  for (const corpus of CORPORA) {
    for (const format of CORPUS_FORMATS) {
      it(`${corpus.id} (${corpus.kind}, ${format})`, async () => {
        const path = join(FILES, corpusFileName(corpus, format));
        const cli = await importCheck(
          [path, '--kind', corpus.kind, '--province', corpus.province],
          today,
        );
        expect(cli.code).toBe(0);

        const ctx = await makeContext({ userName: 'Rina', start: '2026-03-01T08:00:00.000Z' });
        await officeRepository(ctx).save(provinceOffice({ regionCode: corpus.province }));
        const read = await readSpreadsheet(
          corpusFileName(corpus, format),
          new Uint8Array(readFileSync(path)),
        );
        if (!read.ok) throw new Error(read.message);
        const header = await inspect(buildAppRepositories(ctx), corpus.kind, read.table);
        if (!header) throw new Error('judul kolom tidak ditemukan');
        const app = await checkTable(
          buildAppRepositories(ctx),
          corpus.kind,
          read.table,
          header,
          header.mapping,
          {
            today,
            lookup: appLookup,
          },
        );
        if (!app.ok) throw new Error(app.message);

        const appJson = reportToJson(app.report);
        expect(appJson.summary.total).toBeGreaterThan(15);
        expect(JSON.parse(cli.output)).toEqual(JSON.parse(JSON.stringify(appJson)));
        // Without --kind the check recognises the sheet's kind from its header, two-row headers included.
        const guessed = await importCheck([path, '--province', corpus.province], today);
        expect((JSON.parse(guessed.output) as { summary: { kind: string } }).summary.kind).toBe(
          corpus.kind,
        );
      });
    }
  }
});
