import type { LocalizedText } from '../locale';

/** Sign-in throttling, SMS codes and password recovery: API answers and the SMS texts. */
export const recoveryMessages = {
  'error.rate_limited.minutes': {
    'zh-CN': '尝试次数过多,请 {minutes} 分钟后再试',
    en: 'Too many attempts; try again in {minutes} min',
  },
  'error.forbidden.mustChangePassword': {
    'zh-CN': '请先修改管理员设置的临时密码',
    en: 'Change the temporary password an administrator set first',
  },
  'error.validation_failed.smsCode': {
    'zh-CN': '验证码不正确或已过期,请重新获取',
    en: 'The code is wrong or has expired; request a new one',
  },
  'validation.smsCode.format': { 'zh-CN': '请输入 6 位数字验证码', en: 'Enter the 6-digit code' },
  'validation.codePurpose.invalid': { 'zh-CN': '验证码用途无效', en: 'Unknown code purpose' },
  'auth.code.sent': {
    'zh-CN': '验证码已发送,请查收短信',
    en: 'A code has been sent; check your text messages',
  },
  'sms.auth.sign_up_code': {
    'zh-CN': '【庆阳人才】您的注册验证码为 {code},{minutes} 分钟内有效,请勿告诉他人。',
    en: '[Qingyang Talent] Your sign-up code is {code}, valid for {minutes} minutes. Do not share it.',
  },
  'sms.auth.already_registered': {
    'zh-CN': '【庆阳人才】该手机号已注册,无需再次注册。如忘记密码,请在登录页点击“忘记密码”找回。',
    en: '[Qingyang Talent] This mobile is already registered. If you forgot the password, use "Forgot password" on the sign-in page.',
  },
  'sms.auth.password_reset_code': {
    'zh-CN': '【庆阳人才】您正在重置密码,验证码为 {code},{minutes} 分钟内有效。如非本人操作,请忽略。',
    en: '[Qingyang Talent] Your password reset code is {code}, valid for {minutes} minutes. Ignore this if it was not you.',
  },
  'notification.auth.password_reset': {
    'zh-CN': '您的登录密码已重置,所有设备已退出登录。如非本人操作,请立即联系人社局。',
    en: 'Your password was reset and every device signed out. If this was not you, contact the bureau now.',
  },
} as const satisfies Record<string, LocalizedText>;
