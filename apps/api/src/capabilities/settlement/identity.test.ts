import { maskResidentId } from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness, uniqueResidentId } from '../../testing/index.js';
import { createDraft, step } from './fixtures.js';
import { cardHolder, greenDraft, registryCard } from './greenChannel.fixtures.js';

// 秒批 trusts a verified person, not a typed-in ID (decision 0008).

type Criterion = { id: string; status: string; measured: unknown };
type View = {
  id: string;
  state: string;
  version: number;
  instantApproval: unknown;
  eligibility: { criteria: Criterion[] };
};
type Me = { user: { identityVerifiedBy: string | null; residentId: string | null } };

async function submitGreen(h: TestHarness, user: { id: string; cookie: string }, cardNumber: string) {
  const draft = (await createDraft(h, user as never, greenDraft(cardNumber))) as View;
  return (await step(h, user as never, draft, 'submit')) as View;
}

const identityCriterion = (app: View) => app.eligibility.criteria.find((c) => c.id === 'identity.verified');

describe('秒批 and the applicant’s identity', () => {
  it('approves a verified holder whose name and ID match the registry', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    const app = await submitGreen(h, holder, holder.cardNumber);
    expect(app.state).toBe('approved');
    expect(identityCriterion(app)).toMatchObject({ status: 'pass' });
  });

  it('sends an unverified holder to a reviewer, with the reason on the case', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h, { verified: false });
    const app = await submitGreen(h, holder, holder.cardNumber);
    expect(app).toMatchObject({ state: 'submitted', instantApproval: null });
    expect(identityCriterion(app)).toMatchObject({ status: 'needs_evidence', measured: 'unverified' });
    expect(await h.auditOf(app.id, 'settlement.instant_approve')).toEqual([]);
  });

  it('does not approve a real holder’s ID typed in under another name, even when marked verified', async () => {
    const h = await createTestHarness();
    const stranger = await cardHolder(h, { name: '李四' });
    // the card is the real holder's (陈立), its number and ID typed in by someone else
    const cardNumber = await registryCard(h, { holderResidentId: stranger.residentId, holderName: '陈立' });
    const app = await submitGreen(h, stranger, cardNumber);
    expect(app).toMatchObject({ state: 'submitted', instantApproval: null });
    expect(identityCriterion(app)).toMatchObject({ status: 'needs_evidence', measured: 'name_mismatch' });
  });
});

describe('identity verification', () => {
  it('is set by a registry match of name + ID on the profile, and cleared by changing either', async () => {
    const h = await createTestHarness();
    const residentId = uniqueResidentId();
    await registryCard(h, { holderResidentId: residentId, holderName: '周博文' });
    const a = await h.applicant({ residentId: null });
    const put = async (name: string, id = residentId) =>
      (
        (await (
          await h.call('PUT', '/api/me/profile', { cookie: a.cookie, body: { name, residentId: id } })
        ).json()) as Me
      ).user;
    expect((await put('周博')).identityVerifiedBy).toBeNull();
    expect((await put('周博文')).identityVerifiedBy).toBe('card_registry');
    expect((await put('周博文')).identityVerifiedBy).toBe('card_registry');
    expect((await put('周文博')).identityVerifiedBy).toBeNull();
    const audit = await h.auditOf(a.id, 'account.profile.update');
    expect(audit.map((r) => (r.details as { identityVerifiedBy?: string }).identityVerifiedBy)).toEqual([
      undefined,
      'card_registry',
      undefined,
      undefined,
    ]);
  });

  it('is set by a reviewer who checked the ID-card scan, audited; others are refused', async () => {
    const h = await createTestHarness();
    const a = await h.applicant();
    const reviewer = await h.bureau(['reviewer']);
    const path = `/api/bureau/applicants/${a.id}/verify-identity`;
    expect((await h.call('POST', path)).status).toBe(401);
    for (const roles of [['approver'], ['auditor'], ['registrar'], ['finance']]) {
      const other = await h.bureau(roles);
      expect((await h.call('POST', path, { cookie: other.cookie })).status, String(roles)).toBe(403);
    }
    const other = await h.applicant();
    expect((await h.call('POST', path, { cookie: other.cookie })).status).toBe(403);
    const unknown = await h.call(
      'POST',
      '/api/bureau/applicants/00000000-0000-4000-8000-000000000000/verify-identity',
      {
        cookie: reviewer.cookie,
      },
    );
    expect(unknown.status).toBe(404);

    const res = await h.call('POST', path, { cookie: reviewer.cookie });
    expect(res.status).toBe(200);
    const { item } = (await res.json()) as {
      item: { residentId: string; identity: { verifiedBy: string; verifiedByName: string } };
    };
    expect(item.residentId).toBe(maskResidentId(a.residentId ?? ''));
    expect(item.identity).toMatchObject({
      verifiedBy: 'bureau_document_check',
      verifiedByName: '测试工作人员',
    });
    expect(await h.auditOf(a.id, 'account.identity.verify')).toHaveLength(1);
    const me = (await (await h.call('GET', '/api/me', { cookie: a.cookie })).json()) as Me;
    expect(me.user.identityVerifiedBy).toBe('bureau_document_check');
  });

  it('is refused while the number is disputed', async () => {
    const h = await createTestHarness();
    const owner = await h.applicant();
    const claimant = await h.applicant({ residentId: null });
    await h.call('PUT', '/api/me/profile', {
      cookie: claimant.cookie,
      body: { name: '张三', residentId: owner.residentId },
    });
    const reviewer = await h.bureau(['reviewer']);
    const view = await h.call('GET', `/api/bureau/applicants/${claimant.id}`, { cookie: reviewer.cookie });
    expect(
      ((await view.json()) as { item: { identity: { disputed: boolean } } }).item.identity.disputed,
    ).toBe(true);
    const res = await h.call('POST', `/api/bureau/applicants/${claimant.id}/verify-identity`, {
      cookie: reviewer.cookie,
    });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toContain('身份争议');
  });
});
