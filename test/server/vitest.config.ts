import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The shared register's server against a real PostgreSQL cluster made for the run (see support/pg-cluster.ts). */
export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
  },
  test: {
    include: ['test/server/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
