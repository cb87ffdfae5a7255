// pnpm bench:soak — issue 17's load at scale: BENCH_USERS signed-in users (applicants, reviewers, finance,
// auditors; 200 by default) doing a mixed read/write workload through nginx and two API processes for
// BENCH_SECONDS (300), against BENCH_APPLICATIONS generated applications (1,000,000). PostgreSQL only
// (DATABASE_URL, a database it may fill); needs nginx. Not part of CI: prints per-role figures and the
// slowest routes from the processes' own /api/metrics. Target: p95 ≤ 150 ms, 0 errors.
import { Buffer } from 'node:buffer';
import {
  createPii,
  createSession,
  generateApplications,
  generatedSet,
  loadPiiKey,
  SESSION_COOKIE,
  seedDemo,
} from '@talent/api';
import { createDb, dataDir, migrateToLatest } from '@talent/db';
import { todayInChina } from '@talent/domain';
import autocannon from 'autocannon';
import { startNginx } from '../cluster/nginx.js';
import { startPlatform } from '../support/platform.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('pnpm bench:soak needs DATABASE_URL (a PostgreSQL database it may fill with generated data)');
  process.exit(2);
}
const applications = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 300);
const users = Number(process.env.BENCH_USERS ?? 200);
const METRICS_TOKEN = 'soak-metrics';

type Role = { name: string; share: number; roles?: string[]; requests: autocannon.Request[] };
// What each kind of user does, in a loop; the writes are ones a user repeats (reading notifications,
// saving a profile), so a run leaves the cases as it found them.
const workload: Role[] = [
  {
    name: 'applicant',
    share: 0.6,
    requests: [
      { method: 'GET', path: '/api/me' },
      { method: 'GET', path: '/api/settlements' },
      { method: 'GET', path: '/api/notifications' },
      { method: 'POST', path: '/api/notifications/read-all' },
    ],
  },
  {
    name: 'reviewer',
    share: 0.2,
    roles: ['reviewer'],
    requests: [
      { method: 'GET', path: '/api/bureau/settlements?state=submitted&countyCode=621022' },
      { method: 'GET', path: '/api/bureau/settlements?state=under_review' },
      { method: 'GET', path: '/api/me' },
    ],
  },
  {
    name: 'finance',
    share: 0.12,
    roles: ['finance'],
    requests: [
      { method: 'GET', path: '/api/disbursements/failed-lines' },
      { method: 'GET', path: `/api/payment-holds?dueAsOf=${todayInChina()}` },
      { method: 'GET', path: '/api/bureau/clawbacks' },
    ],
  },
  {
    name: 'auditor',
    share: 0.08,
    roles: ['auditor'],
    requests: [
      { method: 'GET', path: '/api/service-level' },
      { method: 'GET', path: '/api/bureau/settlements?state=registered' },
      { method: 'GET', path: '/api/bureau/employers' },
    ],
  },
];

const handle = await createDb({ databaseUrl, poolSize: 5 });
const { db } = handle;
const stops: (() => Promise<void>)[] = [];
try {
  await migrateToLatest(db);
  const key = loadPiiKey(dataDir());
  const pii = createPii(key);
  await seedDemo(db, { pii });
  if ((await generatedSet(db)).count < applications) {
    await generateApplications(db, { applications, pii, log: (line) => console.log(line) });
  }
  const env = {
    PII_KEY: Buffer.from(key).toString('base64'),
    TRUST_PROXY: '1',
    METRICS_TOKEN,
    SCHEDULER: '0',
  };
  const a = await startPlatform({ databaseUrl, env: { ...env, MIGRATE_ON_START: '0' } });
  stops.push(() => a.stop());
  const b = await startPlatform({ databaseUrl, env: { ...env, MIGRATE_ON_START: '0' } });
  stops.push(() => b.stop());
  const nginx = await startNginx([a.baseUrl, b.baseUrl].map((u) => Number(new URL(u).port)));
  stops.push(() => nginx.stop());

  // Sessions of the run's own: generated applicants (166…) and bureau users made for it.
  const run = Date.now().toString(36);
  const applicants = await db
    .selectFrom('app_user')
    .select('id')
    .where('login', 'like', '166%')
    .orderBy('login')
    .limit(users)
    .execute();
  const cookiesOf = async (role: Role, count: number) => {
    const cookies: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = role.roles
        ? (
            await db
              .insertInto('app_user')
              .values({
                kind: 'bureau',
                login: `soak-${role.name}-${run}-${i}`,
                name: `压测${role.name}${i}`,
                password_hash: 'soak-no-sign-in',
                roles: role.roles,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        : (applicants[i % applicants.length]?.id ?? '');
      cookies.push(`${SESSION_COOKIE}=${(await createSession(db, id)).token}`);
    }
    return cookies;
  };

  console.log(`${users} users, ${seconds} s, through nginx to two processes`);
  const results = await Promise.all(
    workload.map(async (role) => {
      const connections = Math.max(1, Math.round(users * role.share));
      const cookies = await cookiesOf(role, connections);
      let next = 0;
      // each connection is one user: its cookie kept in autocannon's per-connection context
      const asUser = (req: autocannon.Request, context: Record<string, string>) => {
        context.cookie ??= cookies[next++ % cookies.length] ?? '';
        return { ...req, headers: { ...req.headers, origin: nginx.baseUrl, cookie: context.cookie } };
      };
      const r = await autocannon({
        url: nginx.baseUrl,
        connections,
        duration: seconds,
        requests: role.requests.map((req) => ({ ...req, setupRequest: asUser as never })),
      });
      return {
        role: role.name,
        users: connections,
        reqPerSec: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p95Ms: r.latency.p97_5 === undefined ? r.latency.p90 : r.latency.p97_5,
        p99Ms: r.latency.p99,
        errors: r.non2xx + r.errors + r.timeouts,
      };
    }),
  );
  console.table(results);

  // the slowest route templates, from each process's own histogram (mean per request), and the errors
  const slow = new Map<string, { sum: number; count: number }>();
  const failures = new Map<string, number>();
  for (const p of [a, b]) {
    const text = await (
      await fetch(`${p.baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    for (const line of text.split('\n')) {
      const f =
        /^talent_http_requests_total\{method="(\w+)",route="([^"]+)",status="([45]\d\d)"\} (\d+)$/.exec(line);
      if (f)
        failures.set(
          `${f[1]} ${f[2]} ${f[3]}`,
          (failures.get(`${f[1]} ${f[2]} ${f[3]}`) ?? 0) + Number(f[4]),
        );
      const m =
        /^talent_http_request_duration_seconds_(sum|count)\{method="(\w+)",route="([^"]+)"\} ([\d.e+-]+)$/.exec(
          line,
        );
      if (!m) continue;
      const k = `${m[2]} ${m[3]}`;
      const e = slow.get(k) ?? { sum: 0, count: 0 };
      e[m[1] as 'sum' | 'count'] += Number(m[4]);
      slow.set(k, e);
    }
  }
  console.table(
    [...slow]
      .map(([route, e]) => ({
        route,
        requests: e.count,
        meanMs: Math.round((e.sum / Math.max(1, e.count)) * 1000),
      }))
      .sort((x, y) => y.meanMs - x.meanMs)
      .slice(0, 10),
  );
  if (failures.size > 0) console.table([...failures].map(([request, count]) => ({ request, count })));
} finally {
  for (const stop of stops.reverse()) await stop();
  await handle.close();
}
