import type { LocalizedText } from '../i18n/locale';
import { splitTemplate } from '../i18n/t';
import { splitFen } from '../money/fen';
import type { PolicyVersion } from '../policy/schema';
import type { Tier } from '../policy/tiers';
import type { AwardLineKind } from './award';
import { explainTier } from './explainAward';

/** Everything about a tier's award that does not depend on the start date, worked out once per policy version. */
export type TierSchedule = {
  lines: readonly {
    id: string;
    kind: AwardLineKind;
    sequence: number;
    of: number;
    amountFen: number;
    clause: string;
    /** Months after the start date that the line falls due. */
    offset: number;
  }[];
  /** Each line's offset, then the commitment's length: one date series gives every date of the award. */
  offsets: readonly number[];
  settlingInFen: number;
  livingAllowanceFen: number;
  serviceCommitmentMonths: number;
  /** The explanation with only {startDate} and {endsOn} left to fill. */
  explanation: { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
};

// Keyed by the parsed version object: the API parses versions once per request, the bench once in all.
const schedules = new WeakMap<PolicyVersion, Map<Tier, TierSchedule>>();

export function tierSchedule(policy: PolicyVersion, tier: Tier): TierSchedule {
  let byTier = schedules.get(policy);
  if (byTier === undefined) {
    byTier = new Map();
    schedules.set(policy, byTier);
  }
  let schedule = byTier.get(tier);
  if (schedule === undefined) {
    schedule = buildSchedule(policy, tier);
    byTier.set(tier, schedule);
  }
  return schedule;
}

function buildSchedule(policy: PolicyVersion, tier: Tier): TierSchedule {
  const tierPolicy = policy.tiers[tier];
  const settlingIn = tierPolicy.settlingInAllowance;
  const living = tierPolicy.livingAllowance;
  const parts =
    settlingIn.value.totalFen > 0 ? splitFen(settlingIn.value.totalFen, settlingIn.value.parts) : [];
  const livingMonths = living.value.monthlyFen > 0 ? living.value.months : 0;
  const lines: TierSchedule['lines'][number][] = [];
  parts.forEach((amountFen, k) => {
    lines.push({
      id: `settling_in-${k + 1}`,
      kind: 'settling_in',
      sequence: k + 1,
      of: parts.length,
      amountFen,
      clause: settlingIn.clause,
      offset: 12 * k,
    });
  });
  for (let i = 0; i < livingMonths; i++) {
    lines.push({
      id: `living_allowance-${i + 1}`,
      kind: 'living_allowance',
      sequence: i + 1,
      of: livingMonths,
      amountFen: living.value.monthlyFen,
      clause: living.clause,
      offset: i,
    });
  }
  const settlingInFen = parts.reduce((a, b) => a + b, 0);
  const livingAllowanceFen = living.value.monthlyFen * livingMonths;
  const commitment = tierPolicy.serviceCommitmentMonths.value;
  const text: LocalizedText = explainTier(policy, tier, {
    parts,
    livingMonths,
    settlingInFen,
    livingAllowanceFen,
    commitment,
  });
  return {
    lines,
    offsets: [...lines.map((l) => l.offset), commitment],
    settlingInFen,
    livingAllowanceFen,
    serviceCommitmentMonths: commitment,
    explanation: { 'zh-CN': splitTemplate(text['zh-CN']), en: splitTemplate(text.en) },
  };
}
