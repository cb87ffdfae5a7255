import type { LocalizedText } from '@talent/domain';

/**
 * The settlement journey's strings: the shared status timeline, eligibility trace and document
 * pieces (the bureau console uses them too), and the applicant portal's pages.
 */
export const settlementUiMessages = {
  // status timeline
  'timeline.state': { 'zh-CN': '当前状态', en: 'Status' },
  'timeline.holder': { 'zh-CN': '当前办理', en: 'With' },
  'timeline.nobody': { 'zh-CN': '无需办理', en: 'Nobody (no action due)' },
  'timeline.dueOn': { 'zh-CN': '办结时限', en: 'Decision due' },
  'timeline.overdue': { 'zh-CN': '已超期{days}个工作日', en: '{days} working days overdue' },
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

  // eligibility trace
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
  'eligibility.months': { 'zh-CN': '{n}个月', en: '{n} months' },
  'eligibility.yes': { 'zh-CN': '是', en: 'yes' },
  'eligibility.no': { 'zh-CN': '否', en: 'no' },
  'evidence.missing': { 'zh-CN': '未提交', en: 'missing' },
  'evidence.submitted': { 'zh-CN': '已提交', en: 'submitted' },
  'evidence.verified': { 'zh-CN': '已核验', en: 'verified' },
  'evidence.rejected': { 'zh-CN': '未通过', en: 'not accepted' },

  // documents
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
} as const satisfies Record<string, LocalizedText>;
