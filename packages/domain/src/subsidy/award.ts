import { type IsoDate, monthSeries } from '../dates/isoDate';
import type { LocalizedText } from '../i18n/locale';
import { fillTemplate } from '../i18n/t';
import type { PolicyVersion } from '../policy/schema';
import type { Tier } from '../policy/tiers';
import { tierSchedule } from './schedule';

export type AwardLineKind = 'settling_in' | 'living_allowance';

/** One payment the award promises: a yearly part of the settling-in allowance or a monthly instalment. */
export type AwardLine = {
  /** Stable within the award ('settling_in-1', 'living_allowance-12'), so payments can refer to it. */
  readonly id: string;
  readonly kind: AwardLineKind;
  /** 1-based position among the lines of its kind, out of `of`. */
  readonly sequence: number;
  readonly of: number;
  readonly amountFen: number;
  readonly dueDate: IsoDate;
  readonly clause: string;
};

export type Award = {
  readonly policyVersionId: string;
  readonly tier: Tier;
  readonly startDate: IsoDate;
  readonly lines: readonly AwardLine[];
  readonly settlingInFen: number;
  readonly livingAllowanceFen: number;
  /** Always exactly the sum of the lines. */
  readonly totalFen: number;
  readonly serviceCommitmentMonths: number;
  readonly serviceEndsOn: IsoDate;
  readonly explanation: LocalizedText;
};

export type AwardInput = {
  tier: Tier;
  /** The day the award takes effect (its approval): first payments fall due then, and service counts from it. */
  startDate: IsoDate;
};

/**
 * Computes an award under the policy version in force at the claim's date (pick it with
 * policyInForce). Settling-in parts fall due yearly from the start date and living-allowance
 * instalments monthly; the allowance is split so the remainder lands on the last part, and the
 * total is the sum of the lines (二(四)5).
 */
export function calculateAward(input: AwardInput, policy: PolicyVersion): Award {
  const schedule = tierSchedule(policy, input.tier);
  const dates = monthSeries(input.startDate, schedule.offsets);
  const lines: AwardLine[] = new Array(schedule.lines.length);
  let totalFen = 0;
  for (let i = 0; i < schedule.lines.length; i++) {
    const line = schedule.lines[i] as TierLine;
    totalFen += line.amountFen;
    lines[i] = {
      id: line.id,
      kind: line.kind,
      sequence: line.sequence,
      of: line.of,
      amountFen: line.amountFen,
      dueDate: dates[i] as IsoDate,
      clause: line.clause,
    };
  }
  const serviceEndsOn = dates[dates.length - 1] as IsoDate;
  const dateParams = { startDate: input.startDate, endsOn: serviceEndsOn };
  return {
    policyVersionId: policy.id,
    tier: input.tier,
    startDate: input.startDate,
    lines,
    settlingInFen: schedule.settlingInFen,
    livingAllowanceFen: schedule.livingAllowanceFen,
    totalFen,
    serviceCommitmentMonths: schedule.serviceCommitmentMonths,
    serviceEndsOn,
    explanation: {
      'zh-CN': fillTemplate(schedule.explanation['zh-CN'], dateParams),
      en: fillTemplate(schedule.explanation.en, dateParams),
    },
  };
}

type TierLine = ReturnType<typeof tierSchedule>['lines'][number];
