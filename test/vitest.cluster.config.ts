import { defineConfig } from 'vitest/config';

// pnpm test:cluster: two API processes behind nginx on one PostgreSQL database (test/cluster).
export default defineConfig({
  test: {
    name: 'cluster',
    include: ['cluster/**/*.cluster.test.ts'],
    fileParallelism: false,
    testTimeout: 150_000,
    hookTimeout: 240_000,
  },
});
