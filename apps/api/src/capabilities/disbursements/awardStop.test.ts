import type { ScratchDb } from '@talent/db/testing';
import { lineReference, todayInChina, yuanText } from '@talent/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { verifiedOrganisation } from '../employers/fixtures.js';
import {
  type AwardFixture,
  disbursementDatabase,
  freshEra,
  insertAward,
  lineStates,
  resultCsv,
  uploadResults,
} from './fixtures.js';
import type { BatchView } from './view.js';

// Leaving within the service commitment stops the unpaid parts (庆政办发〔2022〕44号 二(四)5): a
// departure takes the award's lines out of every batch the bank has not seen, flags them in one it
// has, and nothing brings them back; "sent to the bank" is its own explicit step.

let scratch: ScratchDb | undefined;
let h: TestHarness;
let preparer: Awaited<ReturnType<TestHarness['bureau']>>;
let approver: Awaited<ReturnType<TestHarness['bureau']>>;
let employer: Awaited<ReturnType<typeof verifiedOrganisation>>;

beforeAll(async () => {
  scratch = await disbursementDatabase();
  h = await createTestHarness({}, scratch);
  preparer = await h.bureau(['finance']);
  approver = await h.bureau(['finance']);
  employer = await verifiedOrganisation(h);
});
afterAll(async () => {
  await scratch?.dispose();
});

const era = () => freshEra(1800);

/** An award of this employer's, so that its admin may report the departure. */
async function employedAward(lines: { amountFen: number; dueDate: string }[]): Promise<AwardFixture> {
  const a = await insertAward(h, lines);
  await h.db
    .updateTable('award')
    .set({ employer_id: employer.employerId })
    .where('id', '=', a.awardId)
    .execute();
  return a;
}

function depart(a: AwardFixture) {
  return h.call('POST', `/api/employer/awards/${a.awardId}/departure`, {
    cookie: employer.admin.cookie,
    body: { departedOn: todayInChina() },
  });
}

async function prepare(asOf: string): Promise<BatchView> {
  const res = await h.call('POST', '/api/disbursements', {
    cookie: preparer.cookie,
    body: { dueAsOf: asOf },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as BatchView;
}

async function get(batchId: string): Promise<BatchView> {
  return (await (
    await h.call('GET', `/api/disbursements/${batchId}`, { cookie: approver.cookie })
  ).json()) as BatchView;
}

async function approve(batch: BatchView): Promise<BatchView> {
  const res = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
    cookie: approver.cookie,
    body: { event: 'approve', version: batch.version },
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as BatchView;
}

async function download(batchId: string): Promise<string> {
  const res = await h.call('GET', `/api/disbursements/${batchId}/roster.csv`, { cookie: approver.cookie });
  expect(res.status).toBe(200);
  return res.text();
}

function send(batch: BatchView) {
  return h.call('POST', `/api/disbursements/${batch.id}/send`, {
    cookie: approver.cookie,
    body: { version: batch.version },
  });
}

type LineView = {
  lineNo: number;
  paymentLineId: string;
  amountFen: number;
  result: string;
  withdrawnReason: string | null;
  awardStopped: boolean;
};
async function linesOf(batchId: string): Promise<LineView[]> {
  const res = await h.call('GET', `/api/disbursements/${batchId}/lines?pageSize=100`, {
    cookie: approver.cookie,
  });
  return ((await res.json()) as { items: LineView[] }).items;
}

/** Every roster line agrees with its instalment, and the batch's count and total with its lines. */
async function consistent(batchId: string) {
  const { rows } = await sql<{ result: string; state: string }>`
    select d.result, p.state from disbursement_line d join payment_line p on p.id = d.payment_line_id
    where d.batch_id = ${batchId}`.execute(h.db);
  const pairs: Record<string, string> = {
    pending: 'in_batch',
    withdrawn: 'cancelled',
    released: 'scheduled',
  };
  for (const r of rows) if (pairs[r.result]) expect(r.state, r.result).toBe(pairs[r.result]);
  const { rows: totals } = await sql<{ n: number; fen: string; line_count: number; total_fen: string }>`
    select count(d.id) filter (where d.result <> 'withdrawn')::int as n,
      coalesce(sum(d.amount_fen) filter (where d.result <> 'withdrawn'), 0)::text as fen,
      b.line_count, b.total_fen::text
    from disbursement_batch b left join disbursement_line d on d.batch_id = b.id
    where b.id = ${batchId} group by b.id`.execute(h.db);
  expect(totals[0]?.n).toBe(totals[0]?.line_count);
  expect(totals[0]?.fen).toBe(totals[0]?.total_fen);
}

describe('a departure while the award’s lines are in a batch', () => {
  it('takes them out of a prepared batch: totals recomputed, audited per batch, shown to the approver', async () => {
    const { asOf, due } = era();
    const leaver = await employedAward([
      { amountFen: 1000, dueDate: due(1) },
      { amountFen: 2000, dueDate: due(2) },
    ]);
    const stayer = await insertAward(h, [{ amountFen: 5000, dueDate: due(3) }]);
    const batch = await prepare(asOf);
    expect(batch).toMatchObject({ lineCount: 3, totalFen: 8000 });

    const res = await depart(leaver);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'stopped', cancelledLines: 2, cancelledFen: 3000 });

    const after = await get(batch.id);
    expect(after).toMatchObject({
      state: 'prepared',
      lineCount: 1,
      totalFen: 5000,
      withdrawnCount: 2,
      withdrawnFen: 3000,
      version: batch.version + 1,
    });
    expect(await lineStates(h.db, [...leaver.lineIds, ...stayer.lineIds])).toEqual({
      [leaver.lineIds[0] as string]: 'cancelled',
      [leaver.lineIds[1] as string]: 'cancelled',
      [stayer.lineIds[0] as string]: 'in_batch',
    });
    const lines = await linesOf(batch.id);
    expect(lines.filter((l) => l.result === 'withdrawn').map((l) => l.withdrawnReason)).toEqual([
      'award_stopped',
      'award_stopped',
    ]);
    const audit = await h.auditOf(batch.id, 'disbursement.lines_withdrawn');
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      awardId: leaver.awardId,
      reason: 'award_stopped',
      lineCount: 2,
      totalFen: 3000,
    });
    await consistent(batch.id);

    // approved and sent, the roster carries only what is still to be paid
    const approved = await approve(after);
    const csv = await download(batch.id);
    expect(csv).toContain(stayer.account);
    expect(csv).not.toContain(leaver.account);
    expect((await send(approved)).status).toBe(200);
  });

  it('takes them out of an approved batch whose roster was downloaded: sending that roster is refused', async () => {
    const { asOf, due } = era();
    const leaver = await employedAward([{ amountFen: 1000, dueDate: due(1) }]);
    await insertAward(h, [{ amountFen: 5000, dueDate: due(2) }]);
    const approved = await approve(await prepare(asOf));
    expect(await download(approved.id)).toContain(leaver.account);

    expect((await depart(leaver)).status).toBe(200);
    const after = await get(approved.id);
    expect(after).toMatchObject({ state: 'approved', lineCount: 1, totalFen: 5000, withdrawnCount: 1 });
    // the old version: stale; the new one without a fresh download: the roster changed
    expect((await send(approved)).status).toBe(409);
    const changed = await send(after);
    expect(changed.status).toBe(409);
    expect((await errorOf(changed)).message).toMatch(/重新下载/);
    expect(await download(after.id)).not.toContain(leaver.account);
    expect((await send(after)).status).toBe(200);
    await consistent(after.id);
  });

  it('flags them in a batch already sent: a returned payment is not reissued', async () => {
    const { asOf, due } = era();
    const leaver = await employedAward([{ amountFen: 1000, dueDate: due(1) }]);
    const approved = await approve(await prepare(asOf));
    await download(approved.id);
    const sent = (await (await send(approved)).json()) as BatchView;
    expect(sent.state).toBe('exported');

    expect((await depart(leaver)).status).toBe(200);
    const [line] = await linesOf(sent.id);
    expect(line).toMatchObject({ result: 'pending', awardStopped: true });
    expect(await get(sent.id)).toMatchObject({ lineCount: 1, withdrawnCount: 0 });
    expect(await h.auditOf(sent.id, 'disbursement.lines_flagged')).toHaveLength(1);

    const file = resultCsv([[lineReference(sent.number, 1), yuanText(1000), '失败', '账户已销户', '']]);
    expect((await uploadResults(h, sent.id, approver.cookie, file)).status).toBe(200);
    const failed = await h.call('GET', '/api/disbursements/failed-lines?pageSize=100', {
      cookie: preparer.cookie,
    });
    const item = (
      (await failed.json()) as { items: { id: string; version: number; awardStopped: boolean }[] }
    ).items.find((i) => i.id === leaver.lineIds[0]);
    expect(item).toMatchObject({ awardStopped: true });
    const reissue = await h.call('POST', `/api/disbursements/failed-lines/${item?.id}/reissue`, {
      cookie: preparer.cookie,
      body: { version: item?.version },
    });
    expect(reissue.status).toBe(409);
    expect((await errorOf(reissue)).message).toMatch(/终止/);
    expect(await lineStates(h.db, leaver.lineIds)).toEqual({ [leaver.lineIds[0] as string]: 'failed' });
  });

  it('never puts a stopped award’s lines back to "scheduled" when their batch is cancelled', async () => {
    const { asOf, due } = era();
    const stopped = await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const active = await insertAward(h, [{ amountFen: 2000, dueDate: due(2) }]);
    const batch = await prepare(asOf);
    // stopped by any way other than the departure route (which withdraws at once)
    await h.db.updateTable('award').set({ state: 'stopped' }).where('id', '=', stopped.awardId).execute();
    const res = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: preparer.cookie,
      body: { event: 'cancel', version: batch.version, reason: '批次编制有误,重新编制' },
    });
    expect(res.status).toBe(200);
    expect(await lineStates(h.db, [...stopped.lineIds, ...active.lineIds])).toEqual({
      [stopped.lineIds[0] as string]: 'cancelled',
      [active.lineIds[0] as string]: 'scheduled',
    });
  });

  it('orders a departure and the sending of its batch at once: one goes first, the result holds either way', async () => {
    for (let round = 0; round < 3; round++) {
      const { asOf, due } = era();
      const leaver = await employedAward([{ amountFen: 1000, dueDate: due(1) }]);
      await insertAward(h, [{ amountFen: 5000, dueDate: due(2) }]);
      const approved = await approve(await prepare(asOf));
      await download(approved.id);
      const [left, sent] = await Promise.all([depart(leaver), send(approved)]);
      expect(left.status).toBe(200);
      const batch = await get(approved.id);
      const [line] = (await linesOf(approved.id)).filter((l) => l.paymentLineId === leaver.lineIds[0]);
      if (sent.status === 200) {
        // sent first: the line is with the bank, flagged
        expect(batch).toMatchObject({ state: 'exported', lineCount: 2, withdrawnCount: 0 });
        expect(line).toMatchObject({ result: 'pending', awardStopped: true });
      } else {
        // the departure first: withdrawn, and the roster as downloaded may not be sent
        expect(sent.status).toBe(409);
        expect(batch).toMatchObject({ state: 'approved', lineCount: 1, withdrawnCount: 1 });
        expect(line).toMatchObject({ result: 'withdrawn' });
      }
      await consistent(approved.id);
    }
  });

  it('orders a departure and the approval of its batch at once: the lines leave it either way', async () => {
    const { asOf, due } = era();
    const leaver = await employedAward([{ amountFen: 1000, dueDate: due(1) }]);
    await insertAward(h, [{ amountFen: 5000, dueDate: due(2) }]);
    const batch = await prepare(asOf);
    const [left, approved] = await Promise.all([
      depart(leaver),
      h.call('POST', `/api/disbursements/${batch.id}/events`, {
        cookie: approver.cookie,
        body: { event: 'approve', version: batch.version },
      }),
    ]);
    expect(left.status).toBe(200);
    // approval first: it happened, the lines left afterwards; the departure first: the version moved on
    expect([200, 409]).toContain(approved.status);
    expect(await get(batch.id)).toMatchObject({ lineCount: 1, totalFen: 5000, withdrawnCount: 1 });
    expect(await lineStates(h.db, leaver.lineIds)).toEqual({ [leaver.lineIds[0] as string]: 'cancelled' });
    await consistent(batch.id);
  });
});

describe('sending to the bank', () => {
  it('is an explicit step: only after a download, once (a double click gets 409), audited', async () => {
    const { asOf, due } = era();
    await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const batch = await prepare(asOf);
    expect((await send(batch)).status).toBe(409);
    const approved = await approve(batch);
    const notDownloaded = await send(approved);
    expect(notDownloaded.status).toBe(409);
    expect((await errorOf(notDownloaded)).message).toMatch(/下载/);
    await download(approved.id);
    expect((await get(approved.id)).state).toBe('approved');
    const own = await h.call('POST', `/api/disbursements/${approved.id}/send`, {
      cookie: preparer.cookie,
      body: { version: approved.version },
    });
    // the preparer may send it (four eyes are on the approval), so this is the one that goes through
    const twice = await send(approved);
    expect([own.status, twice.status].sort()).toEqual([200, 409]);
    const sent = await get(approved.id);
    expect(sent).toMatchObject({ state: 'exported', sentBy: { id: expect.any(String) } });
    expect(sent.exportedAt).not.toBeNull();
    expect(await h.auditOf(approved.id, 'disbursement.send')).toHaveLength(1);
  });
});
