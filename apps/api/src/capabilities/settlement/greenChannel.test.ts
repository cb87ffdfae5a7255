import { createScratchDb } from '@talent/db/testing';
import {
  addDays,
  chinaHolidays2024to2026,
  defaultPolicyVersion,
  makeCalendar,
  serviceDeadline,
  todayInChina,
} from '@talent/domain';
import { describe, expect, it } from 'vitest';
import { createTestHarness, errorOf, type TestHarness } from '../../testing/index.js';
import { collectiveEmployer, createDraft, fire, graduate, stationDraft, step } from './fixtures.js';
import { cardHolder, family, greenDraft, registryCard } from './greenChannel.fixtures.js';
import { alertOverdueGreenCases } from './greenChannel.js';

type Criterion = { id: string; status: string; clause: string; sentence: { 'zh-CN': string; en: string } };
type View = {
  id: string;
  number: string;
  state: string;
  version: number;
  greenChannel: boolean;
  dueOn: string | null;
  availableActions: string[];
  documents?: unknown;
  instantApproval: { rules: { id: string; clause: string; measured: unknown; required: unknown }[] } | null;
  history: { event: string; actorKind: string | null; reason: string | null }[];
};

const today = todayInChina();

async function submitExpectingRefusal(h: TestHarness, user: { cookie: string }, app: View) {
  const res = await fire(h, user, app, 'submit');
  expect(res.status).toBe(409);
  const error = await errorOf(res);
  return error as typeof error & { details: { state: string; criteria: Criterion[] } };
}

describe('green channel: submission against the card registry', () => {
  it('approves a holder with spouse and child instantly, names every rule that passed, and the registrar registers', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    const registrar = await h.bureau(['registrar']);
    const draft = (await createDraft(
      h,
      holder as never,
      greenDraft(holder.cardNumber, await family(h, holder.id)),
    )) as View;
    expect(draft).toMatchObject({
      route: 'talent_card',
      talentCardNumber: holder.cardNumber,
      state: 'draft',
    });
    // The family's proofs are the case's documents too: the registrar previews them at the counter.
    expect((draft.documents as { kind: string }[]).map((d) => d.kind)).toEqual([
      'relationship_proof',
      'relationship_proof',
    ]);

    const app = (await step(h, holder, draft, 'submit')) as View;
    expect(app).toMatchObject({ state: 'approved', greenChannel: true, holder: 'registrar' });
    const policy = defaultPolicyVersion;
    expect(app.dueOn).toBe(serviceDeadline(makeCalendar(chinaHolidays2024to2026), policy, today, 'green'));
    const rules = app.instantApproval?.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual([
      'talentCard.registered',
      'talentCard.notRevoked',
      'talentCard.valid',
      'identity.verified',
      'settlement.place',
      'relation',
      'family.proofAttached',
      'relation',
      'family.proofAttached',
    ]);
    expect(rules.every((r) => r.clause.includes('二(一)5'))).toBe(true);
    expect(rules[0]).toMatchObject({ measured: holder.cardNumber, required: true });
    expect(app.history.map((e) => [e.event, e.actorKind])).toEqual([
      ['create', 'applicant'],
      ['submit', 'applicant'],
      ['instant_approve', null],
    ]);
    const [audit] = await h.auditOf(app.id, 'settlement.instant_approve');
    expect(audit?.actor_id).toBeNull();
    expect((audit?.details as { rules: unknown[] } | undefined)?.rules).toHaveLength(9);
    const notices = await h.db
      .selectFrom('notification')
      .select('kind')
      .where('entity_id', '=', app.id)
      .where('user_id', '=', holder.id)
      .orderBy('id')
      .execute();
    expect(notices.map((n) => n.kind)).toEqual([
      'notification.settlement.submit',
      'notification.settlement.instant_approve',
    ]);

    // It is at the head of the registrar's queue, marked green.
    const queue = await h.call('GET', '/api/bureau/settlements?state=approved&pageSize=100', {
      cookie: registrar.cookie,
    });
    const items = ((await queue.json()) as { items: { id: string; greenChannel: boolean }[] }).items;
    expect(items.find((i) => i.id === app.id)?.greenChannel).toBe(true);
    expect(items.findIndex((i) => !i.greenChannel)).not.toBe(0);

    const done = await step(h, registrar, app, 'register', {
      householdNumber: 'QY-GC-0001',
      registrationDate: today,
    });
    expect(done).toMatchObject({ state: 'registered', employment: null });
  });

  it('refuses a card that expired the day before the application, with the reason; the ordinary route goes on', async () => {
    const h = await createTestHarness();
    const g = await graduate(h);
    const cardNumber = await registryCard(h, {
      holderResidentId: g.residentId as string,
      issueDate: addDays(today, -400),
      expiryDate: addDays(today, -1),
    });
    const app = (await createDraft(h, g, greenDraft(cardNumber))) as View;
    const error = await submitExpectingRefusal(h, g, app);
    expect(error.message).toContain('普通落户通道');
    expect(error.details.state).toBe('draft');
    expect(error.details.criteria).toEqual([
      expect.objectContaining({
        id: 'talentCard.valid',
        status: 'fail',
        clause: expect.stringContaining('二(一)5'),
        sentence: expect.objectContaining({
          'zh-CN': expect.stringContaining(`${addDays(today, -1)},申请日${today}不在有效期内`),
        }),
      }),
    ]);
    // Nothing changed: still a draft, not green, no submission audited.
    const still = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: g.cookie })
    ).json()) as {
      item: View;
    };
    expect(still.item).toMatchObject({ state: 'draft', version: app.version, greenChannel: false });

    // 改走普通落户通道: the same draft on the graduate route, submitted normally.
    const put = await h.call('PUT', `/api/settlements/${app.id}`, {
      cookie: g.cookie,
      body: { ...(await stationDraft(h, g)), version: app.version },
    });
    expect(put.status).toBe(200);
    const ordinary = ((await put.json()) as { item: View }).item;
    expect(ordinary).toMatchObject({ route: 'graduate', talentCardNumber: null });
    const submitted = (await step(h, g, ordinary, 'submit')) as View;
    expect(submitted).toMatchObject({ state: 'submitted', greenChannel: false, instantApproval: null });
    expect(submitted.dueOn).toBe(
      serviceDeadline(makeCalendar(chinaHolidays2024to2026), defaultPolicyVersion, today, 'ordinary'),
    );
  });

  it('refuses a card whose holder ID does not match the applicant', async () => {
    const h = await createTestHarness();
    const someoneElse = await h.applicant();
    const cardNumber = await registryCard(h, { holderResidentId: someoneElse.residentId as string });
    const holder = await cardHolder(h);
    const app = (await createDraft(h, holder as never, greenDraft(cardNumber))) as View;
    const error = await submitExpectingRefusal(h, holder, app);
    expect(error.details.criteria.map((c) => [c.id, c.status])).toEqual([
      ['talentCard.registered', 'fail'],
      ['talentCard.notRevoked', 'needs_evidence'],
      ['talentCard.valid', 'needs_evidence'],
    ]);
    expect(error.details.criteria[0]?.sentence['zh-CN']).toContain('持卡人身份证号不一致');
    // Nothing of the other holder's card leaks into the answer.
    expect(JSON.stringify(error)).not.toContain(someoneElse.residentId as string);
  });

  it('refuses a revoked card', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h, { status: 'revoked' });
    const app = (await createDraft(h, holder as never, greenDraft(holder.cardNumber))) as View;
    const error = await submitExpectingRefusal(h, holder, app);
    expect(error.details.criteria.map((c) => [c.id, c.status])).toEqual([['talentCard.notRevoked', 'fail']]);
    expect(error.details.criteria[0]?.sentence['zh-CN']).toBe('服务卡已被撤销');
  });

  it('names the family member whose resident ID is invalid, and asks for every member’s proof', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    const members = await family(h, holder.id);
    const child = members[1] as { residentId: string };
    const wrongCheck = child.residentId.slice(0, 17) + (child.residentId.endsWith('0') ? '1' : '0');
    const bad = await h.call('POST', '/api/settlements', {
      cookie: holder.cookie,
      body: greenDraft(holder.cardNumber, [members[0], { ...child, residentId: wrongCheck }]),
    });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).details?.fields?.map((f) => f.path)).toEqual(['members.1.residentId']);

    const noProof = (await createDraft(
      h,
      holder as never,
      greenDraft(holder.cardNumber, [members[0], { ...child, documentId: '' }]),
    )) as View;
    const res = await fire(h, holder, noProof, 'submit');
    expect(res.status).toBe(409);
    const error = await errorOf(res);
    expect(error.message).toContain('关系证明');
    expect((error.details as { members: number[] }).members).toEqual([1]);
  });
});

describe('green channel: the instant-approval switch', () => {
  it('off: the green case waits at the head of the reviewers’ queue with its one-working-day deadline', async () => {
    const scratch = await createScratchDb();
    try {
      const h = await createTestHarness({}, scratch);
      // The bureau turned instant approval off, effective before today (capabilities/policy).
      await h.db
        .insertInto('policy_version')
        .values({
          effective_from: '2023-01-01',
          body: JSON.stringify({
            ...defaultPolicyVersion,
            id: 'no-instant',
            effectiveFrom: '2023-01-01',
            instantApproval: { ...defaultPolicyVersion.instantApproval, value: false },
          }),
        })
        .execute();
      const holder = await cardHolder(h);
      const reviewer = await h.bureau(['reviewer']);
      let app = (await createDraft(
        h,
        holder as never,
        greenDraft(holder.cardNumber, await family(h, holder.id)),
      )) as View;
      app = (await step(h, holder, app, 'submit')) as View;
      expect(app).toMatchObject({ state: 'submitted', greenChannel: true, instantApproval: null });
      expect(await h.auditOf(app.id, 'settlement.instant_approve')).toEqual([]);
      const ordinary = await graduate(h);
      await step(h, ordinary, await createDraft(h, ordinary), 'submit');
      const queue = (await (
        await h.call('GET', '/api/bureau/settlements?state=submitted', { cookie: reviewer.cookie })
      ).json()) as { items: { id: string }[] };
      expect(queue.items[0]?.id).toBe(app.id);
      app = (await step(h, reviewer, app, 'start_review')) as View;
      expect(app.availableActions).toEqual(['return', 'approve', 'reject']);
      expect(await step(h, reviewer, app, 'approve')).toMatchObject({
        state: 'approved',
        instantApproval: null,
      });
    } finally {
      await scratch.dispose();
    }
  });

  it('on, at an employer’s collective household: approved the moment the employer accepts', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    const hr = await collectiveEmployer(h);
    // An ordinary request made earlier still comes after it in the employer's list.
    const g = await graduate(h);
    await step(
      h,
      g,
      await createDraft(h, g, {
        ...(await stationDraft(h, g)),
        settleAt: 'employer_collective',
        employerId: hr.employerId,
      }),
      'submit',
    );
    let app = (await createDraft(h, holder as never, {
      ...greenDraft(holder.cardNumber),
      settleAt: 'employer_collective',
      employerId: hr.employerId,
    })) as View;
    app = (await step(h, holder, app, 'submit')) as View;
    expect(app).toMatchObject({ state: 'submitted', greenChannel: true });
    const list = (await (
      await h.call('GET', '/api/employer/collective-requests', { cookie: hr.cookie })
    ).json()) as {
      items: { applicationId: string; greenChannel: boolean }[];
    };
    expect(list.items.map((i) => [i.applicationId === app.id, i.greenChannel])).toEqual([
      [true, true],
      [false, false],
    ]);
    const accepted = await h.call('POST', `/api/employer/collective-requests/${app.id}/accept`, {
      cookie: hr.cookie,
      body: { version: app.version },
    });
    expect(accepted.status).toBe(200);
    const now = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: holder.cookie })
    ).json()) as {
      item: View;
    };
    expect(now.item.state).toBe('approved');
    expect(now.item.instantApproval?.rules.length).toBeGreaterThan(0);
  });
});

describe('green channel: pull back and overdue alerts', () => {
  it('lets a reviewer pull an instantly approved case back with a reason, until it is registered', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    const reviewer = await h.bureau(['reviewer']);
    const registrar = await h.bureau(['registrar']);
    let app = (await createDraft(h, holder as never, greenDraft(holder.cardNumber))) as View;
    app = (await step(h, holder, app, 'submit')) as View;
    expect(app.state).toBe('approved');

    const asReviewer = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: reviewer.cookie })
    ).json()) as { item: View };
    expect(asReviewer.item.availableActions).toEqual(['pull_back']);
    // A stale form (the version before the system's approval) is refused, and so is a second submit.
    const stale = await fire(h, reviewer, { ...app, version: app.version - 1 }, 'pull_back', {
      reason: '需人工复核',
    });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).details).toMatchObject({ state: 'approved', version: app.version });
    expect((await fire(h, holder, { ...app, version: app.version - 2 }, 'submit')).status).toBe(409);
    const noReason = await fire(h, reviewer, app, 'pull_back');
    expect(noReason.status).toBe(400);
    expect((await fire(h, registrar, app, 'pull_back', { reason: '需人工复核' })).status).toBe(403);

    const back = (await step(h, reviewer, app, 'pull_back', { reason: '家属关系证明需人工核对' })) as View;
    expect(back).toMatchObject({ state: 'under_review', instantApproval: null });
    expect(back.history.at(-1)).toMatchObject({ event: 'pull_back', reason: '家属关系证明需人工核对' });
    const [audit] = await h.auditOf(app.id, 'settlement.pull_back');
    expect(audit).toMatchObject({ actor_id: reviewer.id });
    const notice = await h.db
      .selectFrom('notification')
      .select(['kind', 'params'])
      .where('entity_id', '=', app.id)
      .where('kind', '=', 'notification.settlement.pull_back')
      .executeTakeFirstOrThrow();
    expect(notice.params).toEqual({ number: app.number });
    // Once a reviewer has approved it, there is no system approval to pull back; once registered, nothing to pull back.
    const approved = (await step(h, reviewer, back, 'approve')) as View;
    expect(approved.availableActions).toEqual([]);
    const registered = await step(h, registrar, approved, 'register', {
      householdNumber: 'QY-GC-0002',
      registrationDate: today,
    });
    expect((await fire(h, reviewer, registered, 'pull_back', { reason: '需人工复核' })).status).toBe(409);
  });

  it('sends a case a reviewer returned back to a reviewer when resubmitted, not to 秒批', async () => {
    const h = await createTestHarness();
    const holder = await cardHolder(h);
    const reviewer = await h.bureau(['reviewer']);
    let app = (await createDraft(h, holder as never, greenDraft(holder.cardNumber))) as View;
    app = (await step(h, holder, app, 'submit')) as View;
    app = (await step(h, reviewer, app, 'pull_back', { reason: '需人工复核' })) as View;
    app = (await step(h, reviewer, app, 'return', { reason: '请补充现住址的房产证明' })) as View;
    app = (await step(h, holder, app, 'resubmit')) as View;
    expect(app).toMatchObject({ state: 'submitted', greenChannel: true, instantApproval: null });
    expect(await h.auditOf(app.id, 'settlement.instant_approve')).toHaveLength(1);
  });

  it('tells every reviewer once when a green case passes its deadline undecided', async () => {
    const h = await createTestHarness();
    const reviewer = await h.bureau(['reviewer']);
    const registrarOnly = await h.bureau(['registrar']);
    const holder = await cardHolder(h);
    let app = (await createDraft(h, holder as never, greenDraft(holder.cardNumber))) as View;
    // A green case a reviewer took back, now past its deadline.
    app = (await step(h, holder, app, 'submit')) as View;
    app = (await step(h, reviewer, app, 'pull_back', { reason: '需人工复核' })) as View;
    await h.db
      .updateTable('settlement_application')
      .set({ due_on: addDays(today, -3) })
      .where('id', '=', app.id)
      .execute();
    const alerts = (userId: string) =>
      h.db
        .selectFrom('notification')
        .select(['kind', 'params'])
        .where('user_id', '=', userId)
        .where('entity_id', '=', app.id)
        .execute();

    expect(await alertOverdueGreenCases(h.db, today)).toBeGreaterThanOrEqual(1);
    expect(await alerts(reviewer.id)).toEqual([
      {
        kind: 'notification.settlement.green_overdue',
        params: expect.objectContaining({ dueOn: addDays(today, -3) }),
      },
    ]);
    expect(await alerts(registrarOnly.id)).toEqual([]);
    await alertOverdueGreenCases(h.db, today);
    expect(await alerts(reviewer.id)).toHaveLength(1);
    // The alert is not a change of the case: a reviewer's open form stays current.
    const after = (await (
      await h.call('GET', `/api/settlements/${app.id}`, { cookie: reviewer.cookie })
    ).json()) as {
      item: View;
    };
    expect(after.item.version).toBe(app.version);
  });
});
