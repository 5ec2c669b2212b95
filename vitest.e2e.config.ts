import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** End-to-end specs drive the built renderer in Debian Chromium; one file at a time (2 cores). */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
