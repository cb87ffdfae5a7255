// pnpm db:move-to-postgres — from the embedded engine (TALENT_DATA_DIR, default .data) into a new,
// empty PostgreSQL database (DATABASE_URL): docs/operations/deployment.md § "From the embedded engine".
// Stop the platform first: PGlite is one process's.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { verifyAuditChain } from '../auditVerify.js';
import { createDb } from '../createDb.js';
import { dataDir } from '../dataDir.js';
import { migrateToLatest } from '../migrate.js';
import { moveDatabase } from '../move.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('usage: DATABASE_URL=postgres://… pnpm db:move-to-postgres');
const folder = dataDir();
if (!existsSync(path.join(folder, 'pglite'))) throw new Error(`no embedded database in ${folder}`);

const source = await createDb({ dataDir: path.join(folder, 'pglite') });
const target = await createDb({ databaseUrl, poolSize: 2 });
try {
  await migrateToLatest(source.db);
  await migrateToLatest(target.db);
  const started = Date.now();
  const report = await moveDatabase(source.db, target.db);
  const chain = await verifyAuditChain(target.db);
  if (!chain.ok) throw new Error(`the audit chain broke in the move: ${chain.fault.message}`);
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `moved ${rows} rows of ${report.tables.length} tables and ${report.sequences} sequences in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s; audit chain OK (${chain.rows} rows)`,
  );
  if (existsSync(path.join(folder, 'keys', 'pii.key'))) {
    console.log(
      `Start the platform on PostgreSQL with the same PII key, or the resident IDs cannot be read:\n` +
        `  PII_KEY=$(cat ${path.join(folder, 'keys', 'pii.key')}) DATABASE_URL=… pnpm start`,
    );
  }
} finally {
  await source.close();
  await target.close();
}
