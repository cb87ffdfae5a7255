import type { Engine } from '@talent/db';
import type { Db } from '../../platform/db.js';
import { ApiError } from '../../platform/errors.js';
import * as repo from './repository.js';

export type Health = { status: 'ok'; database: 'ok'; engine: Engine };

/** Public: answers whether the API can reach its database. */
export async function checkHealth(db: Db, engine: Engine): Promise<Health> {
  try {
    await repo.ping(db);
  } catch {
    throw new ApiError('unavailable');
  }
  return { status: 'ok', database: 'ok', engine };
}
