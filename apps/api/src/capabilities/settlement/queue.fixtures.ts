import { unique } from '@talent/db/testing';
import type { SettlementRoute, SettlementState, Tier } from '@talent/domain';
import { type TestHarness, testPii } from '../../testing/index.js';

// Test data for the queue: applications written straight into the table, in any state and with any
// deadline, which the journey's own endpoints could only reach through many steps.

export type QueueCase = {
  state?: SettlementState;
  countyCode?: string;
  route?: SettlementRoute;
  tier?: Tier | null;
  greenChannel?: boolean;
  submittedAt?: Date | null;
  dueOn?: string | null;
};

/** One application of a fresh applicant called `name`; returns its id and number. */
export async function insertCase(h: TestHarness, name: string, c: QueueCase = {}) {
  const applicant = await h.applicant({ name });
  const number = unique('T').toUpperCase();
  const state = c.state ?? 'submitted';
  const row = await h.db
    .insertInto('settlement_application')
    .values({
      number,
      applicant_user_id: applicant.id,
      resident_id_hmac: testPii.blindIndex(applicant.residentId ?? number),
      route: c.route ?? 'graduate',
      state,
      settle_at: 'talent_centre_collective',
      county_code: c.countyCode ?? '621002',
      tier: c.tier === undefined ? 'bachelor' : c.tier,
      green_channel: c.greenChannel ?? false,
      submitted_at: c.submittedAt === undefined ? (state === 'draft' ? null : new Date()) : c.submittedAt,
      due_on: c.dueOn === undefined ? (state === 'draft' ? null : '2030-01-07') : c.dueOn,
    })
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
  return { ...row, applicant };
}
