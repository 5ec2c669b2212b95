import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/fuzz/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/support/setup-unit.ts'],
    testTimeout: 20_000,
  },
});
