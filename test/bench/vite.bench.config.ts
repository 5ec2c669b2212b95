import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the bench page (test/bench/pages) to dist/bench. It is served under /bench/ by
 * test/bench/browser/static-server.ts on the same origin as the built renderer, so the page can
 * seed the app's own IndexedDB for the cold-start figure.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: '/bench/',
  define: { __APP_VERSION__: JSON.stringify('bench') },
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    minify: true,
  },
  logLevel: 'warn',
});
