import { execFileSync } from 'node:child_process';
import type { PdfContent, PdfDocDefinition } from '@shared/documents';

/** Text of a PDF file as `pdftotext -layout` sees it (poppler-utils). */
export function pdfText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}

/** Text in content-stream order (`pdftotext -raw`), whitespace collapsed: wrapped cells read whole. */
export function pdfFlatText(file: string, pages?: { first: number; last: number }): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return execFileSync('pdftotext', ['-raw', ...range, file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

function pdfPageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
}

/** Text of each page separately (pdftotext separates pages with a form feed). */
export function pdfPages(file: string): string[] {
  return pdfText(file).split('\f').slice(0, pdfPageCount(file));
}

/** Every object node of a definition, depth first. */
export function walkNodes(def: PdfDocDefinition): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (value: PdfContent | PdfContent[] | unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    out.push(node);
    for (const key of ['stack', 'columns', 'ol', 'ul', 'text']) visit(node[key]);
    const table = node.table as { body?: unknown } | undefined;
    if (table?.body) visit(table.body);
  };
  visit(def.content);
  return out;
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  page: number;
}

/** Every word with its position in points (`pdftotext -bbox`), page by page from 1. */
export function pdfWords(file: string): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, index) => {
      for (const m of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g,
      )) {
        words.push({
          text: (m[3] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          page: index + 1,
        });
      }
    });
  return words;
}
