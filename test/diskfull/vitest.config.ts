import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Disk-full check: the built web app in Debian Chromium with its profile on a 40 MiB tmpfs (needs root for mount). */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  },
  test: {
    include: ['test/diskfull/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
