export { createDb, type DbHandle, type DbOptions, type Engine, type PoolStats } from './createDb.js';
export { dataDir, dbOptionsFromEnv } from './dataDir.js';
export { migrateToLatest, migrateToZero } from './migrate.js';
export type * from './schema.js';
