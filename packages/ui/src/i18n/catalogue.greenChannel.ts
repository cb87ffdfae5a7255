import type { LocalizedText } from '@talent/domain';

/** The talent-card green channel (绿色通道, 二(一)5) in the applicant portal and the bureau console. */
export const greenChannelUiMessages = {
  // applicant: home and wizard
  'green.entry': { 'zh-CN': '我持有陇原人才服务卡', en: 'I hold a Longyuan talent service card' },
  'green.entryHint': {
    'zh-CN': '绿色通道:本人及配偶、子女、父母一并落户,1个工作日内办结,符合条件的即时秒批',
    en: 'Green channel: settle with spouse, children and parents; decided within 1 working day, instantly when every check passes',
  },
  'green.title': { 'zh-CN': '人才服务卡绿色通道落户', en: 'Green-channel settlement (talent card)' },
  'green.card': { 'zh-CN': '我的服务卡', en: 'My card' },
  'green.cardNumber': { 'zh-CN': '服务卡卡号', en: 'Card number' },
  'green.cardNumberHint': {
    'zh-CN': '按卡面填写;提交时与人才服务卡登记库核验',
    en: 'As printed on the card; checked against the registry when you submit',
  },
  'green.noCardOnFile': {
    'zh-CN': '登记库中暂未查到您名下的服务卡,请按卡面填写卡号,提交时将再次核验',
    en: 'No card is registered under your ID yet; enter the number on your card and it is checked again on submission',
  },
  'green.cardValidUntil': { 'zh-CN': '{tier}类 · 有效期至{date}', en: 'Tier {tier} · valid until {date}' },
  'green.useCard': { 'zh-CN': '使用此卡', en: 'Use this card' },
  'green.familyIntro': {
    'zh-CN':
      '配偶(限一人)、子女、父母可随同落户;请为每人填写身份证号并上传关系证明(结婚证、出生医学证明、户口簿等)',
    en: 'Spouse (one), children and parents may settle with you; give each one’s resident ID and upload a proof of the relationship',
  },
  'green.documentsIntro': {
    'zh-CN': '服务卡登记信息代替本人材料,只需上传随迁家属的关系证明;原件在办理落户时核验',
    en: 'The card registry stands for your own documents; only your family’s proofs are needed, their originals are seen at registration',
  },
  'green.proof': { 'zh-CN': '{name}的关系证明', en: 'Proof of relationship: {name}' },
  'green.refusedTitle': { 'zh-CN': '服务卡核验未通过', en: 'The card check failed' },
  'green.refusedIntro': {
    'zh-CN': '您的申请仍为草稿。以下条件未满足,您可以核对卡号后重试,或改走普通落户通道:',
    en: 'Your application is still a draft. These conditions were not met; check the card number and try again, or continue on the ordinary route:',
  },
  'green.switchToOrdinary': { 'zh-CN': '改走普通落户通道', en: 'Continue on the ordinary route' },
  'green.switchHint': {
    'zh-CN': '普通通道需上传毕业证、户口迁移证、身份证等材料,办结时限为5个工作日',
    en: 'The ordinary route asks for your graduation certificate, household migration certificate and ID card, and is decided within 5 working days',
  },
  'bureauHome.notices': { 'zh-CN': '提醒', en: 'Alerts' },
  // applicant and bureau: the case
  'green.badge': { 'zh-CN': '绿色通道', en: 'Green channel' },
  'green.instant': { 'zh-CN': '已秒批', en: 'Approved instantly' },
  'green.deadline': {
    'zh-CN': '1个工作日内办结,办结期限{date}',
    en: 'Decided within 1 working day, by {date}',
  },
  'green.rule': { 'zh-CN': '规则', en: 'Rule' },
  'green.measured': { 'zh-CN': '核验值', en: 'Measured' },
  'green.required': { 'zh-CN': '要求', en: 'Required' },
  'green.clause': { 'zh-CN': '政策依据', en: 'Clause' },
  'green.member': { 'zh-CN': '家属{n}', en: 'Member {n}' },
  'case.reason.pull_back.title': { 'zh-CN': '撤回秒批,转人工审核', en: 'Pull back for review' },
  'case.reason.pull_back.hint': {
    'zh-CN': '申请将回到审核中,申请人会收到通知和原因',
    en: 'The case goes back under review; the applicant is told why',
  },
} as const satisfies Record<string, LocalizedText>;
