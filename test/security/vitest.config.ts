import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The security gate run over altered copies of the sources: it must fail on each. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/security/**/*.spec.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
