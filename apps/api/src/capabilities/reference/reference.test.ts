import { describe, expect, it } from 'vitest';
import { createTestHarness, expectNoServerError, SQL_METACHARACTERS } from '../../testing/index.js';
import { collectiveEmployer, createDraft, graduate, policeStation } from '../settlement/fixtures.js';

describe('reference data', () => {
  it('lists the police stations of a county', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const id = await policeStation(h, '621027');
    const res = await h.call('GET', '/api/reference/police-stations?county=621027', { cookie: a.cookie });
    const { items } = (await res.json()) as { items: { id: string; countyCode: string }[] };
    expect(items.map((i) => i.id)).toContain(id);
    expect(items.every((i) => i.countyCode === '621027')).toBe(true);
    expect(
      (await h.call('GET', '/api/reference/police-stations?county=110101', { cookie: a.cookie })).status,
    ).toBe(400);
  });

  it('offers only verified collective households with room left', async () => {
    const h = await createTestHarness();
    const full = await collectiveEmployer(h, { capacity: 1 });
    const roomy = await collectiveEmployer(h, { capacity: 3 });
    const g = await graduate(h);
    await createDraft(h, g, {
      route: 'graduate',
      settleAt: 'employer_collective',
      employerId: full.employerId,
      documents: g.documents,
    });
    // a draft holds no place yet; a submitted request does
    const list = async () =>
      (
        (await (
          await h.call('GET', '/api/reference/collective-employers?county=621021', { cookie: g.cookie })
        ).json()) as {
          items: { id: string; placesLeft: number }[];
        }
      ).items;
    expect((await list()).find((i) => i.id === full.employerId)?.placesLeft).toBe(1);
    await h.db
      .updateTable('settlement_application')
      .set({ collective_status: 'pending' })
      .where('employer_id', '=', full.employerId)
      .execute();
    const items = await list();
    expect(items.find((i) => i.id === full.employerId)).toBeUndefined();
    expect(items.find((i) => i.id === roomy.employerId)?.placesLeft).toBe(3);
  });

  it('finds verified employers by name, safely', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const e = await h.employerStaff({ status: 'verified' });
    const name = (
      await h.db
        .selectFrom('employer')
        .select('name')
        .where('id', '=', e.employerId)
        .executeTakeFirstOrThrow()
    ).name;
    const res = await h.call('GET', `/api/reference/employers?q=${encodeURIComponent(name)}`, {
      cookie: a.cookie,
    });
    expect(((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
      e.employerId,
    ]);
    for (const text of SQL_METACHARACTERS) {
      expectNoServerError(
        await h.call('GET', `/api/reference/employers?q=${encodeURIComponent(text)}`, { cookie: a.cookie }),
        text,
      );
    }
  });
});
