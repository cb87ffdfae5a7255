import { unique } from '@talent/db/testing';
import {
  addDays,
  addWorkingDays,
  chinaHolidays2024to2026,
  makeCalendar,
  todayInChina,
  workingDaysBetween,
} from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness, testPii } from '../../testing/index.js';
import { insertCase } from './queue.fixtures.js';
import { overdueCutoff, type QueueItem, type QueuePage, queueFilter } from './queue.js';
import { countQueue } from './queueRepository.js';

type Counts = { counts: Record<string, number>; overdue: number; limit: number };

async function page(h: TestHarness, cookie: string, query: string): Promise<QueuePage> {
  const res = await h.call('GET', `/api/bureau/settlements?${query}`, { cookie });
  expect(res.status, query).toBe(200);
  return (await res.json()) as QueuePage;
}

const numbers = (p: QueuePage) => p.items.map((i) => i.number);
const calendar = makeCalendar(chinaHolidays2024to2026);
const today = todayInChina();

describe('GET /api/bureau/settlements', () => {
  it('lists green-channel cases first, then by deadline, masked, with the holder', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const name = `张${unique('')}丰`;
    const late = await insertCase(h, name, { dueOn: '2030-03-01' });
    const early = await insertCase(h, name, { dueOn: '2030-01-02', state: 'under_review' });
    const green = await insertCase(h, name, {
      dueOn: '2030-06-01',
      greenChannel: true,
      route: 'talent_card',
    });
    const approved = await insertCase(h, name, { dueOn: '2030-02-01', state: 'approved' });

    const result = await page(h, reviewer.cookie, `q=${encodeURIComponent(name)}`);
    expect(result.total).toBe(4);
    expect(numbers(result)).toEqual([green.number, early.number, approved.number, late.number]);
    const first = result.items[0] as QueueItem;
    expect(first).toEqual({
      id: green.id,
      number: green.number,
      applicantName: `张${'*'.repeat(name.length - 2)}丰`,
      route: 'talent_card',
      countyCode: '621002',
      state: 'submitted',
      tier: 'bachelor',
      greenChannel: true,
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      dueOn: '2030-06-01',
      overdueWorkingDays: 0,
      holder: 'reviewer',
    });
    expect(result.items.find((i) => i.id === approved.id)?.holder).toBe('registrar');
    // nothing in the page reveals the full name or a resident ID
    const text = JSON.stringify(result);
    expect(text).not.toContain(name);
    expect(text).not.toContain(late.applicant.residentId);
  });

  it('pages on the server and sorts by submission time or number both ways', async () => {
    const h = await createTestHarness();
    const auditor = await h.bureau(['auditor']);
    const name = `页${unique('')}`;
    const cases = [];
    for (let i = 0; i < 5; i++) {
      cases.push(await insertCase(h, name, { submittedAt: new Date(Date.UTC(2026, 0, 10 + i)) }));
    }
    const q = `q=${encodeURIComponent(name)}`;
    const p1 = await page(h, auditor.cookie, `${q}&sort=submittedAt&order=desc&pageSize=2`);
    const p3 = await page(h, auditor.cookie, `${q}&sort=submittedAt&order=desc&pageSize=2&page=3`);
    expect(p1).toMatchObject({ total: 5, totalEstimated: false, page: 1, pageSize: 2 });
    expect(numbers(p1)).toEqual([cases[4]?.number, cases[3]?.number]);
    expect(numbers(p3)).toEqual([cases[0]?.number]);
    const byNumber = await page(h, auditor.cookie, `${q}&sort=number&order=asc`);
    expect(numbers(byNumber)).toEqual(cases.map((c) => c.number).sort());
    const byNumberDesc = await page(h, auditor.cookie, `${q}&sort=number&order=desc`);
    expect(numbers(byNumberDesc)).toEqual(
      cases
        .map((c) => c.number)
        .sort()
        .reverse(),
    );
  });

  it('filters by route, county, one or several states, tier and green channel', async () => {
    const h = await createTestHarness();
    const approver = await h.bureau(['approver']);
    const name = `筛${unique('')}`;
    const a = await insertCase(h, name, { countyCode: '621022', tier: 'master' });
    const b = await insertCase(h, name, { state: 'under_review', route: 'residence', tier: null });
    const c = await insertCase(h, name, { state: 'registered', greenChannel: true, route: 'talent_card' });
    const q = `q=${encodeURIComponent(name)}`;
    const only = async (filter: string) => numbers(await page(h, approver.cookie, `${q}&${filter}`)).sort();
    expect(await only('county=621022')).toEqual([a.number]);
    expect(await only('route=residence')).toEqual([b.number]);
    expect(await only('tier=master')).toEqual([a.number]);
    expect(await only('green=true')).toEqual([c.number]);
    expect(await only('green=false')).toEqual([a.number, b.number].sort());
    expect(await only('state=registered')).toEqual([c.number]);
    expect(await only('state=submitted,under_review')).toEqual([a.number, b.number].sort());
    expect(await only('state=submitted&state=registered')).toEqual([a.number, c.number].sort());
    expect(await only('state=submitted&county=621002')).toEqual([]);
  });

  it('never shows drafts, nor applications withdrawn before submission', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const name = `草${unique('')}`;
    await insertCase(h, name, { state: 'draft' });
    await insertCase(h, name, { state: 'withdrawn', submittedAt: null, dueOn: null });
    const withdrawn = await insertCase(h, name, { state: 'withdrawn' });
    const q = `q=${encodeURIComponent(name)}`;
    expect(numbers(await page(h, admin.cookie, q))).toEqual([withdrawn.number]);
    expect(numbers(await page(h, admin.cookie, `${q}&state=draft`))).toEqual([]);
    expect(numbers(await page(h, admin.cookie, `${q}&state=withdrawn`))).toEqual([withdrawn.number]);
  });

  it('marks open cases past their deadline by working days and filters them', async () => {
    const h = await createTestHarness();
    const registrar = await h.bureau(['registrar']);
    const name = `期${unique('')}`;
    const dueOn = addWorkingDays(calendar, today, -7);
    const overdue = await insertCase(h, name, { state: 'under_review', dueOn });
    const onTime = await insertCase(h, name, { dueOn: addWorkingDays(calendar, today, 3) });
    // decided or with the applicant: the deadline for the decision no longer runs
    await insertCase(h, name, { state: 'approved', dueOn });
    await insertCase(h, name, { state: 'rejected', dueOn });
    await insertCase(h, name, { state: 'returned', dueOn });
    const q = `q=${encodeURIComponent(name)}`;
    const all = await page(h, registrar.cookie, q);
    const byId = new Map(all.items.map((i) => [i.id, i]));
    expect(byId.get(overdue.id)?.overdueWorkingDays).toBe(workingDaysBetween(calendar, dueOn, today));
    expect(byId.get(overdue.id)?.overdueWorkingDays).toBeGreaterThanOrEqual(6);
    expect(byId.get(onTime.id)?.overdueWorkingDays).toBe(0);
    expect([...byId.values()].filter((i) => i.overdueWorkingDays > 0)).toHaveLength(1);
    expect(numbers(await page(h, registrar.cookie, `${q}&overdue=true`))).toEqual([overdue.number]);
    expect((await page(h, registrar.cookie, `${q}&overdue=false`)).total).toBe(5);
  });

  it('finds a case by its number or by the applicant’s resident ID', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const target = await insertCase(h, `号${unique('')}`);
    const byNumber = await page(h, reviewer.cookie, `q=${target.number.toLowerCase()}`);
    expect(numbers(byNumber)).toEqual([target.number]);
    const byId = await page(h, reviewer.cookie, `q=${target.applicant.residentId}`);
    expect(numbers(byId)).toEqual([target.number]);
  });

  it('answers bad parameters with 400 in the one error shape', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    for (const query of [
      'state=nonsense',
      'state=submitted,nonsense',
      'county=110000',
      'route=space',
      'tier=emperor',
      'overdue=yes',
      'green=1',
      'sort=password_hash',
      'order=up',
      'pageSize=500',
      'page=0',
    ]) {
      const res = await h.call('GET', `/api/bureau/settlements?${query}`, { cookie: reviewer.cookie });
      expect(res.status, query).toBe(400);
      expect((await errorOf(res)).code).toBe('validation_failed');
    }
    const blank = await h.call('GET', '/api/bureau/settlements?state=&county=&green=&sort=&q=', {
      cookie: reviewer.cookie,
    });
    expect(blank.status).toBe(200);
  });
});

describe('GET /api/bureau/settlements/counts', () => {
  it('counts the bureau-held states and the overdue cases under the same filters', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const name = `数${unique('')}`;
    await insertCase(h, name);
    await insertCase(h, name, { dueOn: addDays(overdueCutoff(calendar, today), -1) });
    await insertCase(h, name, { state: 'under_review' });
    await insertCase(h, name, { state: 'approved', countyCode: '621027', dueOn: '2020-01-06' });
    await insertCase(h, name, { state: 'registered' });
    const res = await h.call('GET', `/api/bureau/settlements/counts?q=${encodeURIComponent(name)}`, {
      cookie: reviewer.cookie,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      counts: { submitted: 2, under_review: 1, approved: 1 },
      overdue: 1,
      limit: 10_000,
    } satisfies Counts);
    const county = await h.call(
      'GET',
      `/api/bureau/settlements/counts?q=${encodeURIComponent(name)}&county=621027`,
      { cookie: reviewer.cookie },
    );
    expect(((await county.json()) as Counts).counts).toEqual({ submitted: 0, under_review: 0, approved: 1 });
  });
});

describe('countQueue', () => {
  it('counts exactly up to the limit, then gives the planner’s estimate', async () => {
    const h = await createTestHarness();
    const name = `估${unique('')}`;
    for (let i = 0; i < 4; i++) await insertCase(h, name);
    const filter = queueFilter({ q: name }, { calendar, today, pii: testPii });
    expect(await countQueue(h.db, filter, 4)).toEqual({ total: 4, estimated: false });
    const over = await countQueue(h.db, filter, 3);
    expect(over.estimated).toBe(true);
    expect(over.total).toBeGreaterThanOrEqual(4);
  });
});

describe('overdueCutoff', () => {
  it('is today on a working day, else the last working day before it', () => {
    expect(overdueCutoff(calendar, '2026-11-27')).toBe('2026-11-27'); // a Friday
    expect(overdueCutoff(calendar, '2026-11-29')).toBe('2026-11-27'); // the Sunday after
    expect(overdueCutoff(calendar, '2026-10-05')).toBe('2026-09-30'); // National Day week
  });
});
