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
} as const satisfies Record<string, LocalizedText>;
