import { defineConfig } from 'vitest/config';

/** Checks over the built output (run by npm test after the Build stage). */
export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts'],
    environment: 'node',
  },
});
