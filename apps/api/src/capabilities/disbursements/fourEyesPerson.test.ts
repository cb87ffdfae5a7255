import type { ScratchDb } from '@talent/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { disbursementDatabase, freshEra, insertAward } from './fixtures.js';
import type { BatchView } from './view.js';

// Four eyes are two natural persons (decision 0008): a second account of the preparer's person — say
// one an admin made after disabling the first — is the same pair of eyes, in the service and in the
// database.

let scratch: ScratchDb | undefined;
let h: TestHarness;

beforeAll(async () => {
  scratch = await disbursementDatabase();
  h = await createTestHarness({}, scratch);
});
afterAll(async () => {
  await scratch?.dispose();
});

describe('approving a batch: four eyes by person', () => {
  it('refuses the preparer’s person under another account, and the database refuses it too', async () => {
    const { asOf, due } = freshEra(1900);
    await insertAward(h, [{ amountFen: 1000, dueDate: due(1) }]);
    const preparer = await h.bureau(['finance']);
    const res = await h.call('POST', '/api/disbursements', {
      cookie: preparer.cookie,
      body: { dueAsOf: asOf },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const batch = (await res.json()) as BatchView;

    await h.db
      .updateTable('app_user')
      .set({ disabled_at: new Date() })
      .where('id', '=', preparer.id)
      .execute();
    const samePerson = await h.bureau(['finance'], { residentId: preparer.residentId });
    const own = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: samePerson.cookie,
      body: { event: 'approve', version: batch.version },
    });
    expect(own.status).toBe(403);
    expect((await errorOf(own)).code).toBe('forbidden');

    await expect(
      h.db
        .updateTable('disbursement_batch')
        .set({ state: 'approved', approved_by: samePerson.id, approved_at: new Date() })
        .where('id', '=', batch.id)
        .execute(),
    ).rejects.toMatchObject({ code: '23514' });

    const other = await h.bureau(['finance']);
    const ok = await h.call('POST', `/api/disbursements/${batch.id}/events`, {
      cookie: other.cookie,
      body: { event: 'approve', version: batch.version },
    });
    expect(ok.status).toBe(200);
  });
});
