import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annexDocument, letterDocument, type PdfDocDefinition } from '@shared/documents';
import type { Letter } from '@shared/domain/letter';
import type { OfficeProfile } from '@shared/domain/office';
import { renderPdfNode } from './render-pdf';

/**
 * `npm run samples -- <folder>`: renders every letter variant from the test fixtures into
 * `<folder>/<variant>.pdf`, without the UI, so layout changes can be reviewed side by side.
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

function isSampleList(value: unknown): value is SampleInput[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'name' in v && 'letter' in v && 'office' in v);
}

/** The fixtures live with the tests; loaded at run time so the electron build never includes them. */
export async function loadSamples(root: string): Promise<SampleInput[]> {
  const url = pathToFileURL(join(root, 'test', 'support', 'factories', 'letter.ts')).href;
  const mod: unknown = await import(url);
  const factory = typeof mod === 'object' && mod !== null && 'sampleVariants' in mod ? mod.sampleVariants : undefined;
  if (typeof factory !== 'function') throw new Error('sampleVariants() tidak ditemukan di test/support/factories/letter.ts');
  const samples: unknown = factory();
  if (!isSampleList(samples)) throw new Error('sampleVariants() tidak mengembalikan daftar contoh surat');
  return samples;
}

export async function renderSamples(folder: string, root: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const sample of await loadSamples(root)) {
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
  const files = await renderSamples(resolve(folder), process.cwd());
  for (const file of files) console.log(file);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
