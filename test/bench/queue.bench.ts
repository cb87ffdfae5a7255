// pnpm bench:queue — the review queue's page (one county + one state, green channel first then deadline,
// 50 rows) through the API in-process (app.request: routing, session, validation, both queries, JSON)
// against the same two statements run bare through Kysely, over random county/state/page combinations.
// PostgreSQL only (DATABASE_URL); tops the generated data set up to BENCH_APPLICATIONS first.
import {
  countQueue,
  createApp,
  createPii,
  DEMO_PASSWORD,
  generateApplications,
  generatedSet,
  loadCalendar,
  loadPiiKey,
  queueFilter,
  queuePageQuery,
  seedDemo,
} from '@talent/api';
import { createDb, dataDir, migrateToLatest } from '@talent/db';
import { qingyangDivisions, type SettlementState, todayInChina } from '@talent/domain';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    'pnpm bench:queue needs DATABASE_URL (a PostgreSQL database it may fill with generated data)',
  );
  process.exit(2);
}
const applications = Number(process.env.BENCH_APPLICATIONS ?? 1_000_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 400);
const PAGE_SIZE = 50;
/** Where the bureau's work is (and the big finished states an auditor browses). */
const states: SettlementState[] = [
  'submitted',
  'under_review',
  'approved',
  'registered',
  'employment_confirmed',
  'rejected',
];
const counties = qingyangDivisions.filter((d) => d.level === 'county').map((d) => d.code);

const handle = await createDb({ databaseUrl, poolSize: 10 });
const { db } = handle;
try {
  await migrateToLatest(handle.db);
  const pii = createPii(loadPiiKey(dataDir()));
  await seedDemo(db, { pii });
  const set = await generatedSet(db);
  if (set.count < applications) {
    await generateApplications(db, { applications, pii, log: (line) => console.log(line) });
  }
  const { n: total } = await db
    .selectFrom('settlement_application')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  console.log(`settlement applications in the database: ${Number(total).toLocaleString('en-US')}`);

  const app = createApp({ db, engine: 'postgres', pii, config: { logRequests: false } });
  const cookie = await signIn(app);
  const calendar = await loadCalendar(db);
  const today = todayInChina();

  // The last page of each combination, so that pages are drawn from the whole queue.
  const pages = new Map<string, number>();
  for (const county of counties) {
    for (const state of states) {
      const filter = queueFilter({ county, state: [state] }, { calendar, today, pii });
      const { total: count } = await countQueue(db, filter);
      pages.set(`${county}/${state}`, Math.max(1, Math.ceil(count / PAGE_SIZE)));
    }
  }

  const api = async (county: string, state: SettlementState, page: number) => {
    const t0 = performance.now();
    const res = await app.request(
      `/api/bureau/settlements?county=${county}&state=${state}&page=${page}&pageSize=${PAGE_SIZE}`,
      { headers: { cookie } },
    );
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`queue answered ${res.status}: ${await res.text()}`);
    return { ms, rows: ((await res.json()) as { items: unknown[] }).items.length };
  };
  // the statements the service runs for that request: the page and its (capped or estimated) total
  const bare = async (county: string, state: SettlementState, page: number) => {
    const filter = queueFilter({ county, state: [state] }, { calendar, today, pii });
    const pageQuery = queuePageQuery(db, filter, {
      sort: 'dueOn',
      order: 'asc',
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const t0 = performance.now();
    const [rows] = await Promise.all([pageQuery.execute(), countQueue(db, filter)]);
    return { ms: performance.now() - t0, rows: rows.length };
  };

  type Sample = { api: number; bare: number; deep: boolean };
  const samples: Sample[] = [];
  const random = (n: number) => Math.floor(Math.random() * n);
  for (let i = 0; i < iterations + 40; i++) {
    const county = counties[random(counties.length)]!;
    const state = states[random(states.length)]!;
    const last = pages.get(`${county}/${state}`) ?? 1;
    // mostly the first pages, as people work a queue; one in four anywhere up to the last page
    const page = Math.random() < 0.75 ? 1 + random(Math.min(3, last)) : 1 + random(last);
    // alternate which goes first, so that neither always finds the pages the other just read
    const first = i % 2 === 0 ? await api(county, state, page) : await bare(county, state, page);
    const second = i % 2 === 0 ? await bare(county, state, page) : await api(county, state, page);
    const [a, b] = i % 2 === 0 ? [first, second] : [second, first];
    if (a.rows !== b.rows) throw new Error('the API and the bare query disagree');
    if (i >= 40) samples.push({ api: a.ms, bare: b.ms, deep: page > 3 }); // the first 40 warm up
  }

  const figures = (label: string, list: Sample[]) => ({
    requests: list.length,
    'API p50 ms': pct(
      list.map((s) => s.api),
      50,
    ),
    'API p95 ms': pct(
      list.map((s) => s.api),
      95,
    ),
    'API p99 ms': pct(
      list.map((s) => s.api),
      99,
    ),
    'bare SQL p50 ms': pct(
      list.map((s) => s.bare),
      50,
    ),
    'bare SQL p95 ms': pct(
      list.map((s) => s.bare),
      95,
    ),
    'bare SQL p99 ms': pct(
      list.map((s) => s.bare),
      99,
    ),
    label,
  });
  const table = [
    figures('all pages', samples),
    figures(
      'pages 1–3',
      samples.filter((s) => !s.deep),
    ),
    figures(
      'deeper pages',
      samples.filter((s) => s.deep),
    ),
  ];
  console.table(Object.fromEntries(table.map(({ label, ...rest }) => [label, rest])));
  const p95 = table[0]?.['API p95 ms'] ?? Number.POSITIVE_INFINITY;
  console.log(`target: API p95 ≤ 50 ms server time — ${p95 <= 50 ? 'met' : 'NOT met'} (${p95} ms)`);
} finally {
  await handle.close();
}

async function signIn(app: ReturnType<typeof createApp>): Promise<string> {
  const res = await app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify({ kind: 'bureau', login: 'reviewer', password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || !cookie) throw new Error(`demo reviewer sign-in failed: ${res.status}`);
  return cookie;
}

function pct(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[at] ?? 0) * 10) / 10;
}
