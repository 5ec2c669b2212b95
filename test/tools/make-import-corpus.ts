/**
 * `npm run corpus:import` — writes the import corpus (test/fixtures/import-corpus/*.ts) as files:
 * XLSX (merged titles, group rows and header cells, SUM formulas with their cached result),
 * `;`-separated Windows-1252 CSV and UTF-8-BOM CSV. The expectations stay in the description.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  CORPORA,
  corpusFileName,
  corpusWidth,
  layOut,
  lineValues,
} from '../fixtures/import-corpus/corpus-layout';
import type { Corpus } from '../fixtures/import-corpus/corpus-types';

const OUT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'import-corpus',
  'files',
);

/** Windows-1252 bytes for a text, from the platform decoder's own table; refuses characters outside it. */
function encodeWindows1252(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b), { stream: true }), b);
  return Uint8Array.from(Array.from(text), (ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`"${ch}" tidak ada di Windows-1252`);
    return byte;
  });
}

const column = (n: number): string => String.fromCharCode(64 + n);

async function writeXlsx(corpus: Corpus): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  const width = corpusWidth(corpus);
  const lines = layOut(corpus);
  const headers = lines.filter((l) => l.line.type === 'header');
  for (const { line, row } of lines) {
    const values = lineValues(line, width);
    if (line.type === 'cells') {
      line.cells.forEach((c, i) => {
        const cell = ws.getCell(row, i + 1);
        cell.value =
          c !== null && typeof c === 'object'
            ? { formula: c.formula, result: c.result }
            : c === ''
              ? null
              : c;
      });
    } else values.forEach((v, i) => (ws.getCell(row, i + 1).value = v === '' ? null : v));
    if (line.type === 'title' || line.type === 'group')
      ws.mergeCells(`A${row}:${column(width)}${row}`);
  }
  const [upper, lower] = headers;
  if (upper && lower && upper.line.type === 'header' && lower.line.type === 'header') {
    const up = upper.line.cells;
    const low = lower.line.cells;
    for (let c = 0; c < width; c++) {
      if (up[c] === null || up[c] === undefined) continue;
      if ((low[c] ?? null) === null)
        ws.mergeCells(`${column(c + 1)}${upper.row}:${column(c + 1)}${lower.row}`);
      else {
        let end = c;
        while (end + 1 < width && (up[end + 1] ?? null) === null && (low[end + 1] ?? null) !== null)
          end += 1;
        if (end > c) ws.mergeCells(`${column(c + 1)}${upper.row}:${column(end + 1)}${upper.row}`);
      }
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function csvText(corpus: Corpus): string {
  const width = corpusWidth(corpus);
  return Papa.unparse(
    layOut(corpus).map(({ line }) => lineValues(line, width).map(String)),
    { delimiter: ';', newline: '\r\n' },
  );
}

export async function makeImportCorpus(): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (const corpus of CORPORA) {
    const files: [string, Uint8Array][] = [
      [corpusFileName(corpus, 'xlsx'), await writeXlsx(corpus)],
      [corpusFileName(corpus, 'win1252.csv'), encodeWindows1252(csvText(corpus))],
      [corpusFileName(corpus, 'utf8bom.csv'), new TextEncoder().encode(`\ufeff${csvText(corpus)}`)],
    ];
    for (const [name, bytes] of files) {
      writeFileSync(join(OUT, name), bytes);
      written.push(name);
    }
  }
  return written;
}

const isMain =
  process.argv[1] !== undefined && /make-import-corpus\.(ts|js)$/.test(process.argv[1]);
if (isMain) void makeImportCorpus().then((names) => process.stdout.write(`${names.join('\n')}\n`));
