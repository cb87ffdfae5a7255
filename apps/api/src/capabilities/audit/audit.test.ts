import { unique } from '@talent/db/testing';
import { todayInChina } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { writeAudit } from '../../platform/audit.js';
import { createTestHarness } from '../../testing/index.js';

describe('GET /api/audit', () => {
  it('lists the trail newest first, filtered by person, record, action and day', async () => {
    const h = await createTestHarness();
    const auditor = await h.bureau(['auditor']);
    const name = unique('审计对象');
    const actor = await h.bureau(['reviewer']);
    await h.db.updateTable('app_user').set({ name }).where('id', '=', actor.id).execute();
    const entityId = unique('rec');
    for (const action of ['test.audit.open', 'test.audit.close', 'other.audit']) {
      await writeAudit(
        h.db,
        { requestId: unique('req') },
        {
          actor: { userId: actor.id, kind: 'bureau' },
          action,
          entity: 'test_record',
          entityId,
          details: { mobile: '138****0000' },
        },
      );
    }
    const list = async (query: string) => {
      const res = await h.call('GET', `/api/audit?${query}`, { cookie: auditor.cookie });
      expect(res.status, query).toBe(200);
      return (await res.json()) as {
        items: Array<{ action: string; seq: number; actorName: string; details: unknown; hash: string }>;
        total: number;
      };
    };
    const all = await list(`entity=test_record&entityId=${entityId}`);
    expect(all.total).toBe(3);
    expect(all.items.map((i) => i.action)).toEqual(['other.audit', 'test.audit.close', 'test.audit.open']);
    expect(all.items[0]).toMatchObject({ actorName: name, details: { mobile: '138****0000' } });
    expect(all.items[0]?.hash).toMatch(/^[0-9a-f]{64}$/);

    expect((await list(`entityId=${entityId}&action=test.audit.`)).total).toBe(2);
    expect((await list(`entityId=${entityId}&action=test.audit.open`)).total).toBe(1);
    expect((await list(`q=${encodeURIComponent(name)}`)).total).toBe(3);
    expect((await list(`actor=${encodeURIComponent(name)}&action=other.audit`)).total).toBe(1);
    const today = todayInChina();
    expect((await list(`entityId=${entityId}&from=${today}&to=${today}`)).total).toBe(3);
    expect((await list(`entityId=${entityId}&to=2020-01-01`)).total).toBe(0);
    const asc = await list(`entityId=${entityId}&order=asc&pageSize=1&page=2`);
    expect(asc.items.map((i) => i.action)).toEqual(['test.audit.close']);
  });

  it('reports the chain verified, for admins too', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const res = await h.call('GET', '/api/audit/verification', { cookie: admin.cookie });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; rows: number; lastHash: string };
    expect(body.ok).toBe(true);
    expect(body.rows).toBeGreaterThan(0);
    expect(body.lastHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
