import { POLICY_DOCUMENT } from './clauses';
import type { PolicyVersion, TierPolicy } from './schema';

const DOC = POLICY_DOCUMENT;
/** 二(四)5 promises tiered incentives but names no figures: the figures below are the bureau's. */
const INCENTIVES = `${DOC} 二(四)5(金额、期限由人社局确定)`;

const yuan = (amount: number): number => amount * 100;

function tier(
  totalYuan: number,
  parts: number,
  monthlyYuan: number,
  livingMonths: number,
  ageLimit: number | null,
  commitmentYears: number,
): TierPolicy {
  return {
    settlingInAllowance: { value: { totalFen: yuan(totalYuan), parts }, clause: INCENTIVES },
    livingAllowance: { value: { monthlyFen: yuan(monthlyYuan), months: livingMonths }, clause: INCENTIVES },
    ageLimit: { value: ageLimit, clause: INCENTIVES },
    serviceCommitmentMonths: { value: commitmentYears * 12, clause: INCENTIVES },
  };
}

/** The example table of policy.md, in force from the document's date of issue. */
export const defaultPolicyVersion: PolicyVersion = {
  id: 'qzbf-2022-44-v1',
  title: '默认参数(政策说明示例表)',
  effectiveFrom: '2022-03-30',
  // 应届毕业生: the national two-year job-search period (择业期).
  freshGraduateWindowMonths: { value: 24, clause: `${DOC} 二(一)4(应届:择业期两年)` },
  employmentReport: {
    windowMonths: { value: 24, clause: `${DOC} 二(一)4(先落户后就业)` },
    reminderMonthsBefore: { value: [6, 3, 1], clause: `${DOC} 二(一)4、二(五)6` },
  },
  serviceLevelWorkingDays: {
    ordinary: { value: 5, clause: `${DOC} 一(二)(简化办事程序,优化办事流程)` },
    greenChannel: { value: 1, clause: `${DOC} 二(一)5(高层次人才落户绿色通道)` },
  },
  instantApproval: { value: true, clause: `${DOC} 二(一)5(高层次人才落户绿色通道)` },
  publicNoticeWorkingDays: { value: 5, clause: `${DOC} 二(四)5(发放前公示)` },
  tiers: {
    doctorate: tier(100_000, 3, 3_000, 36, 45, 5),
    master: tier(30_000, 2, 1_500, 36, 35, 5),
    bachelor: tier(10_000, 1, 800, 24, 30, 3),
    junior_college: tier(5_000, 1, 500, 12, 30, 3),
    special_skills: tier(5_000, 1, 0, 0, null, 3),
  },
  commonConditions: {
    householdInQingyang: { value: true, clause: `${DOC} 二(四)5(对落户的人员)` },
    minContractMonths: { value: 12, clause: INCENTIVES },
    registeredBusinessQualifies: { value: true, clause: `${DOC} 二(四)5(就业创业补贴)` },
    minSocialInsuranceMonths: { value: 3, clause: INCENTIVES },
    continuingContributions: { value: true, clause: INCENTIVES },
    firstClaimOnly: { value: true, clause: INCENTIVES },
  },
  clawback: { value: { rule: 'pro_rata_unserved_months', waivable: true }, clause: INCENTIVES },
};
