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
  'error.unprocessable': {
    'zh-CN': '文件未被接受,请查看逐行报告',
    en: 'The file was not accepted; see the line-by-line report',
  },
  'disbursement.nothing_due': {
    'zh-CN': '截至该日期没有待发放的款项',
    en: 'No instalment is due as of this date',
  },
  'disbursement.due_as_of_future': {
    'zh-CN': '截止日期不能晚于今天:款项不提前发放',
    en: 'The date cannot be later than today: nothing is paid before it is due',
  },
  'disbursement.roster_not_approved': {
    'zh-CN': '批次审批通过后才能导出发放花名册',
    en: 'The roster can be exported only once the batch is approved',
  },
  'disbursement.roster_not_downloaded': {
    'zh-CN': '请先下载发放花名册,再标记已送银行',
    en: 'Download the roster before marking it as sent to the bank',
  },
  'disbursement.roster_changed': {
    'zh-CN': '下载花名册后批次已变更(如有款项因离职移出),请重新下载花名册后再标记已送银行',
    en: 'The batch changed since its roster was downloaded (lines withdrawn after a departure): download it again before marking it as sent',
  },
  'disbursement.account_change_pending': {
    'zh-CN': '该申请的收款账户变更尚待另一名工作人员核验,核验后方可重新发放',
    en: 'A change of this claim’s account awaits a second person’s verification; reissue it once verified',
  },
  'payee_account.change_pending': {
    'zh-CN': '该申请已有一项待核验的收款账户变更',
    en: 'This claim already has an account change awaiting verification',
  },
  'payee_account.decided': {
    'zh-CN': '该账户变更已核验或已退回',
    en: 'This account change has already been verified or turned down',
  },
  'disbursement.results_not_expected': {
    'zh-CN': '批次尚未报送银行或已对账,不能导入银行回执',
    en: 'The batch has not been sent to the bank, or is already reconciled',
  },
  'disbursement.result_file_applied': {
    'zh-CN': '该回执文件已导入过本批次',
    en: 'This result file has already been applied to the batch',
  },
  'disbursement.result_file_rejected': {
    'zh-CN': '回执文件有误,未做任何登记,请按逐行报告更正后重新导入',
    en: 'The result file has errors; nothing was recorded. Correct the lines listed and import it again',
  },
  'disbursement.results_changed': {
    'zh-CN': '部分明细刚刚已登记回执,请刷新后重试',
    en: 'Some lines were answered meanwhile; reload and try again',
  },
  'disbursement.result_file_too_many_rows': {
    'zh-CN': '回执文件超过200,000行,未做任何登记。请确认上传的是本批次的银行回执',
    en: 'The result file has more than 200,000 rows; nothing was recorded. Check that it is this batch’s answer',
  },
  'disbursement.result_file_unsupported': {
    'zh-CN': '请上传 UTF-8 编码的 CSV 或 XLSX 文件',
    en: 'Upload a CSV (UTF-8) or XLSX file',
  },
  'notification.payment.paid': {
    'zh-CN': '您的人才补贴 {amount} 元已发放至社会保障卡银行账户(批次 {batch})',
    en: 'Your talent subsidy of CNY {amount} was paid into your social-security card account (batch {batch})',
  },
  'notification.payment.failed': {
    'zh-CN': '您的人才补贴 {amount} 元发放未成功:{reason}。工作人员核实更正后将在后续批次重新发放',
    en: 'Your talent subsidy of CNY {amount} could not be paid: {reason}. Staff will correct it and pay it in a later batch',
  },
} as const satisfies Record<string, LocalizedText>;
