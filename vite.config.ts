import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import { readFileSync } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from './shared/security/csp';
import { ROUTE_CODE_TEMPLATE } from './renderer/src/app/route-code';

type OutputChunk = Rolldown.OutputChunk;
type OutputBundle = Rolldown.OutputBundle;

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The fixed web address: IndexedDB belongs to an origin, so the port must never change for users.
 * OVOP_WEB_PORT only lets two test runs on one machine use separate ports (each with its own profile).
 */
export const WEB_HOST = '127.0.0.1';
export const WEB_PORT = Number(process.env.OVOP_WEB_PORT ?? 5178);

/** Only the production build carries the CSP meta tag; the dev server needs inline HMR scripts. */
function cspMeta(): Plugin {
  return {
    name: 'ovop-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<!--csp-->',
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

const EARLY_ENTRY = 'open-early';

/**
 * The code a page needs on its first paint, by route key (renderer/src/app/route-code.ts: '' is
 * Beranda), fetched from the start when the app opens on that page.
 */
const ROUTE_CODE: Readonly<Record<string, readonly string[]>> = {
  '': ['features/dashboard/DashboardPage.tsx', 'features/dashboard/dashboard-prefetch.ts'],
  ikm: [
    'features/enterprise/EnterprisePage.tsx',
    'features/enterprise/EnterpriseListPage.tsx',
    'features/enterprise/enterprise-grid-page.ts',
    'ui/use-kab-kota-names.ts',
  ],
};

/**
 * The inert `<template>` (ROUTE_CODE_TEMPLATE) of modulepreload links per route, minus what
 * index.html already loads.
 */
function routeCodeTemplate(bundle: OutputBundle): string {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (roots: readonly OutputChunk[], into = new Set<string>()): Set<string> => {
    for (const root of roots) {
      if (into.has(root.fileName)) continue;
      into.add(root.fileName);
      closure(
        root.imports.map((f) => byFile.get(f)).filter((c): c is OutputChunk => c !== undefined),
        into,
      );
    }
    return into;
  };
  const initial = closure(chunks.filter((c) => c.isEntry));
  const links = Object.entries(ROUTE_CODE).flatMap(([route, modules]) => {
    const roots = modules.map((module) => {
      const id = fileURLToPath(new URL(`./renderer/src/${module}`, import.meta.url));
      const chunk = chunks.find((c) => c.moduleIds.includes(id));
      if (!chunk) throw new Error(`${EARLY_ENTRY}: ${module} is in no chunk of the build`);
      return chunk;
    });
    return [...closure(roots)]
      .filter((file) => !initial.has(file))
      .map(
        (file) => `<link rel="modulepreload" crossorigin href="./${file}" data-route="${route}">`,
      );
  });
  return `<template id="${ROUTE_CODE_TEMPLATE}">${links.join('')}</template>`;
}

/**
 * The page's first script, built as its own small entry and placed ahead of the app's in every built
 * index.html: it opens the register's database while the app's code is fetched and compiled
 * (renderer/src/db/early-open.ts). An `async` module script runs as soon as it arrives.
 */
function earlyOpenScript(): Plugin {
  return {
    name: 'ovop-early-open',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          input: {
            index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
            [EARLY_ENTRY]: fileURLToPath(new URL('./renderer/src/open-early.ts', import.meta.url)),
          },
        },
      },
    }),
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.isEntry && c.name === EARLY_ENTRY,
        );
        const appScript = '<script type="module"';
        if (!chunk || !html.includes(appScript))
          throw new Error(`${EARLY_ENTRY}: entry chunk or app script missing from the build`);
        // After the CSP meta tag, before the app's script and its preloads.
        const early = `<script type="module" async crossorigin src="./${chunk.fileName}"></script>`;
        const template = routeCodeTemplate(ctx.bundle ?? {});
        return html.replace(appScript, `${template}\n    ${early}\n    ${appScript}`);
      },
    },
  };
}

/**
 * The test build (`vite build --mode test`, `npm run build:renderer:test`): the same app plus a second
 * entry, test/app-hooks/entry.ts (the end-to-end seeding hook and the kill harness's hook), written to
 * dist/renderer-test. `npm run build`, `npm run web` and `npm run dev` never include it.
 */
export const TEST_MODE = 'test';
export const TEST_OUT_DIR = 'dist/renderer-test';

function testEntry(): Plugin {
  return {
    name: 'ovop-test-entry',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(
          '</body>',
          '  <script type="module" src="../test/app-hooks/entry.ts"></script>\n  </body>',
        ),
    },
  };
}

/**
 * The libraries the frame needs on every first paint (React, its router, Emotion and MUI's core
 * and components, Dexie, zod), built as one chunk. Split by where each module is shared, they made
 * 30-odd initial files; fetched and compiled one by one, those made a relaunched start 6–9 %
 * slower than this one chunk does (docs/performance.md), although it also holds MUI components
 * only later pages use. The data grid, date pickers, charts and the document writers stay in their
 * pages' chunks.
 */
const START_UP_LIBRARIES =
  /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler|react-is|react-transition-group|prop-types|hoist-non-react-statics|@emotion[\\/][^\\/]+|stylis|@mui[\\/](material|system|utils|styled-engine|private-theming)|@babel[\\/]runtime|clsx|dexie|zod)[\\/]/;

export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [react(), cspMeta(), earlyOpenScript(), ...(mode === TEST_MODE ? [testEntry()] : [])],
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(
      new URL(mode === TEST_MODE ? `./${TEST_OUT_DIR}` : './dist/renderer', import.meta.url),
    ),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'libs', test: START_UP_LIBRARIES }] } },
    },
  },
  server: { host: WEB_HOST, port: WEB_PORT, strictPort: true },
  preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true },
}));
