import { defaultPolicyVersion } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { loadPolicy } from './service.js';

describe('policy (read side)', () => {
  it('serves the version in force, falling back to the defaults', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    expect((await h.call('GET', '/api/policy/current')).status).toBe(401);
    const res = await h.call('GET', '/api/policy/current', { cookie: a.cookie });
    expect(res.status).toBe(200);
    const { policy } = (await res.json()) as { policy: { id: string } };
    expect(typeof policy.id).toBe('string');
    // a stored version applies from its effective date; one that no longer parses is skipped
    await h.db
      .insertInto('policy_version')
      .values([
        {
          effective_from: '2090-01-01',
          body: JSON.stringify({ ...defaultPolicyVersion, id: 'future', effectiveFrom: '2090-01-01' }),
        },
        { effective_from: '2091-01-01', body: JSON.stringify({ broken: true }) },
      ])
      .onConflict((oc) => oc.column('effective_from').doNothing())
      .execute();
    expect((await loadPolicy(h.db, '2089-12-31')).id).not.toBe('future');
    expect((await loadPolicy(h.db, '2091-06-01')).id).toBe('future');
  });
});
