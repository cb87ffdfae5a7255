import { createScratchDb } from '@talent/db/testing';
import { describe, expect, it } from 'vitest';
import { testPii } from '../testing/index.js';
import { DEMO_EMPLOYER } from './demo.js';
import { generateApplications } from './generate.js';
import { seedDemo } from './seed.js';

// `pnpm db:generate` then `pnpm start`: the generator's employers come first in the table, and the demo
// once handed its graduates' jobs to the oldest verified employer — one whose HR nobody could sign in
// as, so no job was confirmed and the seed stopped at the first subsidy claim.
describe('the demo seed on a database the generator filled first', () => {
  it('gives the demo graduates their jobs at the demo employer and seeds whole', async () => {
    const scratch = await createScratchDb();
    try {
      await generateApplications(scratch.db, { add: 20, pii: testPii, batchSize: 20, log: () => {} });
      const { created } = await seedDemo(scratch.db, { pii: testPii });
      expect(created.join('; ')).toContain('subsidy claim of 钱坤 (submitted)');
      const jobs = await scratch.db
        .selectFrom('employment_report as r')
        .innerJoin('employer as e', 'e.id', 'r.employer_id')
        .innerJoin('app_user as u', 'u.id', 'r.applicant_user_id')
        .select('e.uscc')
        .where('u.login', 'like', '1380013802%')
        .distinct()
        .execute();
      expect(jobs.map((j) => j.uscc)).toEqual([DEMO_EMPLOYER.uscc]);
    } finally {
      await scratch.dispose();
    }
  }, 240_000);
});
