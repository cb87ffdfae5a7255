import { type IsoDate, monthSeries } from '../dates/isoDate';
import { sentence, term } from '../eligibility/criterion';
import type { LocalizedText } from '../i18n/locale';
import { t } from '../i18n/t';
import { formatFen, splitFen } from '../money/fen';
import type { PolicyVersion } from '../policy/schema';
import type { Tier } from '../policy/tiers';

export type AwardLineKind = 'settling_in' | 'living_allowance';

/** One payment the award promises: a yearly part of the settling-in allowance or a monthly instalment. */
export type AwardLine = {
  id: string;
  kind: AwardLineKind;
  /** 1-based position among the lines of its kind, out of `of`. */
  sequence: number;
  of: number;
  amountFen: number;
  dueDate: IsoDate;
  clause: string;
};

export type Award = {
  policyVersionId: string;
  tier: Tier;
  startDate: IsoDate;
  lines: readonly AwardLine[];
  settlingInFen: number;
  livingAllowanceFen: number;
  /** Always exactly the sum of the lines. */
  totalFen: number;
  serviceCommitmentMonths: number;
  serviceEndsOn: IsoDate;
  explanation: LocalizedText;
};

export type AwardInput = {
  tier: Tier;
  /** The day the award takes effect (its approval): first payments fall due then, and service counts from it. */
  startDate: IsoDate;
};

/**
 * Computes an award under the policy version in force at the claim's date (pick it with
 * policyInForce). Settling-in parts fall due yearly from the start date, living-allowance
 * instalments monthly; each amount is split so the remainder lands on the last part (二(四)5).
 */
export function calculateAward(input: AwardInput, policy: PolicyVersion): Award {
  const tierPolicy = policy.tiers[input.tier];
  const settlingIn = tierPolicy.settlingInAllowance;
  const living = tierPolicy.livingAllowance;
  const commitmentMonths = tierPolicy.serviceCommitmentMonths.value;

  const partAmounts =
    settlingIn.value.totalFen > 0 ? splitFen(settlingIn.value.totalFen, settlingIn.value.parts) : [];
  const livingMonths = living.value.monthlyFen > 0 ? living.value.months : 0;
  const offsets: number[] = [];
  for (let k = 0; k < partAmounts.length; k++) offsets.push(12 * k);
  for (let i = 0; i < livingMonths; i++) offsets.push(i);
  offsets.push(commitmentMonths);
  const dates = monthSeries(input.startDate, offsets);

  const lines: AwardLine[] = [];
  let settlingInFen = 0;
  for (let k = 0; k < partAmounts.length; k++) {
    const amountFen = partAmounts[k] as number;
    settlingInFen += amountFen;
    lines.push({
      id: `settling_in-${k + 1}`,
      kind: 'settling_in',
      sequence: k + 1,
      of: partAmounts.length,
      amountFen,
      dueDate: dates[k] as IsoDate,
      clause: settlingIn.clause,
    });
  }
  let livingAllowanceFen = 0;
  for (let i = 0; i < livingMonths; i++) {
    livingAllowanceFen += living.value.monthlyFen;
    lines.push({
      id: `living_allowance-${i + 1}`,
      kind: 'living_allowance',
      sequence: i + 1,
      of: livingMonths,
      amountFen: living.value.monthlyFen,
      dueDate: dates[partAmounts.length + i] as IsoDate,
      clause: living.clause,
    });
  }
  const serviceEndsOn = dates[dates.length - 1] as IsoDate;
  const totalFen = settlingInFen + livingAllowanceFen;
  const award = {
    policyVersionId: policy.id,
    tier: input.tier,
    startDate: input.startDate,
    lines,
    settlingInFen,
    livingAllowanceFen,
    totalFen,
    serviceCommitmentMonths: commitmentMonths,
    serviceEndsOn,
  };
  return { ...award, explanation: explainAward(award, policy) };
}

function explainAward(award: Omit<Award, 'explanation'>, policy: PolicyVersion): LocalizedText {
  const tierPolicy = policy.tiers[award.tier];
  const parts: LocalizedText[] = [
    sentence('award.intro', {
      policy: policy.title,
      effectiveFrom: policy.effectiveFrom,
      clause: tierPolicy.settlingInAllowance.clause,
      tier: term(`tier.${award.tier}`),
    }),
  ];
  const settling = award.lines.filter((l) => l.kind === 'settling_in');
  const first = settling[0];
  const last = settling[settling.length - 1];
  if (first === undefined || last === undefined) parts.push(sentence('award.settlingIn.none'));
  else if (settling.length === 1) {
    parts.push(money('award.settlingIn.once', { total: award.settlingInFen }, { dueDate: first.dueDate }));
  } else {
    const key =
      last.amountFen === first.amountFen ? 'award.settlingIn.parts' : 'award.settlingIn.partsWithRemainder';
    parts.push(
      money(
        key,
        { total: award.settlingInFen, perPart: first.amountFen, last: last.amountFen },
        { parts: settling.length, dueDate: first.dueDate },
      ),
    );
  }
  const living = tierPolicy.livingAllowance.value;
  const firstLiving = award.lines.find((l) => l.kind === 'living_allowance');
  if (firstLiving === undefined) parts.push(sentence('award.living.none'));
  else {
    parts.push(
      money(
        'award.living',
        { monthly: living.monthlyFen, total: award.livingAllowanceFen },
        { months: firstLiving.of, firstDue: firstLiving.dueDate },
      ),
    );
  }
  parts.push(money('award.total', { total: award.totalFen }, {}));
  parts.push(sentence('award.conditions', { min: policy.commonConditions.minSocialInsuranceMonths.value }));
  parts.push(
    sentence('award.commitment', { months: award.serviceCommitmentMonths, endsOn: award.serviceEndsOn }),
  );
  return {
    'zh-CN': parts.map((p) => p['zh-CN']).join(''),
    en: parts.map((p) => p.en).join(' '),
  };
}

/** A sentence whose money parameters are formatted for each locale. */
export function money(
  key: string,
  amounts: Readonly<Record<string, number>>,
  params: Readonly<Record<string, string | number>>,
): LocalizedText {
  const zh: Record<string, string | number> = { ...params };
  const en: Record<string, string | number> = { ...params };
  for (const name in amounts) {
    const fen = amounts[name] as number;
    zh[name] = formatFen(fen, 'zh-CN');
    en[name] = formatFen(fen, 'en');
  }
  return { 'zh-CN': t('zh-CN', key, zh), en: t('en', key, en) };
}
