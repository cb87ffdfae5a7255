import { readFileSync } from 'node:fs';
import { createDb } from '@talent/db';
import { sql } from 'kysely';
import { testPii } from '../../testing/index.js';
import { importResults } from './bankResults.js';
import { prepareBatch } from './service.js';

// Test support for crash.test.ts, run as its own process: does the work of preparing a batch or
// applying a result file inside a transaction it never commits, saying STARTED before the work and
// READY after it, then waits to be killed (SIGKILL) — a process dying in the middle of the work.
// argv: prepare <databaseUrl> <userId> <dueAsOf> | apply <databaseUrl> <userId> <batchId> <file>

const [mode, databaseUrl, userId, arg, file] = process.argv.slice(2);
const { db } = await createDb({ databaseUrl, poolSize: 1 });
const actor = { userId: userId ?? '', kind: 'bureau' as const, roles: ['finance' as const] };
const ctx = { requestId: null, pii: testPii };
await db.transaction().execute(async (trx) => {
  // the server notices a vanished client within 100 ms even while it sleeps
  await sql`set local client_connection_check_interval = 100`.execute(trx);
  process.stdout.write('STARTED\n');
  if (mode === 'prepare') await prepareBatch(trx, actor, { dueAsOf: arg ?? '' }, ctx);
  else
    await importResults(trx, actor, arg ?? '', { name: 'result.csv', bytes: readFileSync(file ?? '') }, ctx);
  process.stdout.write('READY\n');
  await sql`select pg_sleep(60)`.execute(trx);
});
process.exit(3);
