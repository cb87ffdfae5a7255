import type { TestProject } from 'vitest/node';
import { type RunningPlatform, startPlatform } from './platform.js';

let platform: RunningPlatform | undefined;

export async function setup(project: TestProject) {
  // The public notice's test clock (apps/api/src/capabilities/publicNotices/testClock.ts) needs both,
  // whatever NODE_ENV the caller's process carries.
  // The scheduler passes every 15 s rather than every 10 minutes: a journey that waits for a job's effect
  // (the green channel's overdue alert) does not hang on the one pass that falls in the first seconds.
  platform = await startPlatform({
    env: { NODE_ENV: 'test', TALENT_TEST_ROUTES: '1', SCHEDULER_INTERVAL_MS: '15000' },
  });
  project.provide('baseUrl', platform.baseUrl);
}

export async function teardown() {
  await platform?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
