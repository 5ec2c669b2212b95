import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Kill harness: drives the built web app in Debian Chromium and SIGKILLs it mid-import. */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  },
  test: {
    include: ['test/kill/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
