import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['support/globalSetup.ts'],
    // one browser at a time: two cores also serve the platform under test
    fileParallelism: false,
    testTimeout: 60_000,
    // a page waits on the platform sharing two cores with the browser: a second is not enough
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
