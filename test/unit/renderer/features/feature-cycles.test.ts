import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Feature folders must not import each other in circles: what two features share goes to ui/ (or
 * db/, shared/), and what is one area lives in one folder. Imports are read with the TypeScript
 * compiler's own pre-processor (static and dynamic imports, re-exports).
 */
const FEATURES = 'renderer/src/features';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Feature folder → the other feature folders its files import. */
function featureGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const featureOf = (path: string): string | undefined => {
    const rel = relative(resolve(root), resolve(path));
    return rel.startsWith('..') ? undefined : rel.split(/[\\/]/)[0];
  };
  for (const file of sourceFiles(root)) {
    const from = featureOf(file);
    if (!from) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = featureOf(join(dirname(file), fileName));
      if (to && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Every pair of features that reach each other (directly or through others), as "a ↔ b". */
function circles(graph: Map<string, Set<string>>): string[] {
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [...(graph.get(from) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(graph.get(next) ?? []));
    }
    return seen;
  };
  const names = [...graph.keys()].sort();
  const found: string[] = [];
  for (const a of names)
    for (const b of names)
      if (a < b && reach(a).has(b) && reach(b).has(a)) found.push(`${a} ↔ ${b}`);
  return found;
}

describe('feature folders', () => {
  it('import each other in no circle', () => {
    const graph = featureGraph(FEATURES);
    expect(graph.size).toBeGreaterThan(0);
    expect(circles(graph)).toEqual([]);
  });

  it('are checked by a graph walk that does find a circle', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(circles(graph)).toEqual(['a ↔ b', 'a ↔ c', 'b ↔ c']);
  });
});
