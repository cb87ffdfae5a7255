import type { LocalizedText } from '../locale';

/** One message per API error code (see errors.ts), keyed 'error.<code>'. */
export const errorMessages = {
  'error.validation_failed': { 'zh-CN': '提交的信息有误,请检查后重试', en: 'Some of the data is not valid' },
  'error.invalid_credentials': { 'zh-CN': '账号或密码不正确', en: 'Wrong sign-in name or password' },
  'error.unauthenticated': { 'zh-CN': '请先登录', en: 'Please sign in first' },
  'error.forbidden': { 'zh-CN': '您无权执行此操作', en: 'You may not do this' },
  'error.bad_origin': {
    'zh-CN': '请求来源不被允许',
    en: 'The request came from an origin that is not allowed',
  },
  'error.not_found': { 'zh-CN': '未找到该记录', en: 'Not found' },
  'error.conflict': {
    'zh-CN': '该记录已被他人修改或状态已变化,请刷新后重试',
    en: 'The record was changed meanwhile; reload and try again',
  },
  'error.payload_too_large': { 'zh-CN': '提交的内容过大', en: 'The request is too large' },
  'error.unsupported_media_type': { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  'error.rate_limited': { 'zh-CN': '操作过于频繁,请稍后再试', en: 'Too many attempts; try again later' },
  'error.internal': {
    'zh-CN': '系统内部错误,请稍后再试',
    en: 'Something went wrong on our side; try again later',
  },
} as const satisfies Record<string, LocalizedText>;
