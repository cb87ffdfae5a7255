// pnpm db:backup [file] — one file that restores the platform's data (docs/operations/backup.md).
// PostgreSQL (DATABASE_URL): pg_dump's custom format, which holds every row including the uploaded
// documents (document_blob, ADR 0011). Embedded PGlite: a tar.gz of the data folder's `pglite` and `keys`
// (stop the platform first: PGlite is one process's). The PII key of a PostgreSQL deployment (PII_KEY)
// is not in the dump: it is kept apart from the data it protects.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { dataDir } from '../dataDir.js';

const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15);
const databaseUrl = process.env.DATABASE_URL || undefined;
const target = path.resolve(
  process.argv[2] ??
    path.join(dataDir(), '..', 'backups', `talent-${stamp}.${databaseUrl ? 'dump' : 'tar.gz'}`),
);
mkdirSync(path.dirname(target), { recursive: true });

if (databaseUrl) {
  // -Z 0: the documents are PDFs and images, already compressed
  execFileSync('pg_dump', ['--format=custom', '-Z', '0', '--no-owner', '--file', target, databaseUrl], {
    stdio: 'inherit',
  });
} else {
  const folder = dataDir();
  if (!existsSync(path.join(folder, 'pglite'))) throw new Error(`no embedded database in ${folder}`);
  const parts = ['pglite', 'keys'].filter((p) => existsSync(path.join(folder, p)));
  execFileSync('tar', ['-czf', target, '-C', folder, ...parts], { stdio: 'inherit' });
}
console.log(`backup: ${target}`);
