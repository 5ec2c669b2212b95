import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annexDocument, letterDocument, type PdfDocDefinition } from '@shared/documents';
import type { Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { renderPdfNode } from '../../electron/cli/render-pdf';
import { sampleVariants } from '../support/factories/letter';

/**
 * `npm run samples -- <folder>`: renders every letter variant from the test fixtures into
 * `<folder>/<variant>.pdf`, without the UI, so layout changes can be reviewed side by side. A
 * development tool over the test factories, so it lives with the tests, not in electron/.
 */

export interface SampleInput {
  name: string;
  description: string;
  letter: Letter;
  office: OfficeProfile;
  draft: boolean;
  kind: 'letter' | 'annex';
}

export function sampleDefinition(sample: SampleInput): PdfDocDefinition {
  const build = sample.kind === 'annex' ? annexDocument : letterDocument;
  return build(sample.letter, sample.office, { draft: sample.draft });
}

export async function renderSamples(folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const sample of sampleVariants()) {
    const file = join(folder, `${sample.name}.pdf`);
    writeFileSync(file, await renderPdfNode(sampleDefinition(sample)));
    written.push(file);
  }
  return written;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Pemakaian: npm run samples -- <folder>');
    process.exitCode = 2;
    return;
  }
  const files = await renderSamples(resolve(folder));
  for (const file of files) console.log(file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
