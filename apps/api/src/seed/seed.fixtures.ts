import { createScratchDb, type ScratchDb } from '@talent/db/testing';
import { afterAll } from 'vitest';
import { defaultConfig } from '../platform/config.js';
import type { ServiceContext } from '../platform/context.js';
import type { Db } from '../platform/db.js';
import { testPii } from '../testing/index.js';
import { seedDemo } from './seed.js';

// What every seed test starts from: the demo seed bootstraps the console's first admin and fixed
// logins, so it needs a database of its own.

/** The context a seed runs its services in, as `seedDemo` builds it. */
const seedCtx: ServiceContext = {
  requestId: null,
  clientAddress: 'seed',
  pii: testPii,
  signInLimits: defaultConfig.signInLimits,
};

/**
 * Registers the file's hook (the scratch database's disposal) and returns the
 * function a test calls to get a fresh scratch database with the demo seeded.
 */
export function seededScratchDb(): () => Promise<{ db: Db; ctx: ServiceContext }> {
  let scratch: ScratchDb | undefined;
  afterAll(async () => {
    await scratch?.dispose();
  });
  return async () => {
    scratch = await createScratchDb();
    await seedDemo(scratch.db, { pii: testPii });
    return { db: scratch.db, ctx: seedCtx };
  };
}
