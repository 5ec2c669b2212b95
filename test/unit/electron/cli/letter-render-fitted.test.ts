import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fitClosing,
  letterDocument,
  prepareForRender,
  renderFitted,
  type PdfRenderableDefinition,
} from '@shared/documents';
import { layoutPdfNode } from '../../../../electron/cli/render-pdf';
import { provinceLetter, provinceOffice } from '../../../support/factories/letter';
import { pdfWords } from '../../../support/pdf';

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'ovop-sekali-'));
});
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function words(name: string, bytes: Uint8Array): string[] {
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, bytes);
  return pdfWords(path).map((w) => `${w.page} ${w.xMin.toFixed(2)} ${w.yMin.toFixed(2)} ${w.text}`);
}

describe('renderFitted: a letter rendered once when its closing stays on its page', () => {
  it('gives what fitClosing chooses, rendered, with fewer pdfmake runs', async () => {
    const runs = new Map<string, number>();
    for (const paper of ['A4', 'F4'] as const) {
      for (const font of ['sans', 'serif'] as const) {
        const office = provinceOffice({}, { paper, font });
        for (const count of [1, 3, 5, 12]) {
          const label = `${paper}-${font}-${count}`;
          const def = letterDocument(provinceLetter(count), office, { draft: false });
          let renders = 0;
          let layouts = 0;
          const render = (r: PdfRenderableDefinition): Promise<Uint8Array> => {
            renders += 1;
            return layoutPdfNode(r);
          };
          const layout = (r: PdfRenderableDefinition): Promise<Uint8Array> => {
            layouts += 1;
            return layoutPdfNode(r);
          };
          const once = await renderFitted(def, render, layout);
          const fit = await fitClosing(def, layoutPdfNode);
          const reference = await layoutPdfNode(prepareForRender(fit.definition));
          expect(words(`${label}-sekali`, once), label).toEqual(words(`${label}-acuan`, reference));
          // A tightened letter is rendered again; one kept at normal spacing never is.
          expect(renders, label).toBe(fit.step > 0 ? 2 : 1);
          runs.set(label, renders + layouts);
        }
      }
    }
    // The grid holds letters whose closing fits at once (one pdfmake run instead of two).
    expect([...runs.values()]).toContain(1);
    expect([...runs.values()].some((n) => n > 1)).toBe(true);
  }, 300_000);
});
