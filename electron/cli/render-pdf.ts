import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pdfmake, { type PdfmakeFontFiles } from 'pdfmake';
import { prepareForRender, type PdfDocDefinition } from '@shared/documents/pdf-types';

/**
 * Node renderer for the pure document definitions (CLI samples and tests; Electron main can use it
 * too). Fonts are the `.woff` files of @fontsource/arimo and @fontsource/tinos (latin subset, which
 * covers Indonesian, U+2011 and the rupiah/ellipsis punctuation); pdfmake embeds one file per style
 * and cannot merge subsets, so latin-ext is not loaded. Nothing outside those files may be read and
 * no URL may be fetched.
 */

const require = createRequire(import.meta.url);

function fontFiles(pkg: 'arimo' | 'tinos'): PdfmakeFontFiles {
  const dir = join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files');
  const file = (weight: 400 | 700, style: 'normal' | 'italic'): string => resolve(dir, `${pkg}-latin-${weight}-${style}.woff`);
  return { normal: file(400, 'normal'), bold: file(700, 'normal'), italics: file(400, 'italic'), bolditalics: file(700, 'italic') };
}

export const NODE_FONTS: Record<'Arimo' | 'Tinos', PdfmakeFontFiles> = { Arimo: fontFiles('arimo'), Tinos: fontFiles('tinos') };

const allowedFontPaths = new Set(Object.values(NODE_FONTS).flatMap((f) => Object.values(f)));

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setFonts(NODE_FONTS);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowedFontPaths.has(resolve(path)));
  configured = true;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdfNode(definition: PdfDocDefinition): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(prepareForRender(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
