import { describe, expect, it } from 'vitest';
import {
  letterDocument,
  prepareForRender,
  type PdfContent,
  type PdfDocDefinition,
  type PdfRenderableDefinition,
} from '@shared/documents';
import { shapesWithoutMarks, WITHOUT_MARK_POSITIONING } from '@shared/documents/mark-features';
import { layoutPdfNode } from '../../../../electron/cli/render-pdf';
import { provinceLetter, provinceOffice } from '../../../support/factories/letter';
import { walkNodes } from '../../../support/pdf';

/** Ranges the Latin faces cover (script-runs.ts), Arabic aside. */
const RANGES: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa0, 0x5ff],
  [0x1e00, 0x1fff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x214f],
  [0x2190, 0x22ff],
  [0x25a0, 0x25ff],
];

/** Every covered character the rule shapes without mark positioning, one word each. */
function unmarkedCharacters(): string {
  const chars: string[] = [];
  for (const [from, to] of RANGES)
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!/[\p{Cc}\s]/u.test(ch) && shapesWithoutMarks(ch)) chars.push(ch);
    }
  return chars.join(' ');
}

const FIXED_INFO = {
  title: 'x',
  author: 'x',
  subject: 'x',
  creator: 'x',
  producer: 'x',
  creationDate: new Date('2026-01-01T00:00:00Z'),
};

/** A page of bold text in `font`, with or without mark positioning, as PDF bytes (fixed dates). */
async function boldPdf(font: string, text: string, italics: boolean, features: boolean) {
  const definition = {
    pageSize: { width: 595.28, height: 841.89 },
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 40],
    content: [
      {
        text,
        bold: true,
        italics,
        ...(features ? {} : { fontFeatures: WITHOUT_MARK_POSITIONING }),
      },
    ],
    defaultStyle: { font, fontSize: 11 },
    info: FIXED_INFO,
  } as unknown as PdfRenderableDefinition;
  return Buffer.from(await layoutPdfNode(definition)).toString('latin1');
}

describe('bold text shaped without mark positioning', () => {
  for (const font of ['Arimo', 'Tinos'])
    for (const italics of [false, true])
      it(`${font} bold${italics ? ' italic' : ''}: the same PDF for every covered character that is not a mark`, async () => {
        const text = unmarkedCharacters();
        expect(text.length).toBeGreaterThan(4000);
        const shaped = await boldPdf(font, text, italics, true);
        expect(await boldPdf(font, text, italics, false)).toBe(shaped);
      });

  it('would show a difference: combining marks move only with mark positioning', async () => {
    const text = 'a\u0301 o\u0308 e\u0323 u\u0300\u0301';
    expect(await boldPdf('Arimo', text, false, false)).not.toBe(
      await boldPdf('Arimo', text, false, true),
    );
  });

  it('is given to bold nodes without marks or Arabic script only, after the deep copy', () => {
    const office = provinceOffice({
      signer: { ...provinceOffice().signer, name: 'Ir. Jose\u0301 Marti\u0301nez' },
    });
    const def: PdfDocDefinition = letterDocument(provinceLetter(3), office, { draft: false });
    const extra: PdfContent[] = [
      { text: 'UD كاين', bold: true },
      { text: 'Plain', bold: true },
      { text: 'Regular' },
    ];
    const renderable = prepareForRender({ ...def, content: [...def.content, ...extra] });
    const nodes = walkNodes(renderable as PdfDocDefinition);
    const bold = nodes.filter((n) => n.bold === true);
    const shaped = bold.filter((n) => n.fontFeatures !== undefined).map((n) => n.text);
    expect(shaped).toContain('Plain');
    expect(shaped).toContain('DINAS PERINDUSTRIAN');
    expect(shaped).toContain('Nama IKM');
    expect(shaped.some((t) => JSON.stringify(t).includes('Jose'))).toBe(false);
    expect(shaped.some((t) => JSON.stringify(t).includes('كاين'))).toBe(false);
    expect(nodes.filter((n) => n.bold !== true && n.fontFeatures !== undefined)).toEqual([]);
    // The definition itself stays plain data without the shaping option.
    expect(walkNodes(def).some((n) => n.fontFeatures !== undefined)).toBe(false);
  });
});
