import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { activeAward } from '../clawbacks/fixtures.js';

type Stats = {
  from: string;
  to: string;
  rows: {
    key: string;
    awards: number;
    awardedFen: number;
    scheduledFen: number;
    paidFen: number;
    cancelledFen: number;
  }[];
  totals: { awards: number; scheduledFen: number; paidFen: number };
};

// A year no other test writes awards into, so a shared PostgreSQL database gives exact figures.
const year = 2000 + Math.floor(Math.random() * 9);
const period = `from=${year}-01-01&to=${year}-12-31`;

async function get(h: TestHarness, cookie: string, query: string) {
  return (await (await h.call('GET', `/api/subsidy-statistics?${query}`, { cookie })).json()) as Stats;
}

describe('subsidy statistics', () => {
  it('counts awards and sums scheduled and paid amounts by tier, county and month, with a CSV', async () => {
    const h = await createTestHarness();
    const auditor = await h.bureau(['auditor']);
    const before = await get(h, auditor.cookie, `${period}&groupBy=tier`);
    // a master in Xifeng from March (15,000 + 1,500 × 10 due in the year, paid through June)
    await activeAward(h, { tier: 'master', startDate: `${year}-03-01`, paidThrough: `${year}-06-30` });
    // a special-skills talent in Qingcheng from May (5,000 once, not yet paid)
    await activeAward(h, {
      tier: 'special_skills',
      startDate: `${year}-05-10`,
      paidThrough: `${year - 1}-12-31`,
      countyCode: '621021',
    });

    const byTier = await get(h, auditor.cookie, `${period}&groupBy=tier`);
    expect(byTier.totals.awards - before.totals.awards).toBe(2);
    const master = byTier.rows.find((r) => r.key === 'master');
    const beforeMaster = before.rows.find((r) => r.key === 'master');
    expect((master?.scheduledFen ?? 0) - (beforeMaster?.scheduledFen ?? 0)).toBe(1_500_000 + 10 * 150_000);
    expect((master?.paidFen ?? 0) - (beforeMaster?.paidFen ?? 0)).toBe(1_500_000 + 4 * 150_000);
    expect(byTier.rows.map((r) => r.key).indexOf('master')).toBeLessThan(
      byTier.rows.map((r) => r.key).indexOf('special_skills'),
    );

    const byCounty = await get(h, auditor.cookie, `${period}&groupBy=county`);
    expect(byCounty.rows.find((r) => r.key === '621021')?.scheduledFen).toBeGreaterThanOrEqual(500_000);
    const byMonth = await get(h, auditor.cookie, `${period}&groupBy=month`);
    expect(byMonth.rows.map((r) => r.key)).toEqual([...byMonth.rows.map((r) => r.key)].sort());
    expect(byMonth.rows.every((r) => r.key.startsWith(String(year)))).toBe(true);
    expect(byMonth.totals.scheduledFen).toBe(byTier.totals.scheduledFen);

    const csv = await h.call('GET', `/api/subsidy-statistics/export.csv?${period}&groupBy=tier`, {
      cookie: auditor.cookie,
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('分组,获批人数')).toBe(true);
    expect(text).toContain('硕士研究生,');
    expect(text).toMatch(/合计,\d+,/);
    const en = await h.call('GET', `/api/subsidy-statistics/export.csv?${period}`, {
      cookie: auditor.cookie,
      headers: { 'accept-language': 'en' },
    });
    expect(await en.text()).toContain('Group,Awards');
  });

  it('defaults to this calendar year and refuses a reversed or malformed period', async () => {
    const h = await createTestHarness();
    const finance = await h.bureau(['finance']);
    const stats = await get(h, finance.cookie, '');
    const thisYear = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4);
    expect(stats).toMatchObject({ from: `${thisYear}-01-01`, to: `${thisYear}-12-31` });
    const reversed = await h.call('GET', '/api/subsidy-statistics?from=2026-05-01&to=2026-04-01', {
      cookie: finance.cookie,
    });
    expect((await errorOf(reversed)).details?.fields?.[0]).toMatchObject({
      path: 'to',
      code: 'validation.statistics.range',
    });
    for (const q of ['from=2026-02-30', 'groupBy=year', "to='; drop table award; --"]) {
      expect(
        (await h.call('GET', `/api/subsidy-statistics?${q}`, { cookie: finance.cookie })).status,
        q,
      ).toBe(400);
    }
  });
});

describe('subsidy statistics: security', () => {
  it('401 anonymous, 403 for graduates, employers and the registrar', async () => {
    const h = await createTestHarness();
    for (const path of ['/api/subsidy-statistics', '/api/subsidy-statistics/export.csv']) {
      expect((await h.call('GET', path)).status).toBe(401);
      for (const user of [await h.applicant(), await h.employerStaff(), await h.bureau(['registrar'])]) {
        expect((await h.call('GET', path, { cookie: user.cookie })).status).toBe(403);
      }
    }
  });
});
