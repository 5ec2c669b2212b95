import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The real electron-builder build of every target this machine can build, and checks of its output. */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/packaging/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
