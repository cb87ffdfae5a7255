import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, BureauRole } from '../accounts/actor';
import { bureauRoles } from '../accounts/actor';
import { awardMachine } from './award';
import { disbursementBatchMachine } from './disbursementBatch';
import { greenChannelMachine } from './greenChannel';
import { availableActions, type Machine, type MachineRecord, refusalErrorCode, transition } from './machine';
import { type PaymentLineRecord, paymentLineMachine } from './paymentLine';
import { type Principal, systemActor } from './principal';
import { settlementMachine } from './settlement';
import { subsidyClaimMachine } from './subsidyClaim';

const applicant: Actor = { userId: 'app-1', kind: 'applicant', roles: [] };
const otherApplicant: Actor = { userId: 'app-2', kind: 'applicant', roles: [] };
const bureau = (userId: string, ...roles: BureauRole[]): Actor => ({ userId, kind: 'bureau', roles });
const reviewer = bureau('rev-1', 'reviewer');
const approver = bureau('apr-1', 'approver');
const registrar = bureau('reg-1', 'registrar');
const finance = bureau('fin-1', 'finance');
const auditor = bureau('aud-1', 'auditor');
const hr: Actor = { userId: 'emp-u1', kind: 'employer', roles: [], employerId: 'emp-1', employerRole: 'hr' };
const otherHr: Actor = {
  userId: 'emp-u2',
  kind: 'employer',
  roles: [],
  employerId: 'emp-2',
  employerRole: 'hr',
};

// biome-ignore lint/suspicious/noExplicitAny: the machines differ in their record types; these checks only read their shape.
const machines: Machine<string, string, any>[] = [
  settlementMachine,
  greenChannelMachine,
  subsidyClaimMachine,
  awardMachine,
  paymentLineMachine,
  disbursementBatchMachine,
];

describe('every machine', () => {
  it.each(machines.map((m) => [m.name, m] as const))(
    '%s: events connect its own states, all reachable',
    (_name, m) => {
      const states = new Set(m.states);
      expect(states.has(m.initial)).toBe(true);
      expect(Object.keys(m.holders).sort()).toEqual([...m.states].sort());
      const edges = Object.values(m.events);
      for (const e of edges) {
        expect(states.has(e.to)).toBe(true);
        for (const from of e.from) expect(states.has(from)).toBe(true);
      }
      const reached = new Set([m.initial]);
      let grew = true;
      while (grew) {
        grew = false;
        for (const e of edges) {
          if (!reached.has(e.to) && e.from.some((f) => reached.has(f))) {
            reached.add(e.to);
            grew = true;
          }
        }
      }
      expect([...reached].sort()).toEqual([...m.states].sort());
    },
  );

  it('lets auditors change nothing', () => {
    const record = { state: 'draft', applicantUserId: 'app-1', lineCount: 1, pendingLineCount: 0 };
    for (const m of machines) {
      for (const state of m.states)
        expect(availableActions(m, { ...record, state }, auditor, { today: '2030-01-01' })).toEqual([]);
    }
  });
});

describe('transition', () => {
  const draft = { state: 'draft' as const, applicantUserId: 'app-1', route: 'graduate' as const };

  it('refuses unknown events, strangers, wrong states and failing guards, each with its own reason', () => {
    expect(transition(settlementMachine, draft, 'teleport', applicant)).toEqual({
      ok: false,
      reason: 'unknown_event',
      code: 'transition.unknown_event',
    });
    expect(transition(settlementMachine, draft, 'toString', applicant)).toMatchObject({
      reason: 'unknown_event',
    });
    expect(transition(settlementMachine, draft, 'submit', otherApplicant)).toMatchObject({
      reason: 'not_permitted',
    });
    expect(transition(settlementMachine, draft, 'submit', reviewer)).toMatchObject({
      reason: 'not_permitted',
    });
    expect(transition(settlementMachine, draft, 'start_review', reviewer)).toMatchObject({
      reason: 'wrong_state',
    });
    expect(transition(settlementMachine, draft, 'submit', applicant)).toEqual({
      ok: true,
      event: 'submit',
      from: 'draft',
      to: 'submitted',
    });
  });

  it('maps refusals onto API error codes', () => {
    expect(refusalErrorCode({ ok: false, reason: 'not_permitted', code: 'x' })).toBe('forbidden');
    expect(refusalErrorCode({ ok: false, reason: 'wrong_state', code: 'x' })).toBe('conflict');
    expect(refusalErrorCode({ ok: false, reason: 'guard', code: 'x' })).toBe('conflict');
    expect(refusalErrorCode({ ok: false, reason: 'unknown_event', code: 'x' })).toBe('validation_failed');
  });

  it('shows exactly the actions transition accepts', () => {
    const actors: Principal[] = [
      applicant,
      otherApplicant,
      reviewer,
      approver,
      registrar,
      finance,
      auditor,
      hr,
      otherHr,
      systemActor,
      bureau('all', ...bureauRoles),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...machines),
        fc.constantFrom(...actors),
        fc.record({
          applicantUserId: fc.constantFrom('app-1', 'app-2'),
          employerId: fc.constantFrom('emp-1', 'emp-2'),
          route: fc.constantFrom('graduate', 'residence'),
          settleAt: fc.constantFrom('employer_collective', 'own_residence'),
          collectiveHouseholdAccepted: fc.boolean(),
          employmentReportClosesOn: fc.constantFrom('2025-01-01', '2026-01-01'),
          instantApprovalEligible: fc.boolean(),
          recommendedBy: fc.constantFrom('rev-1', 'apr-1'),
          noticeEndsOn: fc.constantFrom('2025-01-01', '2026-01-01'),
          serviceEndsOn: fc.constantFrom('2025-01-01', '2026-01-01'),
          openLineCount: fc.nat(2),
          clawbackFen: fc.nat(2),
          clawbackAssessedBy: fc.constantFrom('rev-1', 'apr-1'),
          clawbackWaivable: fc.boolean(),
          dueDate: fc.constantFrom('2025-01-01', '2026-01-01'),
          payeeAccountVerified: fc.boolean(),
          batchState: fc.constantFrom(...disbursementBatchMachine.states),
          preparedBy: fc.constantFrom('fin-1', 'rev-1'),
          lineCount: fc.nat(2),
          pendingLineCount: fc.nat(2),
        }),
        fc.nat(20),
        fc.option(fc.constantFrom('2025-06-01'), { nil: undefined }),
        (m, actor, fields, stateIndex, today) => {
          const record: MachineRecord<string> = {
            ...fields,
            state: m.states[stateIndex % m.states.length] as string,
          };
          const ctx = today === undefined ? {} : { today };
          const shown = availableActions(m, record, actor, ctx);
          for (const event of Object.keys(m.events)) {
            expect(transition(m, record, event, actor, ctx).ok).toBe(shown.includes(event));
          }
        },
      ),
    );
  });
});

describe('settlement', () => {
  const rec = (state: string, extra: object = {}) =>
    ({ state, applicantUserId: 'app-1', employerId: 'emp-1', route: 'graduate', ...extra }) as never;

  it('runs from draft to registration', () => {
    expect(availableActions(settlementMachine, rec('draft'), applicant)).toEqual(['submit', 'withdraw']);
    expect(availableActions(settlementMachine, rec('submitted'), reviewer)).toEqual(['start_review']);
    expect(availableActions(settlementMachine, rec('under_review'), reviewer)).toEqual([
      'return',
      'approve',
      'reject',
    ]);
    expect(availableActions(settlementMachine, rec('returned'), applicant)).toEqual(['withdraw', 'resubmit']);
    expect(availableActions(settlementMachine, rec('under_review'), approver)).toEqual([]);
    expect(availableActions(settlementMachine, rec('approved'), registrar)).toEqual(['register']);
    expect(availableActions(settlementMachine, rec('approved'), reviewer)).toEqual([]);
    expect(availableActions(settlementMachine, rec('registered'), applicant)).toEqual([]);
  });

  it('lets the applicant withdraw only before a decision', () => {
    for (const state of ['draft', 'submitted', 'under_review', 'returned'])
      expect(transition(settlementMachine, rec(state), 'withdraw', applicant).ok).toBe(true);
    for (const state of ['approved', 'rejected', 'registered'])
      expect(transition(settlementMachine, rec(state), 'withdraw', applicant)).toMatchObject({
        reason: 'wrong_state',
      });
  });

  it('keeps the registration act from the reviewer', () => {
    expect(transition(settlementMachine, rec('approved'), 'register', reviewer)).toMatchObject({
      reason: 'not_permitted',
    });
  });

  it('needs the employer’s acceptance to settle in its collective household', () => {
    const r = rec('under_review', { settleAt: 'employer_collective' });
    expect(transition(settlementMachine, r, 'approve', reviewer)).toMatchObject({
      code: 'guard.collective_household_not_accepted',
    });
    expect(
      transition(
        settlementMachine,
        { ...(r as object), collectiveHouseholdAccepted: true } as never,
        'approve',
        reviewer,
      ).ok,
    ).toBe(true);
  });

  it('takes employment reports from settled graduates within the window, confirmed by the employer', () => {
    const r = rec('registered', { employmentReportClosesOn: '2026-01-31' });
    expect(transition(settlementMachine, r, 'report_employment', applicant)).toMatchObject({
      code: 'guard.today_required',
    });
    expect(transition(settlementMachine, r, 'report_employment', applicant, { today: '2026-01-31' }).ok).toBe(
      true,
    );
    expect(
      transition(settlementMachine, r, 'report_employment', applicant, { today: '2026-02-01' }),
    ).toMatchObject({ code: 'guard.employment_window_closed' });
    expect(
      transition(
        settlementMachine,
        rec('registered', { route: 'residence' }),
        'report_employment',
        applicant,
        { today: '2026-01-01' },
      ),
    ).toMatchObject({ code: 'guard.not_graduate_route' });
    expect(
      transition(settlementMachine, rec('registered'), 'report_employment', applicant, {
        today: '2026-01-01',
      }),
    ).toMatchObject({ code: 'guard.employment_window_closed' });
    expect(availableActions(settlementMachine, rec('employment_reported'), hr)).toEqual([
      'confirm_employment',
      'decline_employment',
    ]);
    expect(availableActions(settlementMachine, rec('employment_reported'), otherHr)).toEqual([]);
    expect(
      transition(settlementMachine, r, 'close_employment_window', systemActor, { today: '2026-01-31' }),
    ).toMatchObject({ code: 'guard.employment_window_open' });
    expect(
      transition(settlementMachine, r, 'close_employment_window', systemActor, { today: '2026-02-01' }),
    ).toMatchObject({ ok: true, to: 'employment_window_missed' });
    expect(
      transition(settlementMachine, r, 'close_employment_window', reviewer, { today: '2026-02-01' }),
    ).toMatchObject({ reason: 'not_permitted' });
  });
});

describe('green channel', () => {
  it('approves instantly when every check is machine-verified, otherwise goes to a reviewer', () => {
    const submitted = {
      state: 'submitted' as const,
      applicantUserId: 'app-1',
      instantApprovalEligible: true,
    };
    expect(transition(greenChannelMachine, submitted, 'instant_approve', systemActor)).toMatchObject({
      ok: true,
      to: 'approved',
    });
    expect(
      transition(
        greenChannelMachine,
        { ...submitted, instantApprovalEligible: false },
        'instant_approve',
        systemActor,
      ),
    ).toMatchObject({ code: 'guard.instant_approval_not_eligible' });
    expect(transition(greenChannelMachine, submitted, 'instant_approve', approver)).toMatchObject({
      reason: 'not_permitted',
    });
    expect(availableActions(greenChannelMachine, { ...submitted, state: 'under_review' }, approver)).toEqual([
      'approve',
      'reject',
    ]);
    expect(availableActions(greenChannelMachine, { ...submitted, state: 'approved' }, registrar)).toEqual([
      'register',
    ]);
  });
});

describe('subsidy claim', () => {
  const rec = (state: string, extra: object = {}) =>
    ({
      state,
      applicantUserId: 'app-1',
      recommendedBy: 'rev-1',
      noticeEndsOn: '2025-03-07',
      ...extra,
    }) as never;

  it('needs a second person to publish, and the notice period to pass', () => {
    expect(availableActions(subsidyClaimMachine, rec('under_review'), reviewer)).toEqual([
      'return',
      'recommend',
    ]);
    const both = bureau('rev-1', 'reviewer', 'approver');
    expect(transition(subsidyClaimMachine, rec('recommended'), 'publish_notice', both)).toMatchObject({
      code: 'guard.four_eyes',
    });
    expect(availableActions(subsidyClaimMachine, rec('recommended'), approver)).toEqual([
      'send_back',
      'reject',
      'publish_notice',
    ]);
    expect(
      transition(subsidyClaimMachine, rec('in_public_notice'), 'close_notice', systemActor, {
        today: '2025-03-07',
      }),
    ).toMatchObject({ code: 'guard.notice_period_running' });
    expect(
      transition(subsidyClaimMachine, rec('in_public_notice'), 'close_notice', systemActor, {
        today: '2025-03-08',
      }),
    ).toMatchObject({ ok: true, to: 'approved' });
    expect(
      transition(
        subsidyClaimMachine,
        rec('in_public_notice', { noticeEndsOn: undefined }),
        'close_notice',
        approver,
        { today: '2025-03-08' },
      ),
    ).toMatchObject({ code: 'guard.notice_period_running' });
    expect(
      availableActions(subsidyClaimMachine, rec('in_public_notice'), approver, { today: '2025-03-01' }),
    ).toEqual(['uphold_objection']);
  });
});

describe('award', () => {
  const rec = (state: string, extra: object = {}) =>
    ({
      state,
      applicantUserId: 'app-1',
      employerId: 'emp-1',
      serviceEndsOn: '2029-01-31',
      openLineCount: 0,
      clawbackWaivable: true,
      ...extra,
    }) as never;

  it('completes once every line is settled and the commitment served', () => {
    expect(
      transition(awardMachine, rec('active'), 'complete', systemActor, { today: '2029-01-30' }),
    ).toMatchObject({ code: 'guard.service_commitment_running' });
    expect(
      transition(awardMachine, rec('active', { openLineCount: 1 }), 'complete', systemActor, {
        today: '2029-01-31',
      }),
    ).toMatchObject({ code: 'guard.award_lines_open' });
    expect(transition(awardMachine, rec('active'), 'complete', systemActor, { today: '2029-01-31' }).ok).toBe(
      true,
    );
  });

  it('stops on departure, then closes with or without a clawback', () => {
    expect(availableActions(awardMachine, rec('active'), hr, { today: '2026-01-01' })).toEqual([
      'report_departure',
    ]);
    expect(availableActions(awardMachine, rec('active'), otherHr)).toEqual([]);
    expect(availableActions(awardMachine, rec('stopped', { clawbackFen: 100 }), reviewer)).toEqual([
      'assess_clawback',
    ]);
    expect(availableActions(awardMachine, rec('stopped', { clawbackFen: 0 }), reviewer)).toEqual([
      'close_without_clawback',
    ]);
    expect(
      availableActions(awardMachine, rec('clawback_due', { clawbackAssessedBy: 'apr-1' }), approver),
    ).toEqual([]);
    expect(
      availableActions(awardMachine, rec('clawback_due', { clawbackAssessedBy: 'rev-1' }), approver),
    ).toEqual(['waive_clawback']);
    expect(
      transition(awardMachine, rec('clawback_due', { clawbackWaivable: false }), 'waive_clawback', approver),
    ).toMatchObject({ code: 'guard.clawback_not_waivable' });
    expect(availableActions(awardMachine, rec('clawback_due'), finance)).toEqual(['record_repayment']);
  });
});

describe('payment line and disbursement batch', () => {
  const line = (
    state: PaymentLineRecord['state'],
    extra: Partial<PaymentLineRecord> = {},
  ): PaymentLineRecord => ({
    state,
    applicantUserId: 'app-1',
    dueDate: '2025-03-01',
    payeeAccountVerified: true,
    batchState: 'draft',
    ...extra,
  });

  it('pays only into the payee’s own social-security account, once due, through an exported batch', () => {
    const today = { today: '2025-03-01' };
    expect(transition(paymentLineMachine, line('scheduled'), 'add_to_batch', reviewer, today).ok).toBe(true);
    expect(
      transition(
        paymentLineMachine,
        line('scheduled', { payeeAccountVerified: false }),
        'add_to_batch',
        reviewer,
        today,
      ),
    ).toMatchObject({ code: 'guard.payee_account_unverified' });
    expect(
      transition(paymentLineMachine, line('scheduled'), 'add_to_batch', reviewer, { today: '2025-02-28' }),
    ).toMatchObject({ code: 'guard.payment_not_due' });
    expect(
      transition(
        paymentLineMachine,
        line('scheduled', { batchState: 'prepared' }),
        'add_to_batch',
        reviewer,
        today,
      ),
    ).toMatchObject({ code: 'guard.batch_not_draft' });
    expect(transition(paymentLineMachine, line('in_batch'), 'mark_paid', finance)).toMatchObject({
      code: 'guard.batch_not_exported',
    });
    expect(
      availableActions(paymentLineMachine, line('in_batch', { batchState: 'exported' }), finance),
    ).toEqual(['mark_paid', 'mark_failed']);
    expect(availableActions(paymentLineMachine, line('failed'), reviewer)).toEqual(['reissue']);
    expect(availableActions(paymentLineMachine, line('failed'), approver)).toEqual(['cancel']);
    expect(availableActions(paymentLineMachine, line('paid'), bureau('all', ...bureauRoles), today)).toEqual(
      [],
    );
  });

  it('never reaches "paid" twice for one line, whatever the events', () => {
    const actors: Principal[] = [reviewer, approver, finance, bureau('all', ...bureauRoles), systemActor];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            event: fc.constantFrom(...Object.keys(paymentLineMachine.events), 'bogus'),
            actor: fc.constantFrom(...actors),
            batchState: fc.constantFrom(...disbursementBatchMachine.states),
            payeeAccountVerified: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (steps) => {
          let record = line('scheduled');
          let paid = 0;
          for (const step of steps) {
            record = {
              ...record,
              batchState: step.batchState,
              payeeAccountVerified: step.payeeAccountVerified,
            };
            const result = transition(paymentLineMachine, record, step.event, step.actor, {
              today: '2025-06-01',
            });
            if (!result.ok) continue;
            record = { ...record, state: result.to };
            if (result.to === 'paid') paid += 1;
          }
          expect(paid).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('has the batch approved by someone other than its preparer, and reconciled once the bank answered', () => {
    const batch = { state: 'prepared' as const, preparedBy: 'fin-2', lineCount: 3, pendingLineCount: 0 };
    expect(transition(disbursementBatchMachine, { ...batch, state: 'draft' }, 'prepare', reviewer).ok).toBe(
      true,
    );
    expect(
      transition(disbursementBatchMachine, { ...batch, state: 'draft', lineCount: 0 }, 'prepare', reviewer),
    ).toMatchObject({ code: 'guard.batch_empty' });
    expect(transition(disbursementBatchMachine, batch, 'approve', bureau('fin-2', 'finance'))).toMatchObject({
      code: 'guard.four_eyes',
    });
    expect(availableActions(disbursementBatchMachine, batch, finance)).toEqual(['send_back', 'approve']);
    expect(availableActions(disbursementBatchMachine, { ...batch, state: 'approved' }, finance)).toEqual([
      'export',
    ]);
    expect(
      transition(
        disbursementBatchMachine,
        { ...batch, state: 'exported', pendingLineCount: 1 },
        'reconcile',
        finance,
      ),
    ).toMatchObject({ code: 'guard.bank_results_pending' });
    expect(
      transition(disbursementBatchMachine, { ...batch, state: 'exported' }, 'reconcile', finance),
    ).toMatchObject({ ok: true, to: 'reconciled' });
    expect(availableActions(disbursementBatchMachine, { ...batch, state: 'draft' }, approver)).toEqual([
      'prepare',
      'cancel',
    ]);
  });
});
