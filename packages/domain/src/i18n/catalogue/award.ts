import type { LocalizedText } from '../locale';

/** Plain-language explanations of an award and of a clawback. */
export const awardMessages = {
  'award.intro': {
    'zh-CN': '依据{clause}(参数版本“{policy}”,{effectiveFrom}起施行),{tier}人才的补贴如下:',
    en: 'Under {clause} (parameters "{policy}", in force from {effectiveFrom}), the {tier} tier receives:',
  },
  'award.settlingIn.once': {
    'zh-CN': '安家补贴{total},于{startDate}一次性发放。',
    en: 'a settling-in allowance of {total}, paid once on {startDate};',
  },
  'award.settlingIn.parts': {
    'zh-CN': '安家补贴共{total},分{parts}年发放,每年{perPart},首期于{startDate}发放。',
    en: 'a settling-in allowance of {total} in {parts} yearly parts of {perPart}, the first on {startDate};',
  },
  'award.settlingIn.partsWithRemainder': {
    'zh-CN': '安家补贴共{total},分{parts}年发放,每年{perPart}(最后一期{last}),首期于{startDate}发放。',
    en: 'a settling-in allowance of {total} in {parts} yearly parts of {perPart} (the last {last}), the first on {startDate};',
  },
  'award.settlingIn.none': {
    'zh-CN': '本档次不享受安家补贴。',
    en: 'no settling-in allowance at this tier;',
  },
  'award.living': {
    'zh-CN': '生活补贴每月{monthly},共{months}个月,合计{total},自{startDate}起按月发放。',
    en: 'a living allowance of {monthly} a month for {months} months ({total}), paid monthly from {startDate}.',
  },
  'award.living.none': { 'zh-CN': '本档次不享受生活补贴。', en: 'no living allowance at this tier.' },
  'award.total': { 'zh-CN': '补贴合计{total}。', en: 'In total {total}.' },
  'award.conditions': {
    'zh-CN': '首次发放前须在庆阳缴纳社会保险满{min}个月,此后每次发放时须仍在庆阳缴纳。',
    en: 'Before the first payment, {min} months of social insurance must have been paid in Qingyang, and it must still be paid at each later payment.',
  },
  'award.commitment': {
    'zh-CN':
      '服务期{months}个月,至{endsOn}止;服务期内离开庆阳就业的,未发放部分停发,已发放的安家补贴按未服务月数比例退回。',
    en: 'The service commitment runs {months} months, until {endsOn}. Leaving employment in Qingyang before then stops the unpaid parts, and the settling-in allowance already paid is repaid in proportion to the months not served.',
  },
  'clawback.served': {
    'zh-CN': '已于{endsOn}服满{commitment}个月服务期,无需退回。',
    en: 'The {commitment}-month commitment was served in full on {endsOn}: nothing is repaid.',
  },
  'clawback.due': {
    'zh-CN':
      '服务期{commitment}个月,已服务{served}个月,未服务{unserved}个月;已发放安家补贴{paid},按比例应退回{amount}(即{paid}×{unserved}÷{commitment},不足一分的部分不予追回)。',
    en: 'Of the {commitment}-month commitment, {served} months were served and {unserved} were not; of the {paid} settling-in allowance paid, {amount} is repaid ({paid} × {unserved} ÷ {commitment}, rounded down to the fen).',
  },
  'clawback.waived': {
    'zh-CN': '服务期{commitment}个月,已服务{served}个月;经人社局决定,免予追回已发放的安家补贴{paid}。',
    en: 'Of the {commitment}-month commitment, {served} months were served; the bureau has waived repayment of the {paid} settling-in allowance paid.',
  },
  'clawback.stopped': {
    'zh-CN': '尚未发放的{count}笔共{amount}停发。',
    en: 'The {count} unpaid payments, {amount} in all, are stopped.',
  },
} as const satisfies Record<string, LocalizedText>;
