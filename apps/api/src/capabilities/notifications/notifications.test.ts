import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../platform/db.js';
import { createTestHarness } from '../../testing/index.js';
import { notify } from './service.js';

type Page = {
  items: {
    id: string;
    kind: string;
    text: { 'zh-CN': string; en: string };
    read: boolean;
    entityId: string | null;
  }[];
  total: number;
  unread: number;
};

describe('notifications', () => {
  it('writes the in-app row and the SMS outbox row in the caller’s transaction', async () => {
    const h = await createTestHarness();
    const user = await h.applicant();
    await inTransaction(h.db, (trx) =>
      notify(trx, {
        userId: user.id,
        kind: 'notification.settlement.submit',
        params: { number: 'QYLH-2026-000001', dueOn: '2026-03-09' },
        entity: 'settlement_application',
        entityId: 'x',
      }),
    );
    await expect(
      inTransaction(h.db, async (trx) => {
        await notify(trx, {
          userId: user.id,
          kind: 'notification.settlement.withdraw',
          params: { number: 'n' },
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const sms = await h.db.selectFrom('sms_outbox').selectAll().where('user_id', '=', user.id).execute();
    expect(sms).toHaveLength(1);
    expect(sms[0]).toMatchObject({ template: 'notification.settlement.submit', status: 'pending' });

    const res = await h.call('GET', '/api/notifications', { cookie: user.cookie });
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    expect(page.total).toBe(1);
    expect(page.unread).toBe(1);
    expect(page.items[0]?.text['zh-CN']).toBe('您的落户申请QYLH-2026-000001已提交,将于2026-03-09前办结');
    expect(page.items[0]?.text.en).toContain('decided by 2026-03-09');
  });

  it('marks one or all read, and pages newest first', async () => {
    const h = await createTestHarness();
    const user = await h.applicant();
    for (let i = 1; i <= 3; i++) {
      await notify(h.db, {
        userId: user.id,
        kind: 'notification.settlement.start_review',
        params: { number: `N${i}` },
      });
    }
    const first = (await (
      await h.call('GET', '/api/notifications?pageSize=2', { cookie: user.cookie })
    ).json()) as Page;
    expect(first.items.map((i) => i.text.en)).toEqual([
      'Your settlement application N3 is under review',
      'Your settlement application N2 is under review',
    ]);
    expect(first.total).toBe(3);
    const id = first.items[0]?.id;
    expect((await h.call('POST', `/api/notifications/${id}/read`, { cookie: user.cookie })).status).toBe(204);
    // reading twice is harmless
    expect((await h.call('POST', `/api/notifications/${id}/read`, { cookie: user.cookie })).status).toBe(204);
    const unread = (await (
      await h.call('GET', '/api/notifications?unread=true', { cookie: user.cookie })
    ).json()) as Page;
    expect(unread.total).toBe(2);
    const all = await h.call('POST', '/api/notifications/read-all', { cookie: user.cookie });
    expect(await all.json()).toEqual({ marked: 2 });
    const after = (await (await h.call('GET', '/api/notifications', { cookie: user.cookie })).json()) as Page;
    expect(after.unread).toBe(0);
    expect(after.items.every((i) => i.read)).toBe(true);
  });
});
