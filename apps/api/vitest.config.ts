import { defineConfig } from 'vitest/config';

// One migrated database per worker (getTestDb), shared by every test file of that worker.
export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts'],
    globalSetup: ['@talent/db/testGlobalSetup'],
    pool: 'forks',
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
