import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's data folder: the embedded database, uploaded files, generated keys. */
export function dataDir(): string {
  return process.env.TALENT_DATA_DIR ?? path.resolve(fileURLToPath(new URL('../../.data', import.meta.url)));
}

/** Options for createDb from the environment: DATABASE_URL selects PostgreSQL, else PGlite. */
export function dbOptionsFromEnv() {
  return {
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: path.join(dataDir(), 'pglite'),
  };
}
