import type { LocalizedText } from '../locale';

/** The talent-card green channel (绿色通道, 二(一)5): its form, refusals, actions and notices. */
export const greenChannelMessages = {
  'validation.talentCardNumber.length': {
    'zh-CN': '请填写服务卡上的卡号(不超过40个字符)',
    en: 'Enter the number printed on the card (at most 40 characters)',
  },
  'validation.settleAt.notGreenChannel': {
    'zh-CN': '绿色通道可在工作单位集体户或实际居住地落户',
    en: 'The green channel settles at the employer’s collective household or the actual residence',
  },
  'validation.members.oneSpouse': { 'zh-CN': '随迁配偶只能有一人', en: 'Only one spouse may settle along' },
  'error.conflict.talentCardFailed': {
    'zh-CN': '人才服务卡核验未通过,不能走绿色通道;可改走普通落户通道',
    en: 'The talent card check failed, so the green channel is closed; you may continue on the ordinary route',
  },
  'error.conflict.memberProofMissing': {
    'zh-CN': '请为每位随迁家属上传关系证明',
    en: 'Upload a proof of relationship for every family member',
  },
  'eligibility.family.proofAttached.pass': {
    'zh-CN': '已上传关系证明,原件在办理落户时核验',
    en: 'Proof of relationship attached; the original is checked at registration',
  },
  'eligibility.family.proofAttached.missing': {
    'zh-CN': '尚未上传关系证明',
    en: 'No proof of relationship attached yet',
  },
  'action.pull_back': { 'zh-CN': '撤回秒批,转人工审核', en: 'Pull back for review' },
  'guard.not_instantly_approved': {
    'zh-CN': '只有系统秒批的申请可以撤回审核',
    en: 'Only an instantly approved case can be pulled back',
  },
  'notification.settlement.instant_approve': {
    'zh-CN': '您的绿色通道落户申请{number}已秒批,等待户籍民警办理落户',
    en: 'Your green-channel application {number} was approved instantly; the registrar will now register you',
  },
  'notification.settlement.pull_back': {
    'zh-CN': '您的落户申请{number}已转人工审核,请登录查看原因',
    en: 'Your settlement application {number} was taken back for review; sign in to see why',
  },
  'notification.settlement.green_overdue': {
    'zh-CN': '绿色通道申请{number}已超过办结时限({dueOn}),请尽快处理',
    en: 'Green-channel application {number} passed its deadline ({dueOn}); please decide it now',
  },
} as const satisfies Record<string, LocalizedText>;
