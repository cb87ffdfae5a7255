// pnpm bench:imports — issue 10's spreadsheet bombs, on PostgreSQL (DATABASE_URL names the server; the
// bench works in a scratch database of its own there and drops it afterwards). Each bomb is posted
// over HTTP to a fresh API server in a child process (apps/api/src/server.ts) and must be refused with
// 413 or 422 in under 2 s, the server's peak resident set (VmHWM in /proc/<pid>/status) staying
// bounded (target ≤ 300 MB, the figure the roster export keeps to); nothing may be recorded.
import { randomBytes } from 'node:crypto';
import { spreadsheetBombs as bombs, createPii, createSession, SESSION_COOKIE } from '@talent/api';
import { createScratchDb } from '@talent/db/testing';
import { todayInChina } from '@talent/domain';
import { peakRssMb, startServer } from './childServer.js';
import { currentDatabase, generateDueInstalments } from './support/dueInstalments.js';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error(
    'pnpm bench:imports needs DATABASE_URL (a PostgreSQL server; the bench uses a scratch database on it)',
  );
  process.exit(2);
}
const key = randomBytes(32);
const pii = createPii(new Uint8Array(key));
const scratch = await createScratchDb({ databaseUrl: serverUrl });
const { db } = scratch;
const url = new URL(serverUrl);
url.pathname = `/${await currentDatabase(db)}`;
const databaseUrl = url.toString();

async function staff(login: string, roles: string[]): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({ kind: 'bureau', login, name: `职员${login}`, password_hash: 'x', roles })
    .returning('id')
    .executeTakeFirstOrThrow();
  return `${SESSION_COOKIE}=${(await createSession(db, row.id)).token}`;
}

type Bomb = { name: string; file: string; bytes: () => Uint8Array };
const MB = 2 ** 20;

const xlsxBombs: Bomb[] = [
  { name: '6,000,000 rows (0.4 MB zip)', file: 'rows.xlsx', bytes: () => bombs.manyRowsXlsx(6_000_000) },
  {
    name: '6,000,000 rows, claiming 1 KB',
    file: 'rows.xlsx',
    bytes: () => bombs.manyRowsXlsx(6_000_000, 1024),
  },
  { name: '1,000,000 rows (26 MB inflated)', file: 'rows.xlsx', bytes: () => bombs.manyRowsXlsx(1_000_000) },
  { name: '6,000,000 shared strings', file: 'strings.xlsx', bytes: () => bombs.sharedStringsXlsx(6_000_000) },
  { name: 'a row of 1,000,000 cells', file: 'wide.xlsx', bytes: () => bombs.wideRowXlsx(1_000_000) },
];
const csvBombs = (rows: number, commas: number): Bomb[] => [
  {
    name: `CSV, ${rows.toLocaleString('en-US')} rows`,
    file: 'rows.csv',
    bytes: () => bombs.manyRowsCsv(rows),
  },
  {
    name: `CSV, a row of ${commas.toLocaleString('en-US')} commas`,
    file: 'wide.csv',
    bytes: () => bombs.wideRowCsv(commas),
  },
];

const figures: string[] = [];
let failures = 0;

async function fire(endpoint: string, path: string, cookie: string, bomb: Bomb) {
  const bytes = bomb.bytes();
  const server = await startServer(databaseUrl, key);
  try {
    const before = peakRssMb(server.child.pid);
    const form = new FormData();
    form.set('file', new Blob([bytes]), bomb.file);
    const started = performance.now();
    const res = await fetch(`${server.base}${path}`, {
      method: 'POST',
      headers: { cookie, origin: server.base },
      body: form,
    });
    const body = (await res.json()) as { error?: { message?: string } };
    const seconds = (performance.now() - started) / 1000;
    const peak = peakRssMb(server.child.pid);
    const ok = (res.status === 413 || res.status === 422) && seconds < 2 && peak <= 300;
    if (!ok) failures += 1;
    const line = `${endpoint.padEnd(14)} ${bomb.name.padEnd(34)} ${(bytes.byteLength / MB).toFixed(1).padStart(5)} MB  ${res.status}  ${seconds.toFixed(2).padStart(5)} s  peak RSS ${peak.toFixed(0).padStart(4)} MB (${before.toFixed(0)} at start)  ${ok ? 'OK' : 'OVER'}  ${body.error?.message ?? ''}`;
    figures.push(line);
    console.log(line);
  } finally {
    await server.stop();
  }
}

try {
  const finance = await staff('bench-imp-fin-1', ['finance']);
  const approver = await staff('bench-imp-fin-2', ['finance']);
  const reviewer = await staff('bench-imp-rev', ['reviewer']);
  await generateDueInstalments(db, {
    payees: 3,
    perPayee: 1,
    amountFen: 200000,
    firstDue: '2025-01-01',
    pii,
  });
  const server = await startServer(databaseUrl, key);
  const json = { origin: server.base, 'content-type': 'application/json' };
  const prepared = (await (
    await fetch(`${server.base}/api/disbursements`, {
      method: 'POST',
      headers: { ...json, cookie: finance },
      body: JSON.stringify({ dueAsOf: todayInChina() }),
    })
  ).json()) as { id: string; version: number };
  const approved = (await (
    await fetch(`${server.base}/api/disbursements/${prepared.id}/events`, {
      method: 'POST',
      headers: { ...json, cookie: approver },
      body: JSON.stringify({ event: 'approve', version: prepared.version }),
    })
  ).json()) as { version: number };
  const roster = await fetch(`${server.base}/api/disbursements/${prepared.id}/roster.csv`, {
    headers: { cookie: approver },
  });
  if (roster.status !== 200) throw new Error(`the roster answered ${roster.status}`);
  await roster.text();
  // results are taken only for a batch finance said went to the bank (decision 0012)
  const sent = await fetch(`${server.base}/api/disbursements/${prepared.id}/send`, {
    method: 'POST',
    headers: { ...json, cookie: approver },
    body: JSON.stringify({ version: approved.version }),
  });
  if (sent.status !== 200) throw new Error(`sending answered ${sent.status}`);
  await server.stop();

  const results = `/api/disbursements/${prepared.id}/results`;
  const bank: Bomb[] = [
    {
      name: '6,000,000 rows as Excel writes them',
      file: 'result.xlsx',
      bytes: () => bombs.bankRowsXlsx(6_000_000),
    },
    {
      name: 'the same, claiming 100 MB',
      file: 'result.xlsx',
      bytes: () => bombs.bankRowsXlsx(6_000_000, 100 * MB),
    },
    ...xlsxBombs,
    // within the bank upload's 40 MB
    ...csvBombs(6_000_000, 20_000_000),
  ];
  for (const bomb of bank) await fire('bank results', results, finance, bomb);
  // card and contribution files are under the API's 1 MB and 960 KB body limits
  for (const bomb of [...xlsxBombs, ...csvBombs(400_000, 900_000)]) {
    await fire('card registry', '/api/talent-cards/imports', reviewer, bomb);
  }
  for (const bomb of [...xlsxBombs, ...csvBombs(400_000, 900_000)]) {
    await fire('contributions', '/api/bureau/contribution-imports', reviewer, bomb);
  }
  const recorded = await Promise.all(
    (['bank_result_import', 'talent_card_import', 'contribution_import'] as const).map(async (table) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return `${table} ${row.n}`;
    }),
  );
  console.log(`\nrecorded afterwards (all 0 expected): ${recorded.join(', ')}`);
  if (recorded.some((r) => !r.endsWith(' 0'))) failures += 1;
  console.log(`\n${figures.join('\n')}`);
  if (failures > 0) process.exitCode = 1;
} finally {
  await scratch.dispose();
}
