import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pdfmake, { type PdfmakeFontFiles } from 'pdfmake';
import { prepareForRender, type PdfDocDefinition } from '@shared/documents/pdf-types';
import { woffToSfnt } from '@shared/documents/woff-to-sfnt';

/**
 * Node renderer for the pure document definitions (CLI samples and tests; Electron main can use it
 * too). Fonts are the `.woff` files of @fontsource/arimo and @fontsource/tinos (latin subset, which
 * covers Indonesian, U+2011 and the rupiah/ellipsis punctuation); pdfmake embeds one file per style
 * and cannot merge subsets, so latin-ext is not loaded. Each file is read once per process and
 * turned into plain TrueType bytes (`woffToSfnt`: fontkit re-inflates a WOFF's whole glyph table for
 * every glyph it touches, which made a letter with a lampiran ~5× slower) in pdfmake's virtual file
 * system; pdfmake may read nothing from disk and fetch no URL.
 */

const require = createRequire(import.meta.url);

function fontFiles(pkg: 'arimo' | 'tinos'): PdfmakeFontFiles {
  const dir = join(dirname(require.resolve(`@fontsource/${pkg}/package.json`)), 'files');
  const file = (weight: 400 | 700, style: 'normal' | 'italic'): string => resolve(dir, `${pkg}-latin-${weight}-${style}.woff`);
  return { normal: file(400, 'normal'), bold: file(700, 'normal'), italics: file(400, 'italic'), bolditalics: file(700, 'italic') };
}

export const NODE_FONTS: Record<'Arimo' | 'Tinos', PdfmakeFontFiles> = { Arimo: fontFiles('arimo'), Tinos: fontFiles('tinos') };

let configured = false;
function configure(): void {
  if (configured) return;
  const fonts: Record<string, PdfmakeFontFiles> = {};
  for (const [family, files] of Object.entries(NODE_FONTS)) {
    const ttf = (style: keyof PdfmakeFontFiles): string => {
      const name = `${family}-${style}.ttf`;
      pdfmake.virtualfs.writeFileSync(name, Buffer.from(woffToSfnt(readFileSync(files[style]))));
      return name;
    };
    fonts[family] = { normal: ttf('normal'), bold: ttf('bold'), italics: ttf('italics'), bolditalics: ttf('bolditalics') };
  }
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = true;
}

/** Renders a document definition to PDF bytes. */
export async function renderPdfNode(definition: PdfDocDefinition): Promise<Uint8Array> {
  configure();
  const buffer = await pdfmake.createPdf(prepareForRender(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
