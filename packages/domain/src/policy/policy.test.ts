import { describe, expect, it } from 'vitest';
import { chinaHolidays2024to2026 } from '../calendar/chinaHolidays';
import { makeCalendar } from '../calendar/workingDays';
import { clause } from './clauses';
import { employmentReportSchedule, publicNoticeEndsOn, serviceDeadline } from './deadlines';
import { defaultPolicyVersion } from './defaultPolicy';
import { policyInForce } from './policyInForce';
import { type PolicyVersion, policyVersionSchema } from './schema';
import { tiers } from './tiers';

const policy = policyVersionSchema.parse(defaultPolicyVersion);
const calendar = makeCalendar(chinaHolidays2024to2026);

describe('policy versions', () => {
  it('the default version is policy.md’s example table', () => {
    expect(policy.tiers.doctorate.settlingInAllowance.value).toEqual({ totalFen: 10_000_000, parts: 3 });
    expect(policy.tiers.doctorate.livingAllowance.value).toEqual({ monthlyFen: 300_000, months: 36 });
    expect(policy.tiers.master.ageLimit.value).toBe(35);
    expect(policy.tiers.bachelor.serviceCommitmentMonths.value).toBe(36);
    expect(policy.tiers.special_skills.livingAllowance.value.months).toBe(0);
    expect(policy.tiers.special_skills.ageLimit.value).toBeNull();
    expect(policy.freshGraduateWindowMonths.value).toBe(24);
    expect(policy.employmentReport.reminderMonthsBefore.value).toEqual([6, 3, 1]);
    expect(policy.serviceLevelWorkingDays).toMatchObject({
      ordinary: { value: 5 },
      greenChannel: { value: 1 },
    });
    expect(policy.publicNoticeWorkingDays.value).toBe(5);
  });

  it('gives every parameter a legal reference into 庆政办发〔2022〕44号', () => {
    const clauses: string[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if ('clause' in node && 'value' in node) clauses.push(String(node.clause));
      else for (const child of Object.values(node)) walk(child);
    };
    walk(policy);
    expect(clauses.length).toBeGreaterThan(20);
    for (const c of clauses) expect(c).toMatch(/^庆政办发〔2022〕44号 [一二三]/);
    expect(clause('二(一)4')).toBe('庆政办发〔2022〕44号 二(一)4');
  });

  it('rejects money that is not whole fen, and missing references', () => {
    const broken = JSON.parse(JSON.stringify(defaultPolicyVersion)) as PolicyVersion;
    broken.tiers.master.livingAllowance.value.monthlyFen = 1500.5;
    broken.instantApproval.clause = ' ';
    const result = policyVersionSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'instantApproval.clause',
      'tiers.master.livingAllowance.value.monthlyFen',
    ]);
    expect(tiers).toHaveLength(5);
    const tooSmall = JSON.parse(JSON.stringify(defaultPolicyVersion)) as PolicyVersion;
    tooSmall.tiers.doctorate.settlingInAllowance.value = { totalFen: 2, parts: 3 };
    expect(policyVersionSchema.safeParse(tooSmall).error?.issues[0]?.message).toBe(
      'validation.policy.settlingInParts',
    );
  });

  it('picks the version in force on a date', () => {
    const v2 = { ...policy, id: 'v2', effectiveFrom: '2025-07-01' };
    const v2fix = { ...policy, id: 'v2-fix', effectiveFrom: '2025-07-01' };
    const versions = [v2, policy, v2fix];
    expect(policyInForce(versions, '2022-03-29')).toBeUndefined();
    expect(policyInForce(versions, '2022-03-30')?.id).toBe(policy.id);
    expect(policyInForce(versions, '2025-06-30')?.id).toBe(policy.id);
    expect(policyInForce(versions, '2025-07-01')?.id).toBe('v2-fix');
  });
});

describe('deadlines', () => {
  it('counts service levels in working days', () => {
    expect(serviceDeadline(calendar, policy, '2025-09-30', 'ordinary')).toBe('2025-10-14');
    expect(serviceDeadline(calendar, policy, '2025-09-30', 'green')).toBe('2025-10-09');
    expect(publicNoticeEndsOn(calendar, policy, '2025-01-24')).toBe('2025-02-07');
  });

  it('schedules the employment report window and its reminders', () => {
    expect(employmentReportSchedule(policy, '2024-03-31')).toEqual({
      closesOn: '2026-03-31',
      remindOn: ['2025-09-30', '2025-12-31', '2026-02-28'],
    });
    const short = {
      ...policy,
      employmentReport: { ...policy.employmentReport, windowMonths: { value: 4, clause: 'x' } },
    };
    expect(employmentReportSchedule(short, '2024-01-15').remindOn).toEqual(['2024-02-15', '2024-04-15']);
  });
});
