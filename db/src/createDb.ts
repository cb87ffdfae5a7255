import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { CompiledQuery, type DatabaseConnection, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pgliteDialect.js';
import type { Database } from './schema.js';
import { OID, parseDate, parseInt8 } from './typeParsers.js';

export type Engine = 'postgres' | 'pglite';

/** A pool's connections now: open, idle, and callers waiting for one (PGlite: one, never waiting). */
export type PoolStats = { total: number; idle: number; waiting: number };

export interface DbHandle {
  db: Kysely<Database>;
  engine: Engine;
  close(): Promise<void>;
  poolStats(): PoolStats;
}

export interface DbOptions {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; 'memory://' keeps it in memory. */
  dataDir?: string | undefined;
  /** Connections in the pool (PostgreSQL only). */
  poolSize?: number | undefined;
  /** PostgreSQL only: `SET ROLE` on each new connection (appRole.ts; PGlite sets it once there). */
  role?: string | undefined;
}

/**
 * How long a query waits for a connection, new or pooled, before it fails: a server that does not
 * answer (a host gone from the network) fails requests with 503 instead of holding them.
 */
const CONNECT_TIMEOUT_MS = 5_000;

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8) return parseInt8;
    if (oid === OID.date) return parseDate;
    return pg.types.getTypeParser(oid, format);
  },
};

export async function createDb(options: DbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      types: pgTypes as pg.CustomTypesConfig,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // A restart or an outage drops every connection, and each reports it as an 'error' event on its
    // client; unheard, that event ends the process. An idle connection is discarded by the pool (which
    // re-emits the event on itself); one checked out fails its query and is discarded on release.
    pool.on('connect', (client) => client.on('error', reportLostConnection));
    pool.on('error', () => {}); // the client's own listener has reported it
    const { role } = options;
    const onCreateConnection = role
      ? (conn: DatabaseConnection) =>
          conn.executeQuery(CompiledQuery.raw(`set role "${role}"`)).then(() => {})
      : undefined;
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, onCreateConnection }) });
    return {
      db,
      engine: 'postgres',
      close: () => db.destroy(),
      poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    parsers: { [OID.int8]: parseInt8, [OID.date]: parseDate },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    engine: 'pglite',
    close: () => db.destroy(),
    poolStats: () => ({ total: 1, idle: 0, waiting: 0 }),
  };
}

/** One line without the error's message (kept out of logs like every database message). */
function reportLostConnection(err: Error & { code?: string }): void {
  console.error(`database: connection lost (${err.code ?? err.message.slice(0, 40)})`);
}
