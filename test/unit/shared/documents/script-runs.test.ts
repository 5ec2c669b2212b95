import { describe, expect, it } from 'vitest';
import {
  ARABIC_FONT,
  scriptRuns,
  unprintableCharacters,
  withScriptFonts,
} from '@shared/documents/script-runs';
import type { PdfDocDefinition } from '@shared/documents/pdf-types';

describe('script runs', () => {
  it('splits Latin and Arabic script, keeping the words of an Arabic run together', () => {
    expect(scriptRuns('UD ابن سينا Jaya')).toEqual([
      { text: 'UD ', arabic: false },
      { text: 'ابن سينا', arabic: true },
      { text: ' Jaya', arabic: false },
    ]);
    // The zero-width joiner used in justified text (U+FEFF) is not Arabic script.
    expect(scriptRuns('masing-\uFEFFmasing')).toEqual([
      { text: 'masing-\uFEFFmasing', arabic: false },
    ]);
  });

  it('gives Arabic runs the Arabic font in strings, text nodes and table cells, and leaves other text as it was', () => {
    const def = {
      content: ['Biasa', { text: 'محمد' }, { table: { widths: ['*'], body: [['UD كاين']] } }],
    } as unknown as PdfDocDefinition;
    const out = withScriptFonts(def);
    expect(out.content).toEqual([
      'Biasa',
      { text: [{ text: 'محمد', font: ARABIC_FONT }] },
      {
        table: {
          widths: ['*'],
          body: [[{ text: [{ text: 'UD ' }, { text: 'كاين', font: ARABIC_FONT }] }]],
        },
      },
    ]);
  });

  it('lists emoji and other uncovered characters once, never Indonesian, Arabic or typographic ones', () => {
    expect(unprintableCharacters('Kerupuk 🐟🐟 ✨ 漢 – “Rp” … masing‑masing كاين')).toEqual([
      '🐟',
      '✨',
      '漢',
    ]);
  });
});
