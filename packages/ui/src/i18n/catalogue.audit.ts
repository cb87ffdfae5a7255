import type { LocalizedText } from '@talent/domain';

/** The bureau's audit log page (审计日志) and its hash-chain status. */
export const auditUiMessages = {
  'nav.audit': { 'zh-CN': '审计日志', en: 'Audit log' },
  'audit.title': { 'zh-CN': '审计日志', en: 'Audit log' },
  'audit.search': { 'zh-CN': '操作人姓名或账号', en: 'Person (name or login)' },
  'audit.filters': { 'zh-CN': '筛选', en: 'Filters' },
  'audit.filter.entity': { 'zh-CN': '对象类型', en: 'Record type' },
  'audit.filter.entityId': { 'zh-CN': '对象编号', en: 'Record id' },
  'audit.filter.action': { 'zh-CN': '操作', en: 'Action' },
  'audit.filter.from': { 'zh-CN': '起始日期', en: 'From' },
  'audit.filter.to': { 'zh-CN': '截止日期', en: 'To' },
  'audit.filter.clear': { 'zh-CN': '清除筛选', en: 'Clear filters' },
  'audit.seq': { 'zh-CN': '序号', en: 'Seq' },
  'audit.at': { 'zh-CN': '时间', en: 'Time' },
  'audit.actor': { 'zh-CN': '操作人', en: 'Person' },
  'audit.actorKind.system': { 'zh-CN': '系统', en: 'System' },
  'audit.actorKind.applicant': { 'zh-CN': '申请人', en: 'Applicant' },
  'audit.actorKind.employer': { 'zh-CN': '用人单位', en: 'Employer' },
  'audit.actorKind.bureau': { 'zh-CN': '工作人员', en: 'Staff' },
  'audit.action': { 'zh-CN': '操作', en: 'Action' },
  'audit.record': { 'zh-CN': '对象', en: 'Record' },
  'audit.details': { 'zh-CN': '详情(已脱敏)', en: 'Details (masked)' },
  'audit.hash': { 'zh-CN': '哈希', en: 'Hash' },
  'audit.exportName': { 'zh-CN': '审计日志', en: 'audit-log' },
  'audit.chain.checking': { 'zh-CN': '正在校验审计链…', en: 'Verifying the audit chain…' },
  'audit.chain.unavailable': {
    'zh-CN': '暂时无法校验审计链。',
    en: 'The audit chain could not be verified.',
  },
  'audit.chain.ok': {
    'zh-CN': '审计链完整:共 {rows} 条记录,最新哈希 {hash}…(校验于 {checkedAt})',
    en: 'Audit chain intact: {rows} rows, last hash {hash}… (checked {checkedAt})',
  },
  'audit.chain.broken': {
    'zh-CN': '审计链在第 {seq} 条(编号 {id})处断开:{kind}(校验于 {checkedAt})',
    en: 'Audit chain broken at seq {seq} (id {id}): {kind} (checked {checkedAt})',
  },
  'case.documentsRestricted': {
    'zh-CN': '申请材料仅限经办的审核、审批和户籍民警查看。',
    en: 'Only the reviewers, approvers and registrars who handle the case open its papers.',
  },
  'audit.fault.changed': { 'zh-CN': '该条内容被改动', en: 'its content was changed' },
  'audit.fault.removed': { 'zh-CN': '此前有记录被删除', en: 'rows before it were removed' },
  'audit.fault.out_of_order': { 'zh-CN': '顺序被打乱或有记录被插入', en: 'out of order or inserted' },
} as const satisfies Record<string, LocalizedText>;
