import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ScratchDb, testDatabaseUrl, unique } from '@talent/db/testing';
import { lineReference, yuanText } from '@talent/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, type TestHarness } from '../../testing/index.js';
import { disbursementDatabase, freshEra, insertAward, resultCsv } from './fixtures.js';
import type { BatchView } from './view.js';

// A process killed in the middle of preparing a batch or applying the bank's results leaves every
// instalment in exactly one state, nothing doubled and nothing lost: the work is one transaction.
// It needs a second process on the same database server, so it runs on PostgreSQL only.

const here = path.dirname(fileURLToPath(import.meta.url));
const AWARDS = 40;
const LINES_PER_AWARD = 50;

describe.skipIf(!testDatabaseUrl())('crash safety (PostgreSQL only: PGlite has no second process)', () => {
  let scratch: ScratchDb | undefined;
  let h: TestHarness;
  let url: string;
  let preparer: Awaited<ReturnType<TestHarness['bureau']>>;
  let approver: Awaited<ReturnType<TestHarness['bureau']>>;
  let lineIds: string[];
  let totalFen: number;
  let asOf: string;

  beforeAll(async () => {
    scratch = await disbursementDatabase();
    h = await createTestHarness({}, scratch);
    const { rows } = await sql<{ db: string }>`select current_database() as db`.execute(h.db);
    const u = new URL(testDatabaseUrl() ?? '');
    u.pathname = `/${rows[0]?.db}`;
    url = u.toString();
    preparer = await h.bureau(['finance']);
    approver = await h.bureau(['finance']);
    const era = freshEra(1800);
    asOf = era.asOf;
    lineIds = [];
    totalFen = 0;
    for (let a = 0; a < AWARDS; a++) {
      const lines = Array.from({ length: LINES_PER_AWARD }, (_, i) => ({
        amountFen: 100 + a * 7 + i,
        dueDate: era.due(i),
      }));
      totalFen += lines.reduce((s, l) => s + l.amountFen, 0);
      lineIds.push(...(await insertAward(h, lines)).lineIds);
    }
  }, 120_000);
  afterAll(async () => {
    await scratch?.dispose();
  });

  /** Runs the child until it prints `signal` (and `delayMs` more), then kills it and waits for its session to end. */
  async function killDuring(args: string[], signal: 'STARTED' | 'READY', delayMs = 0): Promise<void> {
    const app = unique('crash_').toLowerCase();
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(here, 'crash.fixtures.ts'),
        args[0] ?? '',
        `${url}?application_name=${app}`,
        ...args.slice(1),
      ],
      { cwd: path.join(here, '../../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes(`${signal}\n`)) setTimeout(resolve, delayMs);
      });
      child.on('exit', (code) => reject(new Error(`the child ended (${code}) before ${signal}: ${out}`)));
    });
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    for (let i = 0; i < 100; i++) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity
        where application_name = ${app}`.execute(h.db);
      if (rows[0]?.n === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the killed child’s session did not end');
  }

  /** Every instalment in exactly one state, none in two roster lines that pay or may pay, amounts whole. */
  async function invariants(expected: Record<string, number>) {
    const { rows: states } = await sql<{ state: string; n: number; total: number }>`
      select state, count(*)::int as n, sum(amount_fen)::int8 as total from payment_line
      where id = any(${lineIds}::uuid[]) group by state`.execute(h.db);
    expect(Object.fromEntries(states.map((s) => [s.state, s.n]))).toEqual(expected);
    expect(states.reduce((s, r) => s + Number(r.total), 0)).toBe(totalFen);
    const { rows: doubled } = await sql<{ n: number }>`select count(*)::int as n from (
      select payment_line_id from disbursement_line where payment_line_id = any(${lineIds}::uuid[])
        and result in ('pending','paid') group by payment_line_id having count(*) > 1) d`.execute(h.db);
    expect(doubled[0]?.n).toBe(0);
    // in a batch ⇔ exactly one pending roster line
    const { rows: orphans } = await sql<{ n: number }>`select count(*)::int as n from payment_line p
      where p.id = any(${lineIds}::uuid[]) and (p.state = 'in_batch') <> exists (
        select 1 from disbursement_line d where d.payment_line_id = p.id and d.result = 'pending')`.execute(
      h.db,
    );
    expect(orphans[0]?.n).toBe(0);
  }

  it('leaves nothing behind when preparing a batch is killed mid-statement or before its commit', async () => {
    const n = AWARDS * LINES_PER_AWARD;
    await killDuring(['prepare', preparer.id, asOf], 'STARTED', 5);
    await invariants({ scheduled: n });
    await killDuring(['prepare', preparer.id, asOf], 'READY');
    await invariants({ scheduled: n });
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from disbursement_batch
      where due_as_of = ${asOf}`.execute(h.db);
    expect(rows[0]?.n).toBe(0);
  }, 60_000);

  it('applies nothing when applying a result file is killed, and the file applies whole afterwards', async () => {
    const n = AWARDS * LINES_PER_AWARD;
    const res = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: asOf },
    });
    expect(res.status).toBe(201);
    const batch = (await res.json()) as BatchView;
    expect(batch).toMatchObject({ lineCount: n, totalFen });
    const approved = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: approver.cookie,
      body: { event: 'approve', version: batch.version },
    });
    await (
      await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, { cookie: approver.cookie })
    ).text();
    const sent = await h.call('POST', `/api/disbursements/${batch.id}/send`, {
      cookie: approver.cookie,
      body: { version: ((await approved.json()) as BatchView).version },
    });
    expect(sent.status).toBe(200);
    await invariants({ in_batch: n });

    const { rows } = await sql<{ line_no: number; amount_fen: number }>`select line_no, amount_fen
      from disbursement_line where batch_id = ${batch.id} order by line_no`.execute(h.db);
    const file = path.join(tmpdir(), `${unique('result-')}.csv`);
    writeFileSync(
      file,
      resultCsv(
        rows.map((r) =>
          r.line_no % 10 === 0
            ? [lineReference(batch.number, r.line_no), yuanText(r.amount_fen), '失败', '账户已销户', '']
            : [lineReference(batch.number, r.line_no), yuanText(r.amount_fen), '成功', '', `B${r.line_no}`],
        ),
      ),
    );
    await killDuring(['apply', approver.id, batch.id, file], 'STARTED', 20);
    await invariants({ in_batch: n });
    await killDuring(['apply', approver.id, batch.id, file], 'READY');
    await invariants({ in_batch: n });
    const imports = await h.db
      .selectFrom('bank_result_import')
      .select('status')
      .where('batch_id', '=', batch.id)
      .execute();
    expect(imports).toEqual([]);

    const form = new FormData();
    form.set('file', new File([new Uint8Array(readFileSync(file))], 'result.csv'));
    const applied = await h.app.request(`/api/disbursements/${batch.id}/results`, {
      method: 'POST',
      headers: { origin: 'http://localhost', cookie: approver.cookie },
      body: form,
    });
    expect(applied.status).toBe(200);
    await invariants({ paid: n - n / 10, failed: n / 10 });
  }, 60_000);
});
