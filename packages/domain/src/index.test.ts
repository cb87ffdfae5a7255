/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import * as domain from './index';
import * as testing from './testing/index';

describe('public API', () => {
  it('exports the names other packages code against', () => {
    const names = [
      'parseResidentId',
      'maskResidentId',
      'maskName',
      'parseUscc',
      'isUsccChecksumValid',
      'isMainlandMobile',
      'qingyangDivisions',
      'divisionByCode',
      'messages',
      't',
      'localizeIssues',
      'locales',
      'defaultLocale',
      'errorCodes',
      'bureauRoles',
      'employerStaffRoles',
      'mobileSchema',
      'residentIdSchema',
      'usccSchema',
      'passwordSchema',
      'applicantSignUpSchema',
      'employerSignUpSchema',
      'signInSchema',
      'changePasswordSchema',
      'bureauAccountCreateSchema',
      'bureauAccountUpdateSchema',
      'pageQuerySchema',
      'caseDocumentReaders',
      'mayReadCaseDocument',
      'makeCalendar',
      'addWorkingDays',
      'workingDaysBetween',
      'policyVersionSchema',
      'defaultPolicyVersion',
      'policyInForce',
      'evaluateSettlement',
      'evaluateSubsidy',
      'evaluateSubsidyPayment',
      'canApproveInstantly',
      'calculateAward',
      'calculateClawback',
      'transition',
      'availableActions',
      'settlementMachine',
      'subsidyClaimMachine',
      'awardMachine',
      'paymentLineMachine',
      'disbursementBatchMachine',
      'settlementRoutes',
      'settlementPlaces',
      'townKinds',
      'relations',
      'tiers',
    ];
    for (const name of names) expect(domain, name).toHaveProperty(name);
    expect(domain.locales).toEqual(['zh-CN', 'en']);
    expect(domain.settlementRoutes).toHaveLength(9);
    expect(Object.keys(testing).sort()).toEqual(
      [
        'areaCodeArb',
        'catalogueParts',
        'isoDateArb',
        'keysDefinedTwice',
        'makeMobile',
        'makeResidentId',
        'makeUscc',
        'mobileArb',
        'residentIdArb',
        'residentIdSpecArb',
        'usccArb',
      ].sort(),
    );
  });

  it('has a label for every state and action of every machine', () => {
    const machines = [
      domain.settlementMachine,
      domain.subsidyClaimMachine,
      domain.awardMachine,
      domain.paymentLineMachine,
      domain.disbursementBatchMachine,
    ];
    for (const m of machines) {
      for (const state of m.states) expect(domain.isMessageKey(`state.${state}`), state).toBe(true);
      for (const event of Object.keys(m.events))
        expect(domain.isMessageKey(`action.${event}`), event).toBe(true);
    }
  });

  it('has a message for every guard refusal the machines can give', async () => {
    const sources = import.meta.glob('./machines/*.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    }) as Record<string, string>;
    const codes = new Set(
      Object.values(sources).flatMap((s) =>
        [...s.matchAll(/'(guard\.[a-z_]+)'/g)].map((m) => m[1] as string),
      ),
    );
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes) expect(domain.isMessageKey(code), code).toBe(true);
    expect(domain.isMessageKey('guard.today_required')).toBe(true);
  });
});
