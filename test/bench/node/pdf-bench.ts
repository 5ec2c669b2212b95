import { letterDocument } from '@shared/documents';
import { plainText } from '@shared/text/justify';
import { renderPdfNode } from '../../../electron/cli/render-pdf';
import { provinceLetter, provinceOffice } from '../../support/factories/letter';
import { median, round, type BenchResult } from '../lib/result';
import { jspdfLetter, PEER_FONT_AVAILABLE } from './jspdf-letter';

/** Figure 1: letter + 50-row lampiran to PDF bytes, ours (pdfmake, Arimo .woff) vs jsPDF. */
export async function pdfLetterBench(runs: number): Promise<BenchResult> {
  const office = provinceOffice();
  const letter = { ...provinceLetter(50), number: '500.9.2/118/Disperin/2024', status: 'final' as const };
  const paragraphs = [letter.body.opening, letter.body.content, ...letter.body.points, letter.body.closing].map((p) => plainText(p));
  const ours = async (): Promise<number> => (await renderPdfNode(letterDocument(letter, office, { draft: false }))).byteLength;
  const peer = (): number => jspdfLetter(office, paragraphs, letter.annexes[0]?.rows ?? []).byteLength;
  // Warm-up: module loading, font parsing caches and JIT for both.
  for (let i = 0; i < 3; i++) {
    await ours();
    peer();
  }
  const oursMs: number[] = [];
  const peerMs: number[] = [];
  let oursBytes = 0;
  let peerBytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    oursBytes = await ours();
    oursMs.push(performance.now() - t0);
    const t1 = performance.now();
    peerBytes = peer();
    peerMs.push(performance.now() - t1);
  }
  const value = median(oursMs);
  const peerValue = median(peerMs);
  const ratio = value / peerValue;
  const fontNote = PEER_FONT_AVAILABLE
    ? 'jsPDF embeds Liberation Sans TTF (Debian fonts-liberation; same design and metrics as Arimo) because no Arimo .ttf is installed; ours embeds the @fontsource Arimo .woff subset.'
    : 'No TTF of the Arimo design found: jsPDF uses its built-in Helvetica (no embedding), which flatters the peer.';
  return {
    name: 'letter + 50-row lampiran to PDF bytes (Node)',
    value: round(value),
    unit: 'ms',
    peer: `jsPDF ${PEER_FONT_AVAILABLE ? 'Liberation Sans TTF' : 'Helvetica'}, same letter and table drawn by hand`,
    peerValue: round(peerValue),
    ratio: round(ratio),
    target: '≤ 1.3 × peer',
    met: ratio <= 1.3,
    runs,
    extra: { oursKiB: round(oursBytes / 1024, 1), peerKiB: round(peerBytes / 1024, 1) },
    note: fontNote,
  };
}
