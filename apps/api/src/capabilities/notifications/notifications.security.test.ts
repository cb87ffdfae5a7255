import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { notify } from './service.js';

describe('notifications: security', () => {
  it('answer anonymous callers with 401', async () => {
    const h = await createTestHarness();
    for (const [method, path] of [
      ['GET', '/api/notifications'],
      ['POST', '/api/notifications/1/read'],
      ['POST', '/api/notifications/read-all'],
    ] as const) {
      expect((await h.call(method, path)).status, `${method} ${path}`).toBe(401);
    }
  });

  it('keep each user to their own list: another user’s notification is not found', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const b = await h.applicant();
    await notify(h.db, {
      userId: a.id,
      kind: 'notification.settlement.start_review',
      params: { number: 'A' },
    });
    const mine = (await (await h.call('GET', '/api/notifications', { cookie: a.cookie })).json()) as {
      items: { id: string }[];
    };
    const id = mine.items[0]?.id;
    const other = (await (await h.call('GET', '/api/notifications', { cookie: b.cookie })).json()) as {
      total: number;
    };
    expect(other.total).toBe(0);
    expect((await h.call('POST', `/api/notifications/${id}/read`, { cookie: b.cookie })).status).toBe(404);
    expect((await h.call('POST', '/api/notifications/not-a-number/read', { cookie: b.cookie })).status).toBe(
      404,
    );
    expect(await (await h.call('POST', '/api/notifications/read-all', { cookie: b.cookie })).json()).toEqual({
      marked: 0,
    });
    const still = await h.db
      .selectFrom('notification')
      .select('read_at')
      .where('id', '=', Number(id))
      .executeTakeFirst();
    expect(still?.read_at).toBeNull();
  });

  it('refuse mutations without a matching Origin', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    expect(
      (await h.call('POST', '/api/notifications/read-all', { cookie: a.cookie, origin: null })).status,
    ).toBe(403);
  });
});
