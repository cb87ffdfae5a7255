import type { LocalizedText } from '../locale';

/** The subsidy claim's own words: its form's validation, the states and actions only it and its award have. */
export const subsidyClaimMessages = {
  'validation.bankName.length': {
    'zh-CN': '请选择或填写社保卡开户银行(2至40个字)',
    en: 'Choose or enter the bank of your social-security card (2 to 40 characters)',
  },
  'validation.bankAccount.format': {
    'zh-CN': '社保卡银行账号应为12至25位数字',
    en: 'The social-security card account number has 12 to 25 digits',
  },
  'state.awarded': { 'zh-CN': '公示期满,已核定发放', en: 'Awarded' },
  'state.pending': { 'zh-CN': '待公示期满', en: 'Awaiting the public notice' },
  'action.activate': { 'zh-CN': '公示期满,启动发放', en: 'Activate' },
  'action.renew': { 'zh-CN': '重新核定', en: 'Renew' },
  'subsidyClaim.notClaimable': {
    'zh-CN': '暂不符合申领条件,请查看各项条件及其政策依据',
    en: 'You cannot claim yet; see each condition and the clause behind it',
  },
  'subsidyClaim.alreadyClaimed': {
    'zh-CN': '您已申领过该学历档次的补贴,同一档次只能申领一次',
    en: 'You have already claimed the subsidy for this tier; each tier is claimed once',
  },
  'subsidyClaim.awardExists': {
    'zh-CN': '该申领已有核定的补贴',
    en: 'This claim already has an award',
  },
  'subsidyClaim.block.residentId': {
    'zh-CN': '请先在个人资料中填写身份证号码',
    en: 'Add your resident ID number to your profile first',
  },
  'subsidyClaim.block.notSettled': {
    'zh-CN': '补贴面向已在庆阳落户的人才:尚未查到您已办结的落户',
    en: 'The subsidies are for talent settled in Qingyang: no completed settlement of yours was found',
  },
  'subsidyClaim.block.employmentNotConfirmed': {
    'zh-CN': '先落户后就业的毕业生,须报告就业并经用人单位确认后方可申领',
    en: 'A graduate who settled first claims once their employment is reported and confirmed by the employer',
  },
  'subsidyClaim.block.noTier': {
    'zh-CN': '落户申请中没有学历档次,请联系人社局',
    en: 'Your settlement has no education tier on file; please contact the bureau',
  },
  'notification.subsidy_claim.submit': {
    'zh-CN': '您的补贴申领{number}已提交,将于{dueOn}前完成初审',
    en: 'Your subsidy claim {number} was submitted; the first check is due by {dueOn}',
  },
  'notification.subsidy_claim.resubmit': {
    'zh-CN': '您的补贴申领{number}已重新提交,将于{dueOn}前完成初审',
    en: 'Your subsidy claim {number} was resubmitted; the first check is due by {dueOn}',
  },
  'notification.subsidy_claim.withdraw': {
    'zh-CN': '您的补贴申领{number}已撤回',
    en: 'Your subsidy claim {number} was withdrawn',
  },
  'notification.subsidy_claim.start_review': {
    'zh-CN': '您的补贴申领{number}已进入审核',
    en: 'Your subsidy claim {number} is under review',
  },
  'notification.subsidy_claim.return': {
    'zh-CN': '您的补贴申领{number}被退回,请登录查看原因并重新提交',
    en: 'Your subsidy claim {number} was returned; sign in to see why and resubmit',
  },
  'notification.subsidy_claim.recommend': {
    'zh-CN': '您的补贴申领{number}已通过初审,等待复审',
    en: 'Your subsidy claim {number} passed the first check; the second check follows',
  },
  'notification.subsidy_claim.send_back': {
    'zh-CN': '您的补贴申领{number}复审时退回重新初审',
    en: 'Your subsidy claim {number} was sent back to the first check',
  },
  'notification.subsidy_claim.approve': {
    'zh-CN': '您的补贴申领{number}已通过复审,将进行公示,公示期满无异议后发放',
    en: 'Your subsidy claim {number} was approved; it will be published, and paid once the notice ends without objection',
  },
  'notification.subsidy_claim.reject': {
    'zh-CN': '您的补贴申领{number}未获批准,请登录查看原因',
    en: 'Your subsidy claim {number} was rejected; sign in to see why',
  },
  'notification.subsidy_claim.publish_notice': {
    'zh-CN': '您的补贴申领{number}已进入公示',
    en: 'Your subsidy claim {number} is in public notice',
  },
  'notification.subsidy_claim.uphold_objection': {
    'zh-CN': '您的补贴申领{number}在公示期间收到异议,经核实后重新审核',
    en: 'An objection to your subsidy claim {number} was upheld; it is reviewed again',
  },
  'notification.subsidy_claim.close_notice': {
    'zh-CN': '您的补贴申领{number}公示期满,补贴将按计划发放',
    en: 'The notice of your subsidy claim {number} has ended; payments follow the schedule',
  },
  'action.bank_account.reveal': { 'zh-CN': '查看完整账号', en: 'Show the full account number' },
} as const satisfies Record<string, LocalizedText>;
