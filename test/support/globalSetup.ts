import type { TestProject } from 'vitest/node';
import { type RunningPlatform, startPlatform } from './platform.js';

let platform: RunningPlatform | undefined;

export async function setup(project: TestProject) {
  platform = await startPlatform();
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
