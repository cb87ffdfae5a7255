import { verifyAuditChain } from '@talent/db';
import { asOwner, createScratchDb, type ScratchDb } from '@talent/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, type TestHarness } from '../testing/index.js';
import { writeAudit } from './audit.js';

// The chain on a database of its own: these tests break it on purpose.
describe('the audit chain', () => {
  let scratch: ScratchDb;
  let h: TestHarness;
  beforeAll(async () => {
    scratch = await createScratchDb();
    h = await createTestHarness({}, scratch);
  });
  afterAll(async () => {
    await scratch?.dispose();
  });

  it('does not fork under 50 parallel requests that each write a row', async () => {
    const users = await Promise.all(Array.from({ length: 50 }, () => h.applicant({ residentId: null })));
    const statuses = await Promise.all(
      users.map(async (u) => (await h.call('POST', '/api/auth/sign-out', { cookie: u.cookie })).status),
    );
    expect(statuses.every((s) => s === 204 || s === 200)).toBe(true);
    const rows = await h.db.selectFrom('audit_log').select(['seq', 'prev_hash']).orderBy('seq').execute();
    expect(rows.filter((r) => r.seq > 0).length).toBeGreaterThanOrEqual(50);
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(rows.length);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true, rows: rows.length });
  });

  it('names the row an owner changed behind the trigger, then the gap a deletion left', async () => {
    for (const i of [1, 2, 3]) {
      await writeAudit(
        h.db,
        { requestId: `chain-${i}` },
        {
          actor: null,
          action: 'test.chain',
          entity: 'thing',
          entityId: String(i),
          details: { masked: '6210**********123X', n: i, nested: { b: [1, 'x'], a: true } },
        },
      );
    }
    const rows = await h.db
      .selectFrom('audit_log')
      .select(['id', 'seq', 'details'])
      .where('action', '=', 'test.chain')
      .orderBy('seq')
      .execute();
    const [first, second, third] = rows;
    if (!first || !second || !third) throw new Error('three rows expected');
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true });

    // an attacker with the owner's rights: the trigger is theirs to disable, the chain is not
    const tamper = (statement: ReturnType<typeof sql>) =>
      asOwner(h.db, async (owner) => {
        await sql`alter table audit_log disable trigger audit_log_no_change`.execute(owner);
        await statement.execute(owner);
        await sql`alter table audit_log enable trigger audit_log_no_change`.execute(owner);
      });
    await tamper(sql`update audit_log set details = ${JSON.stringify({ ...second.details, n: 99 })}::jsonb
      where id = ${second.id}`);
    expect(await verifyAuditChain(h.db)).toMatchObject({
      ok: false,
      fault: { seq: second.seq, id: second.id, kind: 'changed' },
    });

    await tamper(
      sql`update audit_log set details = ${JSON.stringify(second.details)}::jsonb where id = ${second.id}`,
    );
    expect(await verifyAuditChain(h.db)).toMatchObject({ ok: true });

    await tamper(sql`delete from audit_log where id = ${second.id}`);
    expect(await verifyAuditChain(h.db)).toMatchObject({
      ok: false,
      rows: first.seq,
      fault: { seq: third.seq, id: third.id, kind: 'removed' },
    });
  });

  it('refuses the app role an update of the trail', async () => {
    await expect(sql`update audit_log set action = 'forged'`.execute(h.db)).rejects.toMatchObject({
      code: '42501',
    });
  });
});
