import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Playwright `_electron` specs; they skip (with one explanatory line) where no Electron binary exists. */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e-electron/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/e2e-electron/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
