import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { round, type BenchResult } from '../lib/result';

const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g;

const ROUTE_CODE = /<template id="route-code">([\s\S]*?)<\/template>/;

/** gzip kB of the chunks the first script preloads per first page (`data-route`, '' = Beranda). */
function routeCodeKB(distDir: string, html: string): string {
  const byRoute = new Map<string, number>();
  for (const m of (ROUTE_CODE.exec(html)?.[1] ?? '').matchAll(
    /href="\.?\/?([^"]+\.js)" data-route="([^"]*)"/g,
  )) {
    const [, file, route] = m;
    if (file === undefined || route === undefined) continue;
    const gzip = gzipSync(readFileSync(join(distDir, file)), { level: 9 }).byteLength;
    byRoute.set(route, (byRoute.get(route) ?? 0) + gzip);
  }
  return [...byRoute]
    .map(([route, bytes]) => `${route === '' ? 'beranda' : route} ${round(bytes / 1000, 1)}`)
    .join(', ');
}

/**
 * Figure 8: JS the browser must fetch before the app starts — the entry chunks named by index.html,
 * every chunk they import statically (recursively) and any modulepreload — gzip level 9 with zlib.
 * Dynamic `import()` chunks (pdfmake, exceljs, charts) are not counted; nor is the code of the page
 * the URL opens, preloaded from the inert route-code template (extra.routeCodeKB, per page).
 */
export function bundleSizeBench(distDir: string): BenchResult {
  const page = readFileSync(join(distDir, 'index.html'), 'utf8');
  const html = page.replace(ROUTE_CODE, '');
  const roots = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\.?\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
  ]
    .map((m) => m[1])
    .filter((f): f is string => f !== undefined);
  const seen = new Set<string>();
  const queue = [...roots];
  let raw = 0;
  let gzip = 0;
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(distDir, file));
    raw += statSync(join(distDir, file)).size;
    gzip += gzipSync(text, { level: 9 }).byteLength;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of text.toString('utf8').matchAll(STATIC_IMPORT))
      if (match[1]) queue.push(dir + match[1]);
  }
  const kB = gzip / 1000;
  return {
    name: 'initial JS of the renderer',
    value: round(kB, 1),
    unit: 'kB gzip',
    peer: null,
    peerValue: null,
    ratio: null,
    target: '≤ 600 kB',
    met: kB <= 600,
    runs: 1,
    extra: {
      chunks: seen.size,
      rawKB: round(raw / 1000, 1),
      routeCodeKB: routeCodeKB(distDir, page),
      files: [...seen].join(' '),
    },
  };
}
