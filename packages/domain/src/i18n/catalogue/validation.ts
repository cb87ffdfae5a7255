import type { LocalizedText } from '../locale';

/** Messages behind the domain's own validation codes (zod schema messages are these keys). */
export const validationMessages = {
  'validation.required': { 'zh-CN': '此项为必填项', en: 'This field is required' },
  'validation.residentId.length': {
    'zh-CN': '身份证号码应为18位',
    en: 'A resident ID number has 18 characters',
  },
  'validation.residentId.charset': {
    'zh-CN': '身份证号码前17位应为数字,最后一位为数字或X',
    en: 'A resident ID number is 17 digits followed by a digit or X',
  },
  'validation.residentId.region': {
    'zh-CN': '身份证号码的地区码无效',
    en: 'The area code of the resident ID number is not valid',
  },
  'validation.residentId.birthDate': {
    'zh-CN': '身份证号码中的出生日期无效',
    en: 'The birth date in the resident ID number is not a real date',
  },
  'validation.residentId.futureBirthDate': {
    'zh-CN': '身份证号码中的出生日期晚于今天',
    en: 'The birth date in the resident ID number is in the future',
  },
  'validation.residentId.checksum': {
    'zh-CN': '身份证号码校验位不正确,请核对',
    en: 'The check character of the resident ID number is wrong; please check the number',
  },
  'validation.uscc.length': {
    'zh-CN': '统一社会信用代码应为18位',
    en: 'A unified social credit code has 18 characters',
  },
  'validation.uscc.charset': {
    'zh-CN': '统一社会信用代码含有无效字符(不使用I、O、S、V、Z)',
    en: 'The unified social credit code contains an invalid character (I, O, S, V and Z are not used)',
  },
  'validation.uscc.authority': {
    'zh-CN': '统一社会信用代码的登记管理部门代码无效',
    en: 'The registering-authority code of the unified social credit code is not valid',
  },
  'validation.uscc.entityType': {
    'zh-CN': '统一社会信用代码的机构类别代码无效',
    en: 'The entity-type code of the unified social credit code is not valid',
  },
  'validation.uscc.region': {
    'zh-CN': '统一社会信用代码的行政区划码无效',
    en: 'The area code of the unified social credit code is not valid',
  },
  'uscc.checksum_mismatch': {
    'zh-CN': '统一社会信用代码校验位不符,需人社局人工核实',
    en: 'The check character of the credit code does not match; the bureau will confirm it by hand',
  },
  'validation.mobile.invalid': {
    'zh-CN': '请输入有效的11位手机号码',
    en: 'Enter a valid 11-digit mainland mobile number',
  },
  'validation.password.tooShort': {
    'zh-CN': '密码至少8位',
    en: 'The password needs at least 8 characters',
  },
  'validation.password.tooLong': {
    'zh-CN': '密码最多128位',
    en: 'The password may have at most 128 characters',
  },
  'validation.password.letterAndDigit': {
    'zh-CN': '密码须同时包含字母和数字',
    en: 'The password needs at least one letter and one digit',
  },
  'validation.password.tooCommon': {
    'zh-CN': '该密码过于常见,请换一个',
    en: 'This password is too common; choose another',
  },
  'validation.password.sameAsCurrent': {
    'zh-CN': '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  'validation.name.length': {
    'zh-CN': '姓名应为1至50个字符',
    en: 'A name has 1 to 50 characters',
  },
  'validation.orgName.length': {
    'zh-CN': '单位名称应为2至100个字符',
    en: 'An organisation name has 2 to 100 characters',
  },
  'validation.username.format': {
    'zh-CN': '用户名须以小写字母开头,由3至32位小写字母、数字、下划线、点或连字符组成',
    en: 'A username starts with a lower-case letter and has 3 to 32 lower-case letters, digits, _ . or -',
  },
  'validation.roles.required': { 'zh-CN': '请至少选择一个角色', en: 'Choose at least one role' },
  'validation.role.invalid': { 'zh-CN': '角色无效', en: 'Not a valid role' },
  'validation.accountKind.invalid': { 'zh-CN': '账户类型无效', en: 'Not a valid account kind' },
  'validation.login.required': { 'zh-CN': '请输入账号', en: 'Enter your sign-in name' },
  'validation.password.required': { 'zh-CN': '请输入密码', en: 'Enter your password' },
  'validation.page.invalid': { 'zh-CN': '页码应为不小于1的整数', en: 'The page is a whole number ≥ 1' },
  'validation.pageSize.invalid': {
    'zh-CN': '每页条数应为1至200的整数',
    en: 'The page size is a whole number from 1 to 200',
  },
  'validation.order.invalid': { 'zh-CN': '排序方向应为 asc 或 desc', en: 'The order is asc or desc' },
  'validation.date.invalid': { 'zh-CN': '日期无效(格式 YYYY-MM-DD)', en: 'Not a valid date (YYYY-MM-DD)' },
  'validation.policy.settlingInParts': {
    'zh-CN': '安家补贴金额不足以按所设期数分期发放',
    en: 'The settling-in allowance is too small to split into that many parts',
  },
  'validation.boolean.invalid': { 'zh-CN': '应为是或否', en: 'Expected yes or no' },
} as const satisfies Record<string, LocalizedText>;
