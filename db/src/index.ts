export { APP_ROLE, type AppDbOptions, openAppDb } from './appRole.js';
export * from './auditChain.js';
export { type AuditChainFault, type AuditChainReport, verifyAuditChain } from './auditVerify.js';
export { createDb, type DbHandle, type DbOptions, type Engine, type PoolStats } from './createDb.js';
export { dataDir, dbOptionsFromEnv } from './dataDir.js';
export { migrateToLatest, migrateToZero } from './migrate.js';
export { type MoveReport, moveDatabase } from './move.js';
export type * from './schema.js';
export { isDatabaseUnavailable } from './unavailable.js';
