import type { LocalizedText } from '../locale';

/**
 * Messages for zod's built-in issues that a schema did not give a key of its own; parameters are
 * filled from the issue (see localizeIssues.ts).
 */
export const zodMessages = {
  'zod.invalid_type': { 'zh-CN': '类型无效,应为{expected}', en: 'Invalid type: expected {expected}' },
  'zod.required': { 'zh-CN': '此项为必填项', en: 'This field is required' },
  'zod.too_small.string': { 'zh-CN': '至少{minimum}个字符', en: 'At least {minimum} characters' },
  'zod.too_small.array': { 'zh-CN': '至少{minimum}项', en: 'At least {minimum} items' },
  'zod.too_small.number': { 'zh-CN': '不能小于{minimum}', en: 'Must be at least {minimum}' },
  'zod.too_big.string': { 'zh-CN': '最多{maximum}个字符', en: 'At most {maximum} characters' },
  'zod.too_big.array': { 'zh-CN': '最多{maximum}项', en: 'At most {maximum} items' },
  'zod.too_big.number': { 'zh-CN': '不能大于{maximum}', en: 'Must be at most {maximum}' },
  'zod.invalid_format': { 'zh-CN': '格式无效', en: 'Invalid format' },
  'zod.not_multiple_of': { 'zh-CN': '应为{divisor}的倍数', en: 'Must be a multiple of {divisor}' },
  'zod.unrecognized_keys': { 'zh-CN': '无法识别的字段:{keys}', en: 'Unrecognised field(s): {keys}' },
  'zod.invalid_union': { 'zh-CN': '输入无效', en: 'Invalid input' },
  'zod.invalid_key': { 'zh-CN': '键无效', en: 'Invalid key' },
  'zod.invalid_element': { 'zh-CN': '元素无效', en: 'Invalid element' },
  'zod.invalid_value': { 'zh-CN': '取值无效,可选:{values}', en: 'Invalid value; expected one of: {values}' },
  'zod.custom': { 'zh-CN': '输入无效', en: 'Invalid input' },
} as const satisfies Record<string, LocalizedText>;
