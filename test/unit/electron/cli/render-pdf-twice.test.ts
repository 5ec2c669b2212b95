import { describe, expect, it } from 'vitest';
import { renderPdfNode } from '../../../../electron/cli/render-pdf';
import { letterDocument } from '@shared/documents';
import { provinceLetter, provinceOffice } from '../../../support/factories/letter';

describe('renderPdfNode', () => {
  it('renders the same definition twice (pdfmake must never see our own object)', async () => {
    // The office emblem is an image: pdfmake used to replace it inside the definition, so the
    // second "Simpan PDF" of the same letter failed with an access-policy error.
    const definition = letterDocument(provinceLetter(3), provinceOffice(), { draft: false });
    const snapshot = JSON.stringify(definition);
    const first = await renderPdfNode(definition);
    const second = await renderPdfNode(definition);
    expect(JSON.stringify(definition)).toBe(snapshot);
    expect(new TextDecoder().decode(first.subarray(0, 5))).toBe('%PDF-');
    expect(second.byteLength).toBeGreaterThan(1000);
  });
});
