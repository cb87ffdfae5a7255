import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb } from '@talent/db';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import {
  freePort,
  type PrivateCluster,
  privateClusterUnavailable,
  startPrivateCluster,
} from './testing/privateCluster.js';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RECOVERY_LIMIT_MS = 5_000;
const OUTAGE_MS = 5_000;

type Server = { base: string; child: ChildProcess; output: () => string; stop(): Promise<void> };

/** The real server process (src/server.ts through tsx) on the cluster, without the demo data. */
async function startServer(databaseUrl: string, dataDir: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      TALENT_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_REQUESTS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const server: Server = {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
  const started = Date.now();
  while (!(await answers(server, '/api/health', 200))) {
    if (child.exitCode !== null || Date.now() - started > 20_000)
      throw new Error(`server did not start:\n${output}`);
    await sleep(100);
  }
  return server;
}

async function answers(server: Server, path: string, status: number): Promise<boolean> {
  try {
    return (await fetch(`${server.base}${path}`)).status === status;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Requests of every kind: anonymous and signed-in reads, a read with a cookie, a mutation. */
function probes(server: Server, cookie: string) {
  const origin = server.base;
  const get = (p: string, headers: Record<string, string> = {}) => fetch(`${server.base}${p}`, { headers });
  return {
    'anonymous health': () => get('/api/health'),
    'health with a cookie': () => get('/api/health', { cookie }),
    'signed-in /api/me': () => get('/api/me', { cookie }),
    'signed-in notifications': () => get('/api/notifications', { cookie }),
    'anonymous sign-in': () =>
      fetch(`${server.base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'applicant', login: '13800138000', password: 'not-the-password' }),
      }),
    'signed-in mutation': () =>
      fetch(`${server.base}/api/notifications/read-all`, { method: 'POST', headers: { origin, cookie } }),
  };
}
type Probes = ReturnType<typeof probes>;
// What each probe answers when the database is there (the wrong password soon meets the throttle).
const healthyStatus: Record<keyof Probes, number[]> = {
  'anonymous health': [200],
  'health with a cookie': [200],
  'signed-in /api/me': [200],
  'signed-in notifications': [200],
  'anonymous sign-in': [401, 429],
  'signed-in mutation': [200],
};

/** The sign-up code the platform left for `mobile` in its SMS outbox (there is no gateway here). */
async function smsCode(databaseUrl: string, mobile: string): Promise<string> {
  const handle = await createDb({ databaseUrl, poolSize: 1 });
  try {
    const row = await handle.db
      .selectFrom('sms_outbox')
      .select(sql<string>`params->>'code'`.as('code'))
      .where('mobile', '=', mobile)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return row.code;
  } finally {
    await handle.close();
  }
}

/** The probes that do not answer as they do when the database is there, with what they answered. */
async function unhealthy(all: Probes): Promise<string[]> {
  const results = await Promise.all(
    Object.entries(all).map(async ([name, probe]) => {
      const status = await probe().then(
        (res) => res.status,
        () => 'no answer',
      );
      return typeof status === 'number' && healthyStatus[name as keyof Probes].includes(status)
        ? null
        : `${name}: ${status}`;
    }),
  );
  return results.filter((r) => r !== null);
}

/** Milliseconds until every probe answers as it does when healthy (or the limit passes). */
async function msUntilHealthy(all: Probes, limitMs: number): Promise<number> {
  const started = performance.now();
  while ((await unhealthy(all)).length > 0) {
    if (performance.now() - started > limitMs) break;
    await sleep(25);
  }
  return Math.round(performance.now() - started);
}

describe('the API through a database restart and outage (PostgreSQL, a private cluster)', () => {
  const reason = privateClusterUnavailable();
  let cluster: PrivateCluster | undefined;
  let server: Server | undefined;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'talent-outage-'));
  afterAll(async () => {
    await server?.stop();
    await cluster?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives, answers 503 in the error shape while the database is away, and recovers within 5 s', async ({
    skip,
  }) => {
    if (reason !== null) {
      console.warn(`dbOutage.test.ts skipped: no private PostgreSQL cluster (${reason})`);
      skip(`no private PostgreSQL cluster: ${reason}`);
    }
    cluster = await startPrivateCluster();
    server = await startServer(cluster.url, dataDir);
    const s = server;
    const mobile = '13912345678';
    const post = (url: string, body: unknown) =>
      fetch(`${s.base}${url}`, {
        method: 'POST',
        headers: { origin: s.base, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post('/api/auth/codes', { purpose: 'sign_up', kind: 'applicant', mobile })).status).toBe(
      202,
    );
    const code = await smsCode(cluster.url, mobile);
    const signUp = await post('/api/auth/sign-up/applicant', {
      mobile,
      password: 'Outage-pass-2026',
      name: '测试',
      code,
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const all = probes(s, cookie);
    expect(await unhealthy(all)).toEqual([]);

    // A restart with connections idle in the pool: each of them reports its end as an 'error' event.
    await Promise.all(Array.from({ length: 8 }, () => all['signed-in /api/me']()));
    await cluster.restart();
    const afterRestart = await msUntilHealthy(all, RECOVERY_LIMIT_MS);
    expect(s.child.exitCode, s.output()).toBeNull();
    expect(afterRestart).toBeLessThan(RECOVERY_LIMIT_MS);

    await cluster.stop();
    const outageEnds = performance.now() + OUTAGE_MS;
    let answered = 0;
    while (performance.now() < outageEnds) {
      for (const [name, probe] of Object.entries(all)) {
        const res = await probe();
        const body = (await res.json()) as { error?: { code: string; message: string; requestId: string } };
        expect({ name, status: res.status, code: body.error?.code }).toEqual({
          name,
          status: 503,
          code: 'unavailable',
        });
        expect(body.error?.message).toEqual(expect.any(String));
        expect(body.error?.requestId).toBe(res.headers.get('x-request-id'));
        answered += 1;
      }
      await sleep(100);
    }
    expect(s.child.exitCode, s.output()).toBeNull();

    await cluster.start();
    const afterOutage = await msUntilHealthy(all, RECOVERY_LIMIT_MS);
    expect(s.child.exitCode, s.output()).toBeNull();
    expect(afterOutage).toBeLessThan(RECOVERY_LIMIT_MS);
    console.log(
      `database outage: ${answered} requests answered 503 over ${OUTAGE_MS} ms; healthy again ${afterRestart} ms after a restart, ${afterOutage} ms after the database came back`,
    );
  }, 60_000);
});
