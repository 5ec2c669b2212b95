/** What the bench page exposes on `window.ovopBench` (read by test/bench/browser through playwright). */

export interface PdfBatchResult {
  readonly totalMs: number;
  readonly letters: number;
  /** Longest gap seen by a 10 ms setInterval probe on the main thread. */
  readonly longestGapMs: number;
  /** Longest 'longtask' entry (0 when none was reported). */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  readonly bytes: number;
}

export interface BulkWriteResult {
  readonly oursMs: number;
  readonly peerMs: number;
  readonly rows: number;
}

export interface SearchResult {
  /** Median ms per keystroke through the repository page query. */
  readonly oursMs: readonly number[];
  /** Same keystrokes, linear scan over an in-memory array. */
  readonly peerMs: readonly number[];
  readonly keystrokes: number;
  readonly lastTotal: number;
  /** Loading the repository's in-memory search index before typing (the grid starts it when it opens). */
  readonly indexLoadMs: number;
}

export interface ImportResult {
  readonly oursMs: number;
  readonly peerMs: number;
  readonly parseMs: number;
  readonly validateMs: number;
  readonly commitMs: number;
  readonly committed: number;
  readonly peakHeapMiB: number;
  readonly peerPeakHeapMiB: number;
}

export interface DashboardLoadResult {
  /** Per run: register totals + the current round's figures (what Beranda shows first). */
  readonly figuresMs: readonly number[];
  /** Per run: the register breakdown per kab/kota and commodity (index counts, filled in after). */
  readonly breakdownMs: readonly number[];
  /** Per run: one pass over every IKM row (Dexie each), counting per kab/kota. */
  readonly peerMs: readonly number[];
  /** IKM counted over the kab/kota bars (equals the register when every IKM lies in the province). */
  readonly enterprises: number;
  readonly nominations: number;
  readonly kabKota: number;
}

export interface OvopBench {
  pdfBatch(letters: number): Promise<PdfBatchResult>;
  /** Writes `rows` IKM (with products and sentra) through the data layer and raw IndexedDB. */
  bulkWrite(rows: number): Promise<BulkWriteResult>;
  /** Seeds `rows` IKM into a fresh database named `dbName` (the app's own name for cold start). */
  seed(rows: number, dbName: string): Promise<number>;
  search(rows: number, dbName: string, words: readonly string[]): Promise<SearchResult>;
  importXlsx(url: string, runs: number): Promise<ImportResult[]>;
  /** Seeds the app's own database with `rows` IKM and a round of `nominees` nominations. */
  seedDashboard(rows: number, nominees: number): Promise<number>;
  dashboardLoad(runs: number): Promise<DashboardLoadResult>;
}

declare global {
  interface Window {
    ovopBench?: OvopBench;
  }
}
