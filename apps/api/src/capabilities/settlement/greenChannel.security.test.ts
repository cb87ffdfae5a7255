import { describe, expect, it } from 'vitest';
import { createTestHarness } from '../../testing/index.js';
import { createDraft, fire, step } from './fixtures.js';
import { cardHolder, greenDraft } from './greenChannel.fixtures.js';

type View = { id: string; version: number; state: string };

describe('green channel: security', () => {
  it('answers anonymous callers with 401, the wrong role with 403, another applicant with 404', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    let app = (await createDraft(h, holder as never, greenDraft(holder.cardNumber))) as View;
    app = (await step(h, holder, app, 'submit')) as View;
    expect(app.state).toBe('approved');
    const pullBack = { event: 'pull_back', version: app.version, reason: '需人工复核' };

    expect((await h.call('POST', '/api/settlements', { body: greenDraft(holder.cardNumber) })).status).toBe(
      401,
    );
    expect((await h.call('POST', `/api/settlements/${app.id}/events`, { body: pullBack })).status).toBe(401);

    // Only a reviewer pulls back; the system's own event is nobody's button.
    for (const roles of [['registrar'], ['approver'], ['auditor'], ['admin']] as const) {
      const staff = await h.bureau([...roles]);
      expect((await fire(h, staff, app, 'pull_back', { reason: '需人工复核' })).status, roles[0]).toBe(403);
    }
    const reviewer = await h.bureau(['reviewer']);
    expect((await fire(h, reviewer, app, 'instant_approve')).status).toBe(403);
    expect((await fire(h, holder, app, 'pull_back', { reason: '需人工复核' })).status).toBe(403);

    // Another applicant, and an employer the case does not name, see nothing.
    const other = await cardHolder(h);
    const hr = await h.employerStaff({ status: 'verified', role: 'hr' });
    for (const user of [other, hr]) {
      expect((await h.call('GET', `/api/settlements/${app.id}`, { cookie: user.cookie })).status).toBe(404);
      expect((await fire(h, user, app, 'pull_back', { reason: '需人工复核' })).status).toBe(404);
    }
    // A card holder cannot take another's card: the check fails on the holder's ID.
    const borrowed = (await createDraft(h, other as never, greenDraft(holder.cardNumber))) as View;
    expect((await fire(h, other, borrowed, 'submit')).status).toBe(409);
    expect((await h.call('GET', '/api/settlements/not-a-uuid', { cookie: holder.cookie })).status).toBe(404);
  });
});
