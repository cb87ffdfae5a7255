import { asOwner } from '@talent/db/testing';
import {
  chinaHolidays2024to2026,
  defaultPolicyVersion,
  makeCalendar,
  parseResidentId,
  serviceDeadline,
  settlementStates,
} from '@talent/domain';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { nextApplicationNumber } from '../capabilities/settlement/repository.js';
import { createTestHarness, testPii } from '../testing/index.js';
import { generateApplications, generatedSet } from './generate.js';
import { DEMO_QUEUE_SIZE, seedReview } from './review.js';

describe('generateApplications', () => {
  it('tops the generated set up with valid, consistent cases, and does nothing once it is full', async () => {
    const h = await createTestHarness();
    const before = await generatedSet(h.db);
    const target = before.count + 60;
    const today = '2026-11-27';
    const lines: string[] = [];
    const result = await generateApplications(h.db, {
      add: 60,
      pii: testPii,
      batchSize: 25,
      today,
      log: (line) => lines.push(line),
    });
    expect(result).toMatchObject({ before: before.count, added: 60, after: target });
    expect(lines.at(-1)).toMatch(/^done: 60 applications/);
    expect(await generatedSet(h.db)).toEqual({ count: target, next: before.next + 60 });

    const rows = await h.db
      .selectFrom('settlement_application as s')
      .innerJoin('app_user as u', 'u.id', 's.applicant_user_id')
      .selectAll('s')
      .select(['u.login', 'u.resident_id_enc', 'u.resident_id_hmac as user_hmac'])
      .where('u.login', '>=', `166${String(before.next).padStart(8, '0')}`)
      .where('u.login', '<=', '16699999999')
      .execute();
    expect(rows).toHaveLength(60);
    const calendar = makeCalendar(chinaHolidays2024to2026);
    for (const row of rows) {
      const residentId = testPii.decrypt(row.resident_id_enc ?? '');
      expect(parseResidentId(residentId, today).ok, residentId).toBe(true);
      expect(row.resident_id_hmac).toBe(testPii.blindIndex(residentId));
      expect(row.user_hmac).toBe(row.resident_id_hmac);
      expect(settlementStates).toContain(row.state);
      expect(row.number).toMatch(/^QYLH-\d{4}-\d{6,}$/);
      if (row.state === 'draft') {
        expect(row.submitted_at).toBeNull();
        expect(row.due_on).toBeNull();
        continue;
      }
      const submittedOn = new Date(row.submitted_at!.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(submittedOn <= today).toBe(true);
      // the deadline is the policy's, in working days, green channel or not (二(一)5)
      const channel = row.green_channel ? 'green' : 'ordinary';
      expect(row.due_on).toBe(serviceDeadline(calendar, defaultPolicyVersion, submittedOn, channel));
      expect(row.green_channel).toBe(row.route === 'talent_card');
      if (row.settle_at === 'employer_collective') expect(row.employer_id).not.toBeNull();
      if (row.settle_at === 'police_station_collective') expect(row.police_station_id).not.toBeNull();
      if (row.state.startsWith('employment_')) expect(row.route).toBe('graduate');
      if (['registered', 'employment_reported', 'employment_confirmed'].includes(row.state)) {
        expect(row.household_number).toMatch(/^\d{12}$/);
        expect(row.registration_date! <= today).toBe(true);
      }
    }

    const again = await generateApplications(h.db, { applications: target, pii: testPii, today });
    expect(again).toMatchObject({ added: 0, after: target });
  });

  it('numbers past 1,000,000 without truncating, the generator and the service by one rule', async () => {
    const h = await createTestHarness();
    // moving a sequence is the owner's, like `pnpm db:generate` itself; one connection throughout
    await asOwner(h.db, async (owner) => {
      // greatest(): a reused PostgreSQL test database may already be past the boundary
      await sql`select setval('settlement_number_seq', greatest(999999, (select last_value from settlement_number_seq)))`.execute(
        owner,
      );
      const before = await generatedSet(owner);
      await generateApplications(owner, { add: 1, pii: testPii });
      const generated = await owner
        .selectFrom('settlement_application as s')
        .innerJoin('app_user as u', 'u.id', 's.applicant_user_id')
        .select('s.number')
        .where('u.login', '=', `166${String(before.next).padStart(8, '0')}`)
        .executeTakeFirstOrThrow();
      const fromService = await nextApplicationNumber(owner, '2026');
      const sequenceValue = (n: string) => Number(n.split('-')[2]);
      expect(generated.number).toMatch(/^QYLH-\d{4}-\d{7,}$/);
      expect(sequenceValue(generated.number)).toBeGreaterThanOrEqual(1_000_000);
      expect(fromService).toMatch(/^QYLH-2026-\d{7,}$/);
      expect(sequenceValue(fromService)).toBe(sequenceValue(generated.number) + 1);
    });
  });

  it('runs one generator at a time: two at once number their applicants apart', async () => {
    const h = await createTestHarness();
    const before = await generatedSet(h.db);
    const runs = await Promise.all([
      generateApplications(h.db, { add: 15, pii: testPii }),
      generateApplications(h.db, { add: 15, pii: testPii }),
    ]);
    expect(runs.map((r) => r.added)).toEqual([15, 15]);
    expect(await generatedSet(h.db)).toEqual({ count: before.count + 30, next: before.next + 30 });
  });

  it('fills the demo queue once (seedReview)', async () => {
    const h = await createTestHarness();
    await seedReview(h.db, { pii: testPii });
    expect((await generatedSet(h.db)).count).toBeGreaterThanOrEqual(DEMO_QUEUE_SIZE);
    expect(await seedReview(h.db, { pii: testPii })).toEqual([]);
  });

  it('in bulk, writes the rows first and gives the table back every index it had', async () => {
    const h = await createTestHarness();
    const indexes = async () =>
      (
        await sql<{ def: string }>`select indexdef as def from pg_indexes
          where tablename in ('settlement_application', 'app_user') order by indexname`.execute(h.db)
      ).rows.map((r) => r.def);
    const before = await indexes();
    const lines: string[] = [];
    // dropping and rebuilding indexes is the owner's: `pnpm db:generate` is an operator's tool
    const result = await asOwner(h.db, (owner) =>
      generateApplications(owner, {
        add: 30,
        pii: testPii,
        bulkFrom: 10,
        batchSize: 7,
        log: (line) => lines.push(line),
      }),
    );
    expect(result.added).toBe(30);
    expect(lines.some((l) => l.startsWith('bulk load:'))).toBe(true);
    expect(await indexes()).toEqual(before);
    expect(before.some((d) => d.includes('settlement_queue_idx'))).toBe(true);
    expect(before.some((d) => d.includes('app_user_applicant_name_idx'))).toBe(true);
  });
});
