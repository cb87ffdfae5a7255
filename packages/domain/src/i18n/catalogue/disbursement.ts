import type { LocalizedText } from '../locale';

/** Why a bank result file was refused, line by line ('disbursement.issue.<code>'). */
export const disbursementMessages = {
  'disbursement.issue.header_missing': {
    'zh-CN': '缺少必需的列:{column}',
    en: 'A required column is missing: {column}',
  },
  'disbursement.issue.file_empty': { 'zh-CN': '文件中没有任何明细', en: 'The file has no lines' },
  'disbursement.issue.reference_unknown': {
    'zh-CN': '明细号不属于本批次花名册',
    en: 'The reference is not a line of this batch’s roster',
  },
  'disbursement.issue.reference_duplicate': {
    'zh-CN': '同一明细在文件中出现多次',
    en: 'The same line appears more than once in the file',
  },
  'disbursement.issue.amount_malformed': {
    'zh-CN': '金额格式不正确(应为元,最多两位小数)',
    en: 'The amount is malformed (yuan with at most two decimals)',
  },
  'disbursement.issue.amount_mismatch': {
    'zh-CN': '金额与花名册不一致',
    en: 'The amount differs from the roster',
  },
  'disbursement.issue.result_invalid': {
    'zh-CN': '发放结果应为“成功”或“失败”',
    en: 'The result must be “成功” (paid) or “失败” (failed)',
  },
  'disbursement.issue.reason_required': {
    'zh-CN': '发放失败的明细须注明失败原因',
    en: 'A failed line needs its reason',
  },
  'disbursement.issue.already_answered': {
    'zh-CN': '该明细已登记过银行回执',
    en: 'The bank already answered for this line',
  },
} as const satisfies Record<string, LocalizedText>;
