import { defaultPolicyVersion, type PolicyVersion } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf } from '../../testing/index.js';
import { newVersion } from './fixtures.js';
import { loadPolicyById } from './service.js';

type Item = { key: string; policy: PolicyVersion; status: string; createdBy: string | null };

describe('policy versions', () => {
  it('an admin creates a future version: listed, audited, diffed against the one before', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const reviewer = await h.bureau(['reviewer']);
    const body = newVersion({
      tiers: {
        ...defaultPolicyVersion.tiers,
        master: {
          ...defaultPolicyVersion.tiers.master,
          livingAllowance: {
            ...defaultPolicyVersion.tiers.master.livingAllowance,
            value: { monthlyFen: 200_000, months: 36 },
          },
        },
      },
    });
    const res = await h.call('POST', '/api/policy/versions', { cookie: admin.cookie, body });
    expect(res.status).toBe(201);
    const { item } = (await res.json()) as { item: Item };
    expect(item).toMatchObject({ status: 'future', policy: { id: body.id }, createdBy: '测试工作人员' });

    const list = (await (
      await h.call('GET', '/api/policy/versions', { cookie: reviewer.cookie })
    ).json()) as {
      items: Item[];
    };
    expect(list.items[0]).toMatchObject({ key: 'default', policy: { id: defaultPolicyVersion.id } });
    expect(list.items.filter((v) => v.status === 'in_force')).toHaveLength(1);
    const dates = list.items.map((v) => v.policy.effectiveFrom);
    expect([...dates].sort()).toEqual(dates);
    expect(list.items.map((v) => v.key)).toContain(item.key);

    const diff = (await (
      await h.call('GET', `/api/policy/versions/${item.key}/diff`, { cookie: reviewer.cookie })
    ).json()) as {
      previous: { effectiveFrom: string } | null;
      changes: { path: string; before: unknown; after: unknown }[];
    };
    expect((diff.previous?.effectiveFrom ?? '') < body.effectiveFrom).toBe(true);
    expect(diff.changes.map((c) => c.path)).toContain('effectiveFrom');
    const base = (await (
      await h.call('GET', '/api/policy/versions/default/diff', { cookie: reviewer.cookie })
    ).json()) as { previous: unknown; changes: unknown[] };
    expect(base).toMatchObject({ previous: null, changes: [] });

    const audit = await h.auditOf(item.key, 'policy.create_version');
    expect(audit[0]).toMatchObject({
      actor_id: admin.id,
      details: { versionId: body.id, effectiveFrom: body.effectiveFrom },
    });
    // the award side finds it by its id
    expect((await loadPolicyById(h.db, body.id))?.tiers.master.livingAllowance.value.monthlyFen).toBe(
      200_000,
    );
    expect((await loadPolicyById(h.db, defaultPolicyVersion.id))?.id).toBe(defaultPolicyVersion.id);
    expect(await loadPolicyById(h.db, 'no-such-version')).toBeUndefined();
  });

  it('refuses a date not after today, a date or id already used, and a body the schema rejects', async () => {
    const h = await createTestHarness();
    const admin = await h.bureau(['admin']);
    const post = (body: unknown) => h.call('POST', '/api/policy/versions', { cookie: admin.cookie, body });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const past = await post(newVersion({ effectiveFrom: today }));
    expect(past.status).toBe(400);
    expect((await errorOf(past)).details?.fields).toEqual([
      {
        path: 'effectiveFrom',
        code: 'validation.policy.effectiveFromNotFuture',
        message: expect.stringContaining('晚于今天'),
      },
    ]);
    const first = newVersion();
    expect((await post(first)).status).toBe(201);
    const sameDate = await post(newVersion({ effectiveFrom: first.effectiveFrom }));
    expect((await errorOf(sameDate)).details?.fields?.[0]).toMatchObject({
      path: 'effectiveFrom',
      code: 'validation.policy.effectiveFromTaken',
    });
    const sameId = await post(newVersion({ id: first.id }));
    expect((await errorOf(sameId)).details?.fields?.[0]).toMatchObject({
      path: 'id',
      code: 'validation.policy.idTaken',
    });
    const bad = await post({
      ...newVersion(),
      publicNoticeWorkingDays: { value: 99, clause: '' },
      tiers: {
        ...defaultPolicyVersion.tiers,
        bachelor: {
          ...defaultPolicyVersion.tiers.bachelor,
          settlingInAllowance: { value: { totalFen: 1.5, parts: 1 }, clause: 'x' },
        },
      },
    });
    expect(bad.status).toBe(400);
    const paths = ((await errorOf(bad)).details?.fields ?? []).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'publicNoticeWorkingDays.value',
        'publicNoticeWorkingDays.clause',
        'tiers.bachelor.settlingInAllowance.value.totalFen',
      ]),
    );
    const count = await h.db
      .selectFrom('policy_version')
      .select('id')
      .where('effective_from', '=', first.effectiveFrom)
      .execute();
    expect(count).toHaveLength(1);
  });
});
