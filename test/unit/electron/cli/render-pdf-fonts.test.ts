import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { letterDocument, prepareForRender } from '@shared/documents';
import { NODE_FONTS, renderPdfNode } from '../../../../electron/cli/render-pdf';
import { provinceLetter, provinceOffice } from '../../../support/factories/letter';

interface PdfmakeForTest {
  setFonts(fonts: typeof NODE_FONTS): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: object): { getBuffer(): Promise<Uint8Array> };
}
// The same pdfmake instance renderPdfNode configures (Node's module cache).
const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfmakeForTest;

/** PDF bytes as text without what differs between any two runs (file ID, creation time). */
const comparable = (bytes: Uint8Array): string =>
  new TextDecoder('latin1').decode(bytes).replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, '').replace(/\(D:\d{14}Z\)/, '');

describe('renderPdfNode fonts', () => {
  it('embeds exactly what rendering straight from the @fontsource .woff files embeds (same glyphs, same layout)', async () => {
    // renderPdfNode unpacks the .woff fonts to TrueType once for speed; the letter must not change.
    // (This file's pdfmake is then switched to the .woff paths: keep it the last render here.)
    const definition = letterDocument(provinceLetter(4), provinceOffice(), { draft: true });
    const fast = await renderPdfNode(definition);
    pdfmake.setFonts(NODE_FONTS);
    pdfmake.setLocalAccessPolicy(() => true);
    const fromWoff = await pdfmake.createPdf(prepareForRender(definition)).getBuffer();
    expect(comparable(fast)).toBe(comparable(fromWoff));
    expect(comparable(fast)).toContain('/FontFile2');
  });
});
