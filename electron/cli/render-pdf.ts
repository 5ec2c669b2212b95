import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake, { type PdfmakeFontFiles } from 'pdfmake';
import { fitClosing } from '@shared/documents/closing-fit';
import {
  prepareForRender,
  type PdfDocDefinition,
  type PdfRenderableDefinition,
} from '@shared/documents/pdf-types';
import { ARABIC_FONT } from '@shared/documents/script-runs';

/**
 * Node renderer for the pure document definitions (CLI samples and tests; Electron main can use it
 * too). Fonts are the TrueType files of @expo-google-fonts/arimo and /tinos (full character sets:
 * Latin with extensions, Greek, Cyrillic) and /noto-naskh-arabic for names in Arabic script
 * (script-runs.ts gives those runs that font; it has no italic, so italics use the upright faces).
 * Each file is read once per process into pdfmake's virtual file system; pdfmake may read nothing
 * from disk and fetch no URL.
 */

const require = createRequire(import.meta.url);

type Family = 'Arimo' | 'Tinos' | typeof ARABIC_FONT;
const PACKAGES: Record<Family, string> = {
  Arimo: 'arimo',
  Tinos: 'tinos',
  [ARABIC_FONT]: 'noto-naskh-arabic',
};

function fontFiles(family: Family): PdfmakeFontFiles {
  const dir = dirname(require.resolve(`@expo-google-fonts/${PACKAGES[family]}/package.json`));
  const file = (face: string): string => join(dir, face, `${family}_${face}.ttf`);
  if (family === ARABIC_FONT)
    return {
      normal: file('400Regular'),
      bold: file('700Bold'),
      italics: file('400Regular'),
      bolditalics: file('700Bold'),
    };
  return {
    normal: file('400Regular'),
    bold: file('700Bold'),
    italics: file('400Regular_Italic'),
    bolditalics: file('700Bold_Italic'),
  };
}

export const NODE_FONTS: Record<Family, PdfmakeFontFiles> = {
  Arimo: fontFiles('Arimo'),
  Tinos: fontFiles('Tinos'),
  [ARABIC_FONT]: fontFiles(ARABIC_FONT),
};

let configured = false;
function configure(): void {
  if (configured) return;
  const fonts: Record<string, PdfmakeFontFiles> = {};
  for (const [family, files] of Object.entries(NODE_FONTS)) {
    const ttf = (style: keyof PdfmakeFontFiles): string => {
      const name = `${family}-${style}.ttf`;
      pdfmake.virtualfs.writeFileSync(name, readFileSync(files[style]));
      return name;
    };
    fonts[family] = {
      normal: ttf('normal'),
      bold: ttf('bold'),
      italics: ttf('italics'),
      bolditalics: ttf('bolditalics'),
    };
  }
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  configured = true;
}

/** Lays a renderable definition out and writes it (pdfmake has no layout-only call). */
export function layoutPdfNode(renderable: PdfRenderableDefinition): Promise<Uint8Array> {
  configure();
  return pdfmake.createPdf(renderable).getBuffer();
}

/**
 * Lays a definition out without writing the file (fonts are not subset nor pages compressed):
 * enough for `fitClosing`, which only watches where its nodes fall and ends the run from
 * `pageBreakBefore` before any page is drawn.
 */
function probePdfNode(renderable: PdfRenderableDefinition): Promise<unknown> {
  configure();
  return pdfmake.createPdf(renderable).getStream();
}

/** Renders a document definition to PDF bytes, a letter's closing fitted to its page first. */
export async function renderPdfNode(definition: PdfDocDefinition): Promise<Uint8Array> {
  const fitted = await fitClosing(definition, probePdfNode);
  const buffer = await layoutPdfNode(prepareForRender(fitted.definition));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
