import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, BureauRole } from '../accounts/actor';
import { bureauRoles } from '../accounts/actor';
import { awardMachine } from './award';
import { disbursementBatchMachine } from './disbursementBatch';
import {
  availableActions,
  type Machine,
  type MachineRecord,
  reasonRequired,
  refusalErrorCode,
  transition,
} from './machine';
import { paymentLineMachine } from './paymentLine';
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
    expect(refusalErrorCode({ ok: false, reason: 'guard', code: 'guard.four_eyes' })).toBe('forbidden');
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
          greenChannel: fc.boolean(),
          instantlyApproved: fc.boolean(),
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

describe('settlement: green channel', () => {
  const green = {
    state: 'submitted' as const,
    applicantUserId: 'app-1',
    route: 'talent_card' as const,
    settleAt: 'own_residence' as const,
    greenChannel: true,
    instantApprovalEligible: true,
  };

  it('approves instantly as the system when every check is machine-verified, otherwise waits for a reviewer', () => {
    expect(transition(settlementMachine, green, 'instant_approve', systemActor)).toMatchObject({
      ok: true,
      to: 'approved',
    });
    for (const record of [
      { ...green, instantApprovalEligible: false },
      { ...green, greenChannel: false },
    ]) {
      expect(transition(settlementMachine, record, 'instant_approve', systemActor)).toMatchObject({
        code: 'guard.instant_approval_not_eligible',
      });
    }
    expect(transition(settlementMachine, green, 'instant_approve', reviewer)).toMatchObject({
      reason: 'not_permitted',
    });
    expect(availableActions(settlementMachine, green, reviewer)).toEqual(['start_review']);
  });

  it('waits for the employer when the holder joins its collective household', () => {
    const collective = { ...green, settleAt: 'employer_collective' as const, employerId: 'emp-1' };
    expect(transition(settlementMachine, collective, 'instant_approve', systemActor)).toMatchObject({
      code: 'guard.collective_household_not_accepted',
    });
    expect(
      transition(
        settlementMachine,
        { ...collective, collectiveHouseholdAccepted: true },
        'instant_approve',
        systemActor,
      ),
    ).toMatchObject({ ok: true });
  });

  it('lets a reviewer pull back an instantly approved case until it is registered', () => {
    const approved = { ...green, state: 'approved' as const, instantlyApproved: true };
    expect(availableActions(settlementMachine, approved, reviewer)).toEqual(['pull_back']);
    expect(transition(settlementMachine, approved, 'pull_back', reviewer)).toMatchObject({
      ok: true,
      to: 'under_review',
    });
    expect(availableActions(settlementMachine, approved, registrar)).toEqual(['register']);
    expect(
      transition(settlementMachine, { ...approved, instantlyApproved: false }, 'pull_back', reviewer),
    ).toMatchObject({ code: 'guard.not_instantly_approved' });
    expect(
      transition(settlementMachine, { ...approved, state: 'registered' }, 'pull_back', reviewer),
    ).toMatchObject({ reason: 'wrong_state' });
    expect(transition(settlementMachine, approved, 'pull_back', approver)).toMatchObject({
      reason: 'not_permitted',
    });
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

  it('has a reviewer recommend (初审) and a different approver approve (复审)', () => {
    expect(availableActions(subsidyClaimMachine, rec('under_review'), reviewer)).toEqual([
      'return',
      'recommend',
      'reject',
    ]);
    const both = bureau('rev-1', 'reviewer', 'approver');
    expect(transition(subsidyClaimMachine, rec('recommended'), 'approve', both)).toMatchObject({
      code: 'guard.four_eyes',
    });
    expect(availableActions(subsidyClaimMachine, rec('recommended'), approver)).toEqual([
      'send_back',
      'approve',
      'reject',
    ]);
    expect(transition(subsidyClaimMachine, rec('recommended'), 'approve', approver)).toMatchObject({
      ok: true,
      to: 'approved',
    });
    // Four eyes are a person's: a second account of the recommender's person is refused too.
    const samePerson = { ...approver, personKey: 'person-1' };
    expect(
      transition(
        subsidyClaimMachine,
        rec('recommended', { recommendedBy: 'person-1' }),
        'approve',
        samePerson,
      ),
    ).toMatchObject({ code: 'guard.four_eyes' });
    expect(availableActions(subsidyClaimMachine, rec('recommended'), applicant)).toEqual([]);
    expect(availableActions(subsidyClaimMachine, rec('submitted'), applicant)).toEqual(['withdraw']);
    expect(availableActions(subsidyClaimMachine, rec('recommended'), applicant)).toEqual([]);
  });

  it('publishes an approved claim, and closes the notice only after its last day', () => {
    expect(availableActions(subsidyClaimMachine, rec('approved'), reviewer)).toEqual(['publish_notice']);
    expect(
      transition(subsidyClaimMachine, rec('in_public_notice'), 'close_notice', systemActor, {
        today: '2025-03-07',
      }),
    ).toMatchObject({ code: 'guard.notice_period_running' });
    expect(
      transition(subsidyClaimMachine, rec('in_public_notice'), 'close_notice', systemActor, {
        today: '2025-03-08',
      }),
    ).toMatchObject({ ok: true, to: 'awarded' });
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
    expect(availableActions(subsidyClaimMachine, rec('awarded'), approver, { today: '2030-01-01' })).toEqual(
      [],
    );
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

  it('waits for the notice: activated when it closes, cancelled by an upheld objection, renewed on re-approval', () => {
    expect(availableActions(awardMachine, rec('pending'), approver)).toEqual(['activate', 'cancel']);
    expect(availableActions(awardMachine, rec('pending'), systemActor)).toEqual(['activate', 'cancel']);
    expect(availableActions(awardMachine, rec('pending'), reviewer)).toEqual([]);
    expect(availableActions(awardMachine, rec('cancelled'), approver)).toEqual(['renew']);
    expect(transition(awardMachine, rec('pending'), 'activate', systemActor)).toMatchObject({ to: 'active' });
  });

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

describe('reasons', () => {
  // Where someone has to act on the decision (the applicant, the reviewer again, finance's auditor),
  // the one who decides says why; the API's request schema and the consoles read these flags.
  it.each([
    [settlementMachine, ['return', 'pull_back', 'reject', 'decline_employment']],
    [subsidyClaimMachine, ['return', 'send_back', 'reject', 'uphold_objection']],
    [disbursementBatchMachine, ['send_back', 'cancel']],
    [awardMachine, ['waive_clawback']],
  ] as const)('%# requires a reason exactly for its listed events', (machine, events) => {
    const all = Object.keys(machine.events) as (keyof typeof machine.events)[];
    expect(all.filter((e) => reasonRequired(machine as never, e))).toEqual(events);
  });
});
