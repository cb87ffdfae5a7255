import type { LocalizedText } from '@talent/domain';

/**
 * The strings of @talent/ui's own components (status timeline, eligibility trace, document upload,
 * award summary, row report, instant approval): every portal may show them, so every portal's
 * catalogue holds them (portals.ts).
 */
export const componentUiMessages = {
  // the status timeline, eligibility trace and document upload
  'timeline.state': { 'zh-CN': '当前状态', en: 'Status' },
  'timeline.holder': { 'zh-CN': '当前办理', en: 'With' },
  'timeline.nobody': { 'zh-CN': '无需办理', en: 'Nobody (no action due)' },
  'timeline.dueOn': { 'zh-CN': '办结时限', en: 'Decision due' },
  'timeline.overdue': {
    'zh-CN': '已超期{days}个工作日',
    en: '{days, plural, one {# working day} other {# working days}} overdue',
  },
  'timeline.progress': { 'zh-CN': '办理进度', en: 'Progress' },
  'timeline.history': { 'zh-CN': '办理记录', en: 'History' },
  'timeline.noHistory': { 'zh-CN': '暂无记录', en: 'Nothing yet' },
  'timeline.reason': { 'zh-CN': '理由', en: 'Reason' },
  'holder.applicant': { 'zh-CN': '申请人', en: 'The applicant' },
  'holder.employer': { 'zh-CN': '用人单位', en: 'The employer' },
  'holder.reviewer': { 'zh-CN': '人社局审核员', en: 'The bureau’s reviewer' },
  'holder.approver': { 'zh-CN': '人社局审批人', en: 'The bureau’s approver' },
  'holder.registrar': { 'zh-CN': '公安户籍民警', en: 'The police registrar' },
  'holder.finance': { 'zh-CN': '财政', en: 'Finance' },
  'actorKind.applicant': { 'zh-CN': '申请人', en: 'Applicant' },
  'actorKind.employer': { 'zh-CN': '用人单位', en: 'Employer' },
  'actorKind.bureau': { 'zh-CN': '工作人员', en: 'Staff' },
  'actorKind.system': { 'zh-CN': '系统', en: 'System' },
  'eligibility.outcome.eligible': { 'zh-CN': '符合条件', en: 'Eligible' },
  'eligibility.outcome.ineligible': { 'zh-CN': '有不符合的条件', en: 'A condition is not met' },
  'eligibility.outcome.needs_evidence': { 'zh-CN': '待核验', en: 'Awaiting verification' },
  'eligibility.status.pass': { 'zh-CN': '符合', en: 'Met' },
  'eligibility.status.fail': { 'zh-CN': '不符合', en: 'Not met' },
  'eligibility.status.needs_evidence': { 'zh-CN': '待核验', en: 'To verify' },
  'eligibility.measured': { 'zh-CN': '实际', en: 'Found' },
  'eligibility.required': { 'zh-CN': '要求', en: 'Required' },
  'eligibility.clause': { 'zh-CN': '依据', en: 'Policy' },
  'eligibility.member': { 'zh-CN': '随迁家属{n}', en: 'Family member {n}' },
  'eligibility.months': { 'zh-CN': '{n}个月', en: '{n, plural, one {# month} other {# months}}' },
  'eligibility.yes': { 'zh-CN': '是', en: 'yes' },
  'eligibility.no': { 'zh-CN': '否', en: 'no' },
  'evidence.missing': { 'zh-CN': '未提交', en: 'missing' },
  'evidence.submitted': { 'zh-CN': '已提交', en: 'submitted' },
  'evidence.verified': { 'zh-CN': '已核验', en: 'verified' },
  'evidence.rejected': { 'zh-CN': '未通过', en: 'not accepted' },
  'documents.hint': {
    'zh-CN': 'PDF、JPEG或PNG文件,不超过10 MB',
    en: 'A PDF, JPEG or PNG file of at most 10 MB',
  },
  'documents.uploading': { 'zh-CN': '正在上传 {percent}%', en: 'Uploading {percent}%' },
  'documents.failed': { 'zh-CN': '上传失败,请重试', en: 'The upload failed; try again' },
  'documents.preview': { 'zh-CN': '预览', en: 'Preview' },
  'documents.hidePreview': { 'zh-CN': '收起预览', en: 'Hide preview' },
  'documents.open': { 'zh-CN': '在新窗口打开:{name}', en: 'Open in a new window: {name}' },
  'documents.noInlinePdf': {
    'zh-CN': '此浏览器无法直接显示PDF,请在新窗口打开',
    en: 'This browser cannot show the PDF here; open it in a new window',
  },
  // the award summary
  'subsidy.total': { 'zh-CN': '补贴合计', en: 'Total' },
  'subsidy.settlingIn': { 'zh-CN': '安家补贴', en: 'Settling-in allowance' },
  'subsidy.livingAllowance': { 'zh-CN': '生活补贴', en: 'Living allowance' },
  'subsidy.serviceEndsOn': { 'zh-CN': '服务期至', en: 'Service commitment until' },
  'subsidy.policyVersion': { 'zh-CN': '适用政策版本', en: 'Policy version' },
  'subsidy.datesEstimate': {
    'zh-CN': '各期日期自补贴生效日(公示期满后)起算,此处按{date}估算,以公示期满后实际生效日为准。',
    en: 'Dates run from the day the award takes effect (after the public notice); estimated here from {date}.',
  },
  'subsidy.lines': { 'zh-CN': '分期明细({n}期)', en: 'Instalments ({n})' },
  'subsidy.line': { 'zh-CN': '款项', en: 'Payment' },
  'subsidy.dueDate': { 'zh-CN': '应发日期', en: 'Due' },
  'subsidy.amount': { 'zh-CN': '金额', en: 'Amount' },
  'subsidy.kind.settling_in': { 'zh-CN': '安家补贴 第{n}/{of}期', en: 'Settling-in allowance {n} of {of}' },
  'subsidy.kind.living_allowance': {
    'zh-CN': '生活补贴 第{n}/{of}月',
    en: 'Living allowance, month {n} of {of}',
  },
  'subsidy.noPayments': {
    'zh-CN': '暂无发放记录:公示期满后按期安排发放。',
    en: 'No payments yet: they are scheduled once the public notice ends.',
  },
  'subsidy.paidSoFar': { 'zh-CN': '已发放合计{amount}', en: 'Paid so far: {amount}' },
  'subsidy.paymentState': { 'zh-CN': '发放状态', en: 'Status' },
  'subsidy.reissued': { 'zh-CN': '已重新发放', en: 'Reissued' },
  // the row report of an import
  'rowReport.onlyFailed': { 'zh-CN': '只看未通过的行', en: 'Failed rows only' },
  'rowReport.noFailed': { 'zh-CN': '没有未通过的行。', en: 'No failed rows.' },
  'rowReport.row': { 'zh-CN': '行号', en: 'Row' },
  'rowReport.result': { 'zh-CN': '校验结果', en: 'Result' },
  'rowReport.ok': { 'zh-CN': '通过', en: 'OK' },
  'rowReport.more': {
    'zh-CN': '仅显示前 {shown} 行,共 {total} 行',
    en: 'Showing the first {shown} of {total} rows',
  },
  // the instant approval
  'green.instantTitle': { 'zh-CN': '秒批依据', en: 'Instant approval: the rules that passed' },
  'green.instantAt': {
    'zh-CN': '系统于{at}自动批准(政策版本{policy}),逐条核验通过:',
    en: 'Approved by the system at {at} (policy version {policy}); every rule passed:',
  },
} as const satisfies Record<string, LocalizedText>;
