// Diagnostic for the batch figure (not part of `npm run bench`): runs the bench page's pdfBatch once
// under a Chromium trace and prints wall and CPU totals of the main thread and the PDF worker, and every
// main-thread task longer than 20 ms with its wall time and its CPU time (thread time). A long wall time with little CPU is the
// thread waiting for a core (the OS ran something else), not work of ours.
// Usage, after `npm run bench` built dist/renderer and dist/bench:
//   BENCH_PORT=… npx tsx test/bench/browser/trace-batch.ts [letters]   (TRACE_OUT=file.json keeps the trace)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_ORIGIN, startStaticServer } from './static-server';
import { launch } from './launch';
import { whileTracing } from './trace-events';
import '../pages/bench-api';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string }; src_func?: string };
}

function isTraceEvent(value: unknown): value is TraceEvent {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    'ph' in value &&
    'pid' in value &&
    'tid' in value
  );
}

const ms = (us: number | undefined): string => ((us ?? 0) / 1000).toFixed(1);

function report(
  events: readonly TraceEvent[],
  threadName: string,
  start: number,
  listLong: boolean,
): void {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === threadName);
  if (!thread) return;
  const tasks = events.filter(
    (e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask',
  );
  const wall = tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const cpu = tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  process.stdout.write(
    `${threadName}: ${tasks.length} tasks, ${ms(wall)} ms wall, ${ms(cpu)} ms CPU\n`,
  );
  if (!listLong) return;
  for (const task of tasks.filter((e) => (e.dur ?? 0) > 20_000)) {
    process.stdout.write(
      `  at +${ms(task.ts - start)} ms: ${ms(task.dur)} ms wall, ${ms(task.tdur)} ms CPU\n`,
    );
  }
}

const letters = Number(process.argv[2] ?? 100);
const server = await startStaticServer({
  app: 'dist/renderer',
  bench: 'dist/bench',
  data: 'bench-results/work',
});
const dir = mkdtempSync(join(tmpdir(), 'ovop-trace-'));
const { context, page } = await launch(dir);
try {
  await page.goto(`${BENCH_ORIGIN}/bench/index.html`);
  await page.waitForFunction(() => window.ovopBench !== undefined);
  const traced = await whileTracing(
    context,
    page,
    ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'toplevel'],
    () => page.evaluate((n) => window.ovopBench!.pdfBatch(n), letters),
  );
  const events = traced.events.filter(isTraceEvent);
  const result = traced.result;
  if (process.env.TRACE_OUT)
    writeFileSync(process.env.TRACE_OUT, JSON.stringify({ traceEvents: events }));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  const start = Math.min(...events.filter((e) => e.ph === 'X').map((e) => e.ts));
  report(events, 'CrRendererMain', start, true);
  report(events, 'DedicatedWorker thread', start, false);
} finally {
  await context.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
