import { fitClosing } from '@shared/documents/closing-fit';
import { prepareForRender, type PdfDocDefinition } from '@shared/documents/pdf-types';
import { ARABIC_FONT } from '@shared/documents/script-runs';
import arimoRegular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import arimoBold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoItalic from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import arimoBoldItalic from '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf?url';
import tinosRegular from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url';
import tinosBold from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url';
import tinosItalic from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url';
import tinosBoldItalic from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url';
import naskhRegular from '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf?url';
import naskhBold from '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf?url';
import { bytesToBase64 } from './base64';

/**
 * PDF rendering off the UI thread. pdfmake (1.8 MB) is imported only here, lazily on the first
 * request, so it never enters the initial bundle. Fonts are the same TrueType files of
 * @expo-google-fonts the Node renderer embeds (Arimo, Tinos, and Noto Naskh Arabic for names in
 * Arabic script), fetched from our own origin once per worker into pdfmake's virtual file system.
 * URL access is denied: the only image allowed in a definition is the emblem data URL. Result bytes
 * go back as a transferred ArrayBuffer (no copy on the UI thread).
 */

export interface PdfWorkerRequest {
  id: number;
  definition: PdfDocDefinition;
}

export type PdfWorkerResponse =
  { id: number; ok: true; bytes: ArrayBuffer } | { id: number; ok: false; message: string };

interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

interface PdfmakeBrowser {
  addVirtualFileSystem(vfs: Record<string, string>): void;
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  createPdf(definition: object): {
    getBuffer(): Promise<Uint8Array>;
    /** The laid-out, drawn document, not yet written out. */
    getStream(): Promise<unknown>;
  };
}

const FONT_URLS: Record<string, string> = {
  'Arimo-Regular.ttf': arimoRegular,
  'Arimo-Bold.ttf': arimoBold,
  'Arimo-Italic.ttf': arimoItalic,
  'Arimo-BoldItalic.ttf': arimoBoldItalic,
  'Tinos-Regular.ttf': tinosRegular,
  'Tinos-Bold.ttf': tinosBold,
  'Tinos-Italic.ttf': tinosItalic,
  'Tinos-BoldItalic.ttf': tinosBoldItalic,
  'NotoNaskhArabic-Regular.ttf': naskhRegular,
  'NotoNaskhArabic-Bold.ttf': naskhBold,
};

const FONTS: Record<string, FontFiles> = {
  Arimo: {
    normal: 'Arimo-Regular.ttf',
    bold: 'Arimo-Bold.ttf',
    italics: 'Arimo-Italic.ttf',
    bolditalics: 'Arimo-BoldItalic.ttf',
  },
  Tinos: {
    normal: 'Tinos-Regular.ttf',
    bold: 'Tinos-Bold.ttf',
    italics: 'Tinos-Italic.ttf',
    bolditalics: 'Tinos-BoldItalic.ttf',
  },
  // No italic face: italics use the upright ones.
  [ARABIC_FONT]: {
    normal: 'NotoNaskhArabic-Regular.ttf',
    bold: 'NotoNaskhArabic-Bold.ttf',
    italics: 'NotoNaskhArabic-Regular.ttf',
    bolditalics: 'NotoNaskhArabic-Bold.ttf',
  },
};

function isPdfmake(value: unknown): value is PdfmakeBrowser {
  return (
    typeof value === 'object' &&
    value !== null &&
    'createPdf' in value &&
    'addVirtualFileSystem' in value
  );
}

let ready: Promise<PdfmakeBrowser> | undefined;

async function loadPdfmake(): Promise<PdfmakeBrowser> {
  const mod: unknown = await import('pdfmake/build/pdfmake');
  const candidate = typeof mod === 'object' && mod !== null && 'default' in mod ? mod.default : mod;
  if (!isPdfmake(candidate)) throw new Error('Pustaka PDF tidak dapat dimuat');
  const vfs: Record<string, string> = {};
  await Promise.all(
    Object.entries(FONT_URLS).map(async ([name, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Berkas huruf ${name} tidak dapat dimuat`);
      vfs[name] = bytesToBase64(new Uint8Array(await response.arrayBuffer()));
    }),
  );
  candidate.addVirtualFileSystem(vfs);
  candidate.setFonts(FONTS);
  candidate.setUrlAccessPolicy(() => false);
  return candidate;
}

async function render(definition: PdfDocDefinition): Promise<ArrayBuffer> {
  ready ??= loadPdfmake();
  const pdfmake = await ready;
  // Deciding the closing's spacing needs pdfmake's layout only: nothing is written out.
  const fitted = await fitClosing(definition, (renderable) =>
    pdfmake.createPdf(renderable).getStream(),
  );
  const bytes = await pdfmake.createPdf(prepareForRender(fitted.definition)).getBuffer();
  // Transfer pdfmake's own buffer when the bytes fill it exactly; otherwise transfer a copy.
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  )
    return bytes.buffer;
  return bytes.slice().buffer;
}

self.addEventListener('message', (event: MessageEvent<PdfWorkerRequest>) => {
  const { id, definition } = event.data;
  render(definition).then(
    (bytes) =>
      self.postMessage({ id, ok: true, bytes } satisfies PdfWorkerResponse, { transfer: [bytes] }),
    (error: unknown) => {
      const message =
        error instanceof Error ? `Gagal membuat PDF: ${error.message}` : 'Gagal membuat PDF';
      self.postMessage({ id, ok: false, message } satisfies PdfWorkerResponse);
    },
  );
});
