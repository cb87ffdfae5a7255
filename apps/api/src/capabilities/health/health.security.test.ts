import type { Database } from '@talent/db';
import {
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { createTestHarness, errorOf, testPii } from '../../testing/index.js';

/** A database that is down: every connection attempt fails. */
function unreachableDb(): Kysely<Database> {
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async (): Promise<DatabaseConnection> => {
      throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:5432'), { code: 'ECONNREFUSED' });
    },
    beginTransaction: async () => {},
    commitTransaction: async () => {},
    rollbackTransaction: async () => {},
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => driver,
      createQueryCompiler: () => new PostgresQueryCompiler(),
      createIntrospector: (db) => new PostgresIntrospector(db),
    },
  });
}

describe('health: security and failure', () => {
  it('is public and ignores a bad session cookie', async () => {
    const h = await createTestHarness();
    const res = await h.call('GET', '/api/health', { cookie: 'talent_session=garbage' });
    expect(res.status).toBe(200);
  });

  it('answers 503 in the one error shape when the database is down, without details', async () => {
    const app = createApp({
      db: unreachableDb(),
      engine: 'postgres',
      pii: testPii,
      config: { logRequests: false },
    });
    const res = await app.request('/api/health');
    expect(res.status).toBe(503);
    const text = await res.clone().text();
    expect(text).not.toContain('10.0.0.1');
    const error = await errorOf(res);
    expect(error.code).toBe('unavailable');
    expect(error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers 503, not 500, when a session cookie needs the database that is down', async () => {
    const app = createApp({
      db: unreachableDb(),
      engine: 'postgres',
      pii: testPii,
      config: { logRequests: false },
    });
    const cookie = `talent_session=${'a'.repeat(32)}`;
    for (const path of ['/api/health', '/api/me']) {
      const res = await app.request(path, { headers: { cookie } });
      expect(res.status).toBe(503);
      expect((await errorOf(res)).code).toBe('unavailable');
    }
  });

  it('has no mutations: POST is 404 (and the Origin check comes first)', async () => {
    const h = await createTestHarness();
    expect((await h.call('POST', '/api/health')).status).toBe(404);
    expect((await h.call('POST', '/api/health', { origin: null })).status).toBe(403);
  });
});
