import type { LocalizedText } from '@talent/domain';

/** SMS codes, forgotten passwords, waits after failed sign-ins, and the admin's recovery actions. */
export const recoveryUiMessages = {
  'smsCode.label': { 'zh-CN': '短信验证码', en: 'Code from the text message' },
  'smsCode.send': { 'zh-CN': '获取验证码', en: 'Send code' },
  'smsCode.resendIn': { 'zh-CN': '{seconds} 秒后重新获取', en: 'Resend in {seconds} s' },
  'smsCode.sent': {
    'zh-CN': '验证码已发送,10 分钟内有效。如未收到,请稍后重新获取。',
    en: 'Code sent; it is valid for 10 minutes. If it does not arrive, ask again shortly.',
  },
  'signIn.forgot': { 'zh-CN': '忘记密码?', en: 'Forgot the password?' },
  'signIn.waitMinutes': { 'zh-CN': '请 {minutes} 分钟后再试', en: 'Try again in {minutes} min' },
  'signIn.bureauForgot': {
    'zh-CN': '忘记密码或账号被锁定,请联系系统管理员重置或解除锁定。',
    en: 'Forgot the password or locked out? Ask the system administrator to reset or unlock it.',
  },
  'forgot.title': { 'zh-CN': '找回密码', en: 'Reset your password' },
  'forgot.intro': {
    'zh-CN': '验证码将发送到注册时使用的手机号。',
    en: 'A code is sent to the mobile number you registered with.',
  },
  'forgot.newPassword': { 'zh-CN': '新密码', en: 'New password' },
  'forgot.submit': { 'zh-CN': '重置密码', en: 'Reset password' },
  'forgot.done': {
    'zh-CN': '密码已重置,所有设备已退出登录。请使用新密码登录。',
    en: 'Your password is reset and every device is signed out. Sign in with the new password.',
  },
  'forgot.toSignIn': { 'zh-CN': '返回登录', en: 'Back to sign-in' },
  'password.mustChange': {
    'zh-CN': '管理员为您设置了临时密码,请先设置新密码再继续使用。',
    en: 'An administrator gave you a temporary password; choose a new one before you go on.',
  },
  'staff.unlock': { 'zh-CN': '解除锁定', en: 'Unlock' },
  'staff.unlockTitle': { 'zh-CN': '解除登录锁定', en: 'Lift sign-in delays' },
  'staff.unlockConfirm': {
    'zh-CN': '确定解除 {name}({username})的登录锁定吗?该账号在所有地址的登录等待将被清除。',
    en: 'Lift the sign-in delays of {name} ({username}) from every address?',
  },
  'staff.unlockedDone': { 'zh-CN': '已解除 {name} 的登录锁定。', en: 'Sign-in delays of {name} lifted.' },
  'staff.resetPassword': { 'zh-CN': '重置密码', en: 'Reset password' },
  'staff.resetPasswordTitle': { 'zh-CN': '重置密码', en: 'Reset password' },
  'staff.resetPasswordConfirm': {
    'zh-CN': '确定为 {name}({username})设置临时密码吗?该账号将退出所有登录,下次登录后须修改密码。',
    en: 'Give {name} ({username}) a temporary password? They are signed out everywhere and must change it at the next sign-in.',
  },
  'staff.temporaryPassword': {
    'zh-CN': '{name} 的临时密码(仅显示一次,请当面或电话告知本人):',
    en: 'Temporary password of {name} (shown once; tell them in person or by phone):',
  },
} as const satisfies Record<string, LocalizedText>;
