// pnpm bench:service-level — the service-level dashboard (GET /api/service-level, the last 12 months)
// through the API in-process (routing, session, both aggregates, the working-day medians, JSON) over
// the generated data set. PostgreSQL only (DATABASE_URL); tops the set up to BENCH_APPLICATIONS first.
import {
  createApp,
  createPii,
  createSession,
  generateApplications,
  generatedSet,
  loadPiiKey,
  SESSION_COOKIE,
} from '@talent/api';
import { createDb, dataDir, migrateToLatest } from '@talent/db';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'pnpm bench:service-level needs DATABASE_URL (a PostgreSQL database it may fill with generated data)',
  );
  process.exit(2);
}
const applications = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 30);

const handle = await createDb({ databaseUrl, poolSize: 4 });
const { db } = handle;
try {
  await migrateToLatest(db);
  const pii = createPii(loadPiiKey(dataDir()));
  if ((await generatedSet(db)).count < applications) {
    await generateApplications(db, { applications, pii, log: (line) => console.log(line) });
  }
  const app = createApp({ db, engine: 'postgres', pii, config: { logRequests: false } });
  // An auditor of its own, signed in directly: the bench measures the dashboard, not the sign-in.
  const auditor =
    (await db
      .selectFrom('app_user')
      .select('id')
      .where('kind', '=', 'bureau')
      .where('login', '=', 'bench-auditor')
      .executeTakeFirst()) ??
    (await db
      .insertInto('app_user')
      .values({
        kind: 'bureau',
        login: 'bench-auditor',
        name: '基准测试督查',
        roles: ['auditor'],
        password_hash: '!',
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  const cookie = `${SESSION_COOKIE}=${(await createSession(db, auditor.id)).token}`;

  const times: number[] = [];
  let body: { open: unknown; median: unknown; byMonth: unknown[] } | undefined;
  for (let i = 0; i < iterations + 2; i++) {
    const started = performance.now();
    const res = await app.request('/api/service-level', { headers: { cookie } });
    body = (await res.json()) as typeof body;
    if (res.status !== 200) throw new Error(`service-level answered ${res.status}`);
    // the first two warm the cache and the JIT
    if (i >= 2) times.push(performance.now() - started);
  }
  const { n } = await db
    .selectFrom('settlement_application')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`settlement applications: ${Number(n).toLocaleString('en-US')}`);
  console.log(`open: ${JSON.stringify(body?.open)}; median over the year: ${JSON.stringify(body?.median)}`);
  console.table({
    'GET /api/service-level (12 months)': {
      iterations,
      'median ms': pct(times, 50),
      'p95 ms': pct(times, 95),
      'max ms': pct(times, 100),
    },
  });
} finally {
  await handle.close();
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[at] ?? 0) * 10) / 10;
}
