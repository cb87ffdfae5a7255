import { isMessageKey, type Locale, type LocalizedText, type MessageParams, t } from '@talent/domain';

// TODO(domain): these keys belong in the domain catalogue (i18n/catalogue/errors.ts and validation.ts);
// they live here until it has them. The domain's own entry wins once it exists.
const apiMessages = {
  'error.unavailable': {
    'zh-CN': '服务暂时不可用,请稍后再试',
    en: 'The service is temporarily unavailable; try again later',
  },
  'error.validation_failed.malformedJson': {
    'zh-CN': '请求内容不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  'error.conflict.mobileTaken': {
    'zh-CN': '该手机号已注册,请直接登录',
    en: 'This mobile number is already registered; sign in instead',
  },
  'error.conflict.usccTaken': {
    'zh-CN': '该统一社会信用代码已注册',
    en: 'An employer with this unified social credit code is already registered',
  },
  'error.conflict.usernameTaken': { 'zh-CN': '该用户名已被使用', en: 'This username is already taken' },
  'error.conflict.residentIdTaken': {
    'zh-CN': '该身份证号码已被其他账户使用',
    en: 'This resident ID number is already used by another account',
  },
  'error.conflict.ownAdminRole': {
    'zh-CN': '不能移除自己的管理员角色,请由其他管理员操作',
    en: 'You cannot remove your own admin role; ask another admin',
  },
  'error.conflict.selfDisable': {
    'zh-CN': '不能停用自己的账户',
    en: 'You cannot disable your own account',
  },
  'error.conflict.lastAdmin': {
    'zh-CN': '系统至少需要保留一个启用的管理员',
    en: 'At least one enabled admin must remain',
  },
  'error.not_found.residentId': {
    'zh-CN': '尚未填写身份证号码',
    en: 'No resident ID number on file',
  },
  'error.payload_too_large.spreadsheet': {
    'zh-CN': '表格文件解压后内容过多,未做任何登记。请删去多余的工作表和行列,或拆分后分批导入',
    en: 'The spreadsheet holds too much once unpacked; nothing was recorded. Remove extra sheets, rows and columns, or split it',
  },
  'error.rate_limited.uploads': {
    'zh-CN': '一小时内上传的文件数量已达上限,请稍后再试',
    en: 'You have uploaded as many files as an hour allows; try again later',
  },
  'error.payload_too_large.uploadQuota': {
    'zh-CN': '一小时内上传的文件总大小已达上限,请稍后再试',
    en: 'You have uploaded as much as an hour allows; try again later',
  },
  'validation.import.rowTooLarge': {
    'zh-CN': '文件中有一行的列数过多或单元格内容过长,未做任何登记。请按导入模板的列整理后重新上传',
    en: 'A row has too many columns or too long a cell; nothing was recorded. Keep to the columns of the import template',
  },
  'validation.password.wrongCurrent': { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
} as const satisfies Record<string, LocalizedText>;

export type ApiMessageKey = keyof typeof apiMessages;

/** Domain catalogue first, then the API's own keys; an unknown key comes back as itself. */
export function message(locale: Locale, key: string, params?: MessageParams): string {
  if (isMessageKey(key) || !Object.hasOwn(apiMessages, key)) return t(locale, key, params);
  const template = apiMessages[key as ApiMessageKey][locale];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** TODO(domain): maskMobile belongs next to maskResidentId. 13800138000 → 138****8000. */
export function maskMobile(mobile: string): string {
  if (mobile.length < 7) return '*'.repeat(mobile.length);
  return `${mobile.slice(0, 3)}${'*'.repeat(mobile.length - 7)}${mobile.slice(-4)}`;
}
