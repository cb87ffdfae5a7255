// pnpm bench:disbursement — issue 6's figures for paying money, on PostgreSQL (DATABASE_URL names the
// server; the bench works in a scratch database of its own there and drops it afterwards):
//   prepare a batch of 100,000 due instalments ≤ 10 s;
//   export its roster (CSV and XLSX) ≤ 5 s with the server process's peak memory ≤ 300 MB;
//   reconcile 100,000 result lines (import + apply the bank's file, then reconcile) ≤ 10 s.
// The API runs as a real server in a child process (apps/api/src/server.ts) and is called over HTTP;
// each export gets a fresh server, whose peak resident set (VmHWM in /proc/<pid>/status) is read
// after the download, so the figure is the export's own. The data are generated set-based.
import { randomBytes } from 'node:crypto';
import { createPii, createSession, SESSION_COOKIE } from '@talent/api';
import { createScratchDb } from '@talent/db/testing';
import { lineReference, todayInChina, yuanText } from '@talent/domain';
import { peakRssMb, startServer } from './childServer.js';
import {
  currentDatabase,
  generateDueInstalments,
  paymentLineStateCounts,
  rosterAmounts,
} from './support/dueInstalments.js';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error(
    'pnpm bench:disbursement needs DATABASE_URL (a PostgreSQL server; the bench uses a scratch database on it)',
  );
  process.exit(2);
}
const LINES = Number(process.env.BENCH_LINES ?? 100_000);
const PER_PAYEE = 10;
const PAYEES = Math.ceil(LINES / PER_PAYEE);
const key = randomBytes(32);
const pii = createPii(new Uint8Array(key));

const scratch = await createScratchDb({ databaseUrl: serverUrl });
const { db } = scratch;
const url = new URL(serverUrl);
url.pathname = `/${await currentDatabase(db)}`;
const databaseUrl = url.toString();
const figures: string[] = [];

function report(label: string, value: number, unit: string, target: number) {
  const line = `${label.padEnd(44)} ${value.toFixed(unit === 'MB' ? 0 : 2).padStart(8)} ${unit}  (target ≤ ${target} ${unit}) ${value <= target ? 'OK' : 'OVER'}`;
  figures.push(line);
  console.log(line);
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

async function financeUser(login: string): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({ kind: 'bureau', login, name: `财务${login}`, password_hash: 'x', roles: ['finance'] })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await createSession(db, row.id);
  return `${SESSION_COOKIE}=${session.token}`;
}

try {
  const started = performance.now();
  await generateDueInstalments(db, {
    payees: PAYEES,
    perPayee: PER_PAYEE,
    amountFen: 200000,
    firstDue: '2025-01-01',
    pii,
  });
  console.log(
    `generated ${PAYEES.toLocaleString('en-US')} payees and ${(PAYEES * PER_PAYEE).toLocaleString('en-US')} due instalments in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const preparer = await financeUser('bench-fin-1');
  const approver = await financeUser('bench-fin-2');

  // prepare + approve
  let server = await startServer(databaseUrl, key);
  const post = (base: string, p: string, cookie: string, body: unknown) =>
    fetch(`${base}${p}`, {
      method: 'POST',
      headers: { cookie, origin: base, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const [prepared, prepareSeconds] = await timed(async () => {
    const res = await post(server.base, '/api/disbursements', preparer, { dueAsOf: todayInChina() });
    if (res.status !== 201) throw new Error(`prepare answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { id: string; number: string; version: number; lineCount: number };
  });
  console.log(`batch ${prepared.number}: ${prepared.lineCount.toLocaleString('en-US')} lines`);
  // every generated payee meets the payment conditions: a batch holding lines back would time less work
  if (prepared.lineCount !== PAYEES * PER_PAYEE) throw new Error('the batch held back generated instalments');
  report(
    `prepare a batch of ${prepared.lineCount.toLocaleString('en-US')} instalments`,
    prepareSeconds,
    's',
    10,
  );
  const approved = await post(server.base, `/api/disbursements/${prepared.id}/events`, approver, {
    event: 'approve',
    version: prepared.version,
  });
  if (approved.status !== 200) throw new Error(`approve answered ${approved.status}`);
  const { version: approvedVersion } = (await approved.json()) as { version: number };
  await server.stop();

  // each export on a fresh server, its peak memory its own
  for (const format of ['csv', 'xlsx'] as const) {
    server = await startServer(databaseUrl, key);
    const before = peakRssMb(server.child.pid);
    const [bytes, seconds] = await timed(async () => {
      const res = await fetch(`${server.base}/api/disbursements/${prepared.id}/roster.${format}`, {
        headers: { cookie: approver },
      });
      if (res.status !== 200 || !res.body) throw new Error(`roster.${format} answered ${res.status}`);
      let n = 0;
      for await (const chunk of res.body) n += chunk.byteLength; // to /dev/null
      return n;
    });
    const peak = peakRssMb(server.child.pid);
    console.log(
      `roster.${format}: ${(bytes / 1024 / 1024).toFixed(1)} MB; server peak RSS ${before.toFixed(0)} MB at start`,
    );
    report(`export the roster as ${format.toUpperCase()}`, seconds, 's', 5);
    report(`  server peak memory (VmHWM) during ${format.toUpperCase()}`, peak, 'MB', 300);
    await server.stop();
  }

  // the roster went to the bank: finance says so (downloading it changed nothing)
  server = await startServer(databaseUrl, key);
  const sent = await post(server.base, `/api/disbursements/${prepared.id}/send`, approver, {
    version: approvedVersion,
  });
  if (sent.status !== 200) throw new Error(`send answered ${sent.status}: ${await sent.text()}`);
  await server.stop();

  // the bank's answer: every line, 1% failed
  const rows = await rosterAmounts(db, prepared.id);
  let csv = '明细号,金额(元),发放结果,失败原因,银行流水号\n';
  for (const r of rows) {
    const ref = lineReference(prepared.number, r.line_no);
    csv +=
      r.line_no % 100 === 0
        ? `${ref},${yuanText(r.amount_fen)},失败,户名与账号不符,\n`
        : `${ref},${yuanText(r.amount_fen)},成功,,B${r.line_no}\n`;
  }
  server = await startServer(databaseUrl, key);
  const [, reconcileSeconds] = await timed(async () => {
    const form = new FormData();
    form.set('file', new Blob([csv]), 'result.csv');
    const res = await fetch(`${server.base}/api/disbursements/${prepared.id}/results`, {
      method: 'POST',
      headers: { cookie: preparer, origin: server.base },
      body: form,
    });
    if (res.status !== 200)
      throw new Error(`results answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
    const batch = (await (
      await fetch(`${server.base}/api/disbursements/${prepared.id}`, { headers: { cookie: preparer } })
    ).json()) as { version: number };
    const done = await post(server.base, `/api/disbursements/${prepared.id}/events`, preparer, {
      event: 'reconcile',
      version: batch.version,
    });
    if (done.status !== 200) throw new Error(`reconcile answered ${done.status}`);
  });
  console.log(
    `result file: ${(csv.length / 1024 / 1024).toFixed(1)} MB, ${rows.length.toLocaleString('en-US')} lines`,
  );
  report(
    `reconcile ${rows.length.toLocaleString('en-US')} result lines (import+apply+reconcile)`,
    reconcileSeconds,
    's',
    10,
  );
  await server.stop();
  const states = await paymentLineStateCounts(db);
  console.log(`instalments afterwards: ${states.map((s) => `${s.state} ${s.n}`).join(', ')}`);
  console.log(`\n${figures.join('\n')}`);
} finally {
  await scratch.dispose();
}
