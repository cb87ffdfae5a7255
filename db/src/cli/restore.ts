// pnpm db:restore <file> — the other half of db:backup (docs/operations/backup.md). Into an empty
// PostgreSQL database (DATABASE_URL; one with tables is refused), or into an empty data folder
// (TALENT_DATA_DIR) for the embedded engine. Never over live data: a restore drill restores beside it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { dataDir } from '../dataDir.js';

const file = process.argv[2];
if (!file || !existsSync(file)) throw new Error('usage: pnpm db:restore <backup file>');
const databaseUrl = process.env.DATABASE_URL || undefined;

if (databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_tables where schemaname = 'public'`,
  );
  await client.end();
  if ((rows[0]?.n ?? 0) > 0) throw new Error('the target database is not empty: restore into a new one');
  execFileSync(
    'pg_restore',
    ['--no-owner', '--exit-on-error', '--single-transaction', '-d', databaseUrl, file],
    {
      stdio: 'inherit',
    },
  );
} else {
  const folder = dataDir();
  if (existsSync(path.join(folder, 'pglite')) && readdirSync(path.join(folder, 'pglite')).length > 0) {
    throw new Error(`${folder} already holds a database: restore into an empty TALENT_DATA_DIR`);
  }
  mkdirSync(folder, { recursive: true });
  execFileSync('tar', ['-xzf', path.resolve(file), '-C', folder], { stdio: 'inherit' });
}
console.log(`restored ${file}`);
