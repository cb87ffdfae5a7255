import { fen, sentence, term } from '../eligibility/criterion';
import type { LocalizedText } from '../i18n/locale';
import type { PolicyVersion } from '../policy/schema';
import type { Tier } from '../policy/tiers';

type Figures = {
  parts: readonly number[];
  livingMonths: number;
  settlingInFen: number;
  livingAllowanceFen: number;
  commitment: number;
};

/**
 * The plain-language account of a tier's award under a policy version. The dates are left as
 * {startDate} and {endsOn} so that one text serves every award of the tier.
 */
export function explainTier(policy: PolicyVersion, tier: Tier, figures: Figures): LocalizedText {
  const tierPolicy = policy.tiers[tier];
  const { parts, livingMonths } = figures;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const sentences: LocalizedText[] = [
    sentence('award.intro', {
      clause: tierPolicy.settlingInAllowance.clause,
      policy: policy.title,
      effectiveFrom: policy.effectiveFrom,
      tier: term(`tier.${tier}`),
    }),
  ];
  if (first === undefined || last === undefined) sentences.push(sentence('award.settlingIn.none'));
  else if (parts.length === 1)
    sentences.push(sentence('award.settlingIn.once', { total: fen(figures.settlingInFen) }));
  else {
    sentences.push(
      sentence(last === first ? 'award.settlingIn.parts' : 'award.settlingIn.partsWithRemainder', {
        total: fen(figures.settlingInFen),
        parts: parts.length,
        perPart: fen(first),
        last: fen(last),
      }),
    );
  }
  if (livingMonths === 0) sentences.push(sentence('award.living.none'));
  else {
    sentences.push(
      sentence('award.living', {
        monthly: fen(tierPolicy.livingAllowance.value.monthlyFen),
        months: livingMonths,
        total: fen(figures.livingAllowanceFen),
      }),
    );
  }
  sentences.push(sentence('award.total', { total: fen(figures.settlingInFen + figures.livingAllowanceFen) }));
  sentences.push(
    sentence('award.conditions', { min: policy.commonConditions.minSocialInsuranceMonths.value }),
  );
  sentences.push(sentence('award.commitment', { months: figures.commitment }));
  return joinSentences(sentences);
}

/** Chinese sentences run on; English ones are separated by a space. */
export function joinSentences(sentences: readonly LocalizedText[]): LocalizedText {
  let zh = '';
  let en = '';
  for (const s of sentences) {
    zh += s['zh-CN'];
    en = en === '' ? s.en : `${en} ${s.en}`;
  }
  return { 'zh-CN': zh, en };
}
