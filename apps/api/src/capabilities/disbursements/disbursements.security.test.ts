import type { ScratchDb } from '@talent/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestHarness,
  errorOf,
  expectNoServerError,
  SQL_METACHARACTERS,
  type TestHarness,
} from '../../testing/index.js';
import { disbursementDatabase, freshEra, insertAward, uploadResults } from './fixtures.js';
import { maxResultFileBytes } from './routes.js';
import type { BatchView } from './view.js';

let scratch: ScratchDb | undefined;
let h: TestHarness;
let finance: Awaited<ReturnType<TestHarness['bureau']>>;
let batch: BatchView;
let failedLineId: string;

beforeAll(async () => {
  scratch = await disbursementDatabase();
  h = await createTestHarness({}, scratch);
  finance = await h.bureau(['finance']);
  const { asOf, due } = freshEra(1900);
  const award = await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
  const res = await h.call('POST', '/api/disbursements', { cookie: finance.cookie, body: { dueAsOf: asOf } });
  batch = (await res.json()) as BatchView;
  failedLineId = award.lineIds[0] as string;
});
afterAll(async () => {
  await scratch?.dispose();
});

const reads = () => [
  '/api/disbursements',
  `/api/disbursements/preview?dueAsOf=2020-01-01`,
  '/api/disbursements/failed-lines',
  '/api/payment-holds?dueAsOf=2020-01-01',
  `/api/disbursements/${batch.id}`,
  `/api/disbursements/${batch.id}/lines`,
  `/api/disbursements/${batch.id}/imports`,
  `/api/disbursements/${batch.id}/roster.csv`,
  `/api/disbursements/${batch.id}/roster.xlsx`,
];
const writes = () =>
  [
    ['/api/disbursements', { dueAsOf: '2020-01-01' }],
    [`/api/disbursements/${batch.id}/events`, { event: 'approve', version: batch.version }],
    [`/api/disbursements/${batch.id}/send`, { version: batch.version }],
    [`/api/disbursements/failed-lines/${failedLineId}/reissue`, { version: 1 }],
  ] as const;

describe('disbursements: security', () => {
  it('answers anonymous callers with 401 everywhere', async () => {
    for (const path of [...reads(), '/api/me/payments']) {
      const res = await h.call('GET', path);
      expect(res.status, path).toBe(401);
    }
    for (const [path, body] of writes())
      expect((await h.call('POST', path, { body })).status, path).toBe(401);
    expect((await uploadResults(h, batch.id, undefined, 'x')).status).toBe(401);
  });

  it('refuses applicants, employers and bureau staff without finance (403), reading or acting', async () => {
    const users = [
      await h.applicant(),
      await h.employerStaff({ status: 'verified' }),
      await h.bureau(['reviewer', 'approver', 'registrar', 'admin']),
    ];
    for (const user of users) {
      for (const path of reads()) {
        const res = await h.call('GET', path, { cookie: user.cookie });
        // a reviewer corrects failed lines, so may list them
        if (path === '/api/disbursements/failed-lines' && user === users[2]) expect(res.status).toBe(200);
        else expect(res.status, path).toBe(403);
      }
      for (const [path, body] of writes().slice(0, 3)) {
        expect((await h.call('POST', path, { cookie: user.cookie, body })).status, path).toBe(403);
      }
      expect((await uploadResults(h, batch.id, user.cookie, 'x')).status).toBe(403);
    }
  });

  it('lets the auditor read the batches but neither act nor download the roster (full accounts)', async () => {
    const auditor = await h.bureau(['auditor']);
    expect((await h.call('GET', `/api/disbursements/${batch.id}`, { cookie: auditor.cookie })).status).toBe(
      200,
    );
    expect(
      (await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, { cookie: auditor.cookie })).status,
    ).toBe(403);
    for (const [path, body] of writes()) {
      expect((await h.call('POST', path, { cookie: auditor.cookie, body })).status, path).toBe(403);
    }
  });

  it('answers a malformed or unknown batch id with 404', async () => {
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      for (const suffix of ['', '/lines', '/imports', '/roster.csv']) {
        const res = await h.call('GET', `/api/disbursements/${id}${suffix}`, { cookie: finance.cookie });
        expect(res.status, `${id}${suffix}`).toBe(404);
      }
      const event = await h.call('POST', `/api/disbursements/${id}/events`, {
        cookie: finance.cookie,
        body: { event: 'approve', version: 1 },
      });
      expect(event.status).toBe(404);
      const send = await h.call('POST', `/api/disbursements/${id}/send`, {
        cookie: finance.cookie,
        body: { version: 1 },
      });
      expect(send.status).toBe(404);
      expect((await uploadResults(h, id, finance.cookie, 'x')).status).toBe(404);
    }
  });

  it('refuses the preparer’s own approval with 403, an unknown event with 400', async () => {
    const own = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: finance.cookie,
      body: { event: 'approve', version: batch.version },
    });
    expect(own.status).toBe(403);
    expect((await errorOf(own)).message).toMatch(/不能|same|同一/);
    const bogus = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: finance.cookie,
      body: { event: 'pay_twice', version: batch.version },
    });
    expect(bogus.status).toBe(400);
  });

  it('refuses result files before export (409), oversized (413) and not CSV/XLSX (415)', async () => {
    expect((await uploadResults(h, batch.id, finance.cookie, '明细号\n')).status).toBe(409);
    const other = await h.bureau(['finance']);
    const approved = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: other.cookie,
      body: { event: 'approve', version: batch.version },
    });
    await (await h.call('GET', `/api/disbursements/${batch.id}/roster.csv`, { cookie: other.cookie })).text();
    // downloaded but not marked as sent: the bank has not answered anything yet
    expect((await uploadResults(h, batch.id, finance.cookie, '明细号\n')).status).toBe(409);
    const sent = await h.call('POST', `/api/disbursements/${batch.id}/send`, {
      cookie: other.cookie,
      body: { version: ((await approved.json()) as BatchView).version },
    });
    expect(sent.status).toBe(200);
    const big = await h.call('POST', `/api/disbursements/${batch.id}/results`, {
      cookie: finance.cookie,
      body: 'x',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(maxResultFileBytes * 2),
      },
    });
    expect(big.status).toBe(413);
    const binary = await uploadResults(
      h,
      batch.id,
      finance.cookie,
      new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x9f]),
    );
    expect(binary.status).toBe(415);
  });

  it('shows an applicant only their own payments; staff have none', async () => {
    const other = await h.applicant();
    const mine = await h.call('GET', '/api/me/payments', { cookie: other.cookie });
    expect(await mine.json()).toEqual({ items: [] });
    expect((await h.call('GET', '/api/me/payments', { cookie: finance.cookie })).status).toBe(403);
  });

  it('answers SQL metacharacters in every parameter with 4xx or success, never 5xx', async () => {
    for (const nasty of SQL_METACHARACTERS) {
      const v = encodeURIComponent(nasty);
      for (const path of [
        `/api/disbursements?state=${v}&page=${v}`,
        `/api/disbursements/preview?dueAsOf=${v}`,
        `/api/disbursements/${v}`,
        `/api/disbursements/${batch.id}/lines?result=${v}&pageSize=${v}`,
      ]) {
        expectNoServerError(await h.call('GET', path, { cookie: finance.cookie }), path);
      }
      const res = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
        cookie: finance.cookie,
        body: { event: nasty, version: 1, reason: nasty },
      });
      expectNoServerError(res, `event ${nasty}`);
    }
  });
});
