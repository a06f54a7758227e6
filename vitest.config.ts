import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // e2e tests start real Wechaty instances; keep the 2-core CI machine from thrashing.
    maxWorkers: 2,
  },
});
