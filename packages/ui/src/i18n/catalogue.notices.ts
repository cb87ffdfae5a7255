import type { LocalizedText } from '@talent/domain';

/**
 * The public notice's (公示) strings: the bureau console's notices, objections and closing, and the
 * public pages of the applicant portal that anyone may read without signing in.
 */
export const noticeUiMessages = {
  'nav.notices': { 'zh-CN': '补贴公示', en: 'Public notices' },

  // bureau: the list
  'notices.title': { 'zh-CN': '补贴公示', en: 'Public notices' },
  'notices.new': { 'zh-CN': '新建公示', en: 'New notice' },
  'notices.tab.all': { 'zh-CN': '全部', en: 'All' },
  'notices.tab.draft': { 'zh-CN': '草稿', en: 'Drafts' },
  'notices.tab.published': { 'zh-CN': '公示中', en: 'In their period' },
  'notices.tab.closed': { 'zh-CN': '已结束', en: 'Closed' },
  'notices.number': { 'zh-CN': '公示编号', en: 'Number' },
  'notices.noticeTitle': { 'zh-CN': '标题', en: 'Title' },
  'notices.state': { 'zh-CN': '状态', en: 'Status' },
  'notices.period': { 'zh-CN': '公示期', en: 'Notice period' },
  'notices.periodValue': { 'zh-CN': '{from} 至 {to}', en: '{from} to {to}' },
  'notices.entries': { 'zh-CN': '公示人数', en: 'Claimants' },
  'notices.awarded': { 'zh-CN': '已生效', en: 'Awarded' },
  'notices.openObjections': { 'zh-CN': '未处理异议', en: 'Open objections' },
  'notices.createdAt': { 'zh-CN': '创建时间', en: 'Created' },
  'notices.exportName': { 'zh-CN': '补贴公示列表', en: 'public-notices' },
  'notices.readOnly': {
    'zh-CN': '您可以查看公示;新建、发布、结束公示和处理异议由审批员办理。',
    en: 'You can read notices; an approver draws them up, publishes and closes them and decides objections.',
  },
  'noticeState.draft': { 'zh-CN': '草稿', en: 'Draft' },
  'noticeState.published': { 'zh-CN': '公示中', en: 'In its period' },
  'noticeState.closed': { 'zh-CN': '已结束', en: 'Closed' },

  // bureau: drawing up a notice
  'newNotice.title': { 'zh-CN': '新建公示', en: 'New notice' },
  'newNotice.intro': {
    'zh-CN': '以下为复审通过、尚未公示的补贴申请。勾选要列入本期公示的人员,或将全部待公示人员列入。',
    en: 'These claims passed the second check and wait for a notice. Tick the ones to list, or list all of them.',
  },
  'newNotice.select': { 'zh-CN': '选择', en: 'Select' },
  'newNotice.selectRow': { 'zh-CN': '选择{number}', en: 'Select {number}' },
  'newNotice.selectPage': { 'zh-CN': '全选本页', en: 'Select this page' },
  'newNotice.claim': { 'zh-CN': '申请编号', en: 'Claim' },
  'newNotice.name': { 'zh-CN': '姓名', en: 'Name' },
  'newNotice.tier': { 'zh-CN': '学历层次', en: 'Tier' },
  'newNotice.county': { 'zh-CN': '县(区)', en: 'County' },
  'newNotice.amount': { 'zh-CN': '补贴总额', en: 'Award total' },
  'newNotice.approvedAt': { 'zh-CN': '复审通过时间', en: 'Approved' },
  'newNotice.selected': { 'zh-CN': '已选{n}人', en: '{n} selected' },
  'newNotice.createSelected': { 'zh-CN': '以所选人员生成公示', en: 'Draw up with the selected' },
  'newNotice.createAll': { 'zh-CN': '将全部{n}人列入公示', en: 'Draw up with all {n}' },
  'newNotice.empty': { 'zh-CN': '暂无待公示的申请', en: 'No claims are waiting for a notice' },
  'newNotice.exportName': { 'zh-CN': '待公示申请', en: 'claims-awaiting-notice' },
  'newNotice.back': { 'zh-CN': '返回公示列表', en: 'Back to the notices' },

  // bureau: one notice
  'notice.title': { 'zh-CN': '公示 {number}', en: 'Notice {number}' },
  'notice.back': { 'zh-CN': '返回列表', en: 'Back to the list' },
  'notice.loadFailed': {
    'zh-CN': '无法打开该公示:{message}',
    en: 'This notice could not be opened: {message}',
  },
  'notice.contact': { 'zh-CN': '异议受理方式', en: 'How to object' },
  'notice.policy': { 'zh-CN': '适用政策版本', en: 'Policy version' },
  'notice.publicLink': { 'zh-CN': '查看公开页面', en: 'Open the public page' },
  'notice.publish': { 'zh-CN': '发布公示', en: 'Publish' },
  'notice.publishTitle': { 'zh-CN': '发布公示?', en: 'Publish this notice?' },
  'notice.publishMessage': {
    'zh-CN':
      '发布后,名单({n}人,姓名和身份证号已脱敏)将立即在公开页面公示,公示期至{endsOn}(按工作日计算),期间不能撤回。',
    en: 'Once published, the list ({n} people, names and IDs masked) is on the public page at once until {endsOn} (counted in working days) and cannot be withdrawn.',
  },
  'notice.published': { 'zh-CN': '已发布,公示期至{endsOn}。', en: 'Published; the period ends on {endsOn}.' },
  'notice.discard': { 'zh-CN': '删除草稿', en: 'Discard draft' },
  'notice.discardTitle': { 'zh-CN': '删除这份草稿?', en: 'Discard this draft?' },
  'notice.discardMessage': {
    'zh-CN': '草稿未曾公开。删除后,其中的申请回到待公示名单。',
    en: 'The draft was never public. Its claims go back to the waiting list.',
  },
  'notice.close': { 'zh-CN': '结束公示', en: 'Close the notice' },
  'notice.closeTitle': { 'zh-CN': '结束公示?', en: 'Close this notice?' },
  'notice.closeMessage': {
    'zh-CN':
      '公示期已于{endsOn}届满。无异议人员的补贴将生效,并自{startDate}起按期排定发放;有未处理异议的人员暂缓,待异议处理后再定。',
    en: 'The period ended on {endsOn}. Awards nothing holds become active and their payments are scheduled from {startDate}; anyone with an open objection waits until it is decided.',
  },
  'notice.closed': {
    'zh-CN': '公示已结束:{awarded}人补贴生效,{held}人因异议暂缓,排定发放{lines}笔。',
    en: 'Closed: {awarded} awards active, {held} held by objections, {lines} payments scheduled.',
  },
  'notice.periodRunning': {
    'zh-CN': '公示期至{endsOn},届满次日可结束公示(系统也会自动结束)。',
    en: 'The period runs until {endsOn}; the notice may close the next day (the system also closes it).',
  },
  'notice.stale': {
    'zh-CN': '该公示已被他人处理,已为您刷新。',
    en: 'Someone else changed this notice; it has been reloaded.',
  },
  'notice.entriesTitle': { 'zh-CN': '公示名单', en: 'Claimants' },
  'notice.claimState': { 'zh-CN': '申请状态', en: 'Claim' },
  'notice.held': { 'zh-CN': '异议暂缓', en: 'Held by objection' },
  'notice.outcome.awarded': { 'zh-CN': '已生效', en: 'Awarded' },
  'notice.outcome.returned': { 'zh-CN': '退回重审', en: 'Back to review' },
  'notice.outcome.pending': { 'zh-CN': '待定', en: 'Undecided' },
  'notice.outcome': { 'zh-CN': '结果', en: 'Outcome' },
  'notice.residentId': { 'zh-CN': '身份证号', en: 'Resident ID' },
  'notice.total': { 'zh-CN': '合计 {n} 人,{amount}', en: 'Claimants: {n}, {amount} in all' },
  'notice.export': { 'zh-CN': '导出名单', en: 'Export the list' },
  'notice.exportName': { 'zh-CN': '公示名单-{number}', en: 'notice-{number}' },

  // objections
  'objections.title': { 'zh-CN': '异议登记与处理', en: 'Objections' },
  'objections.none': { 'zh-CN': '暂无异议', en: 'No objections' },
  'objections.record': { 'zh-CN': '登记异议', en: 'Record an objection' },
  'objections.recordTitle': { 'zh-CN': '登记异议', en: 'Record an objection' },
  'objections.recordNote': {
    'zh-CN': '异议登记后,该人员的补贴暂缓生效,直至异议处理完毕。',
    en: 'Until the objection is decided, the claimant’s award is held.',
  },
  'objections.claim': { 'zh-CN': '被异议人员', en: 'Concerning' },
  'objections.source': { 'zh-CN': '异议来源', en: 'Came in by' },
  'objections.summary': { 'zh-CN': '异议内容', en: 'What it says' },
  'objections.summaryHint': {
    'zh-CN': '如实记录反映的问题;反映人信息仅在此留存,不进入公开页面',
    en: 'Record the matter raised; who raised it stays here, never on the public page',
  },
  'objections.recorded': { 'zh-CN': '异议已登记,相关补贴暂缓。', en: 'Recorded; the award is held.' },
  'objections.state': { 'zh-CN': '状态', en: 'Status' },
  'objections.recordedBy': { 'zh-CN': '登记人', en: 'Recorded by' },
  'objections.recordedAt': { 'zh-CN': '登记时间', en: 'Recorded' },
  'objections.resolution': { 'zh-CN': '处理意见', en: 'Decision' },
  'objections.dismiss': { 'zh-CN': '不予采纳', en: 'Dismiss' },
  'objections.uphold': { 'zh-CN': '采纳异议', en: 'Uphold' },
  'objections.dismissTitle': { 'zh-CN': '不予采纳:{number}', en: 'Dismiss the objection: {number}' },
  'objections.dismissHint': {
    'zh-CN': '说明核查情况;采纳后不再暂缓,公示期满即生效',
    en: 'Say what the check found; the award is no longer held',
  },
  'objections.upholdTitle': { 'zh-CN': '采纳异议:{number}', en: 'Uphold the objection: {number}' },
  'objections.upholdHint': {
    'zh-CN': '说明核查认定的问题;申请将退回重新审核,补贴取消',
    en: 'Say what the check established; the claim goes back to review and the award is cancelled',
  },
  'objections.decided': { 'zh-CN': '异议已处理。', en: 'The objection is decided.' },
  'objectionSource.phone': { 'zh-CN': '电话', en: 'Phone' },
  'objectionSource.letter': { 'zh-CN': '来信', en: 'Letter' },
  'objectionSource.visit': { 'zh-CN': '来访', en: 'Visit' },
  'objectionSource.online': { 'zh-CN': '网上留言', en: 'Online' },
  'objectionSource.other': { 'zh-CN': '其他', en: 'Other' },
  'objectionState.open': { 'zh-CN': '待处理', en: 'Open' },
  'objectionState.dismissed': { 'zh-CN': '不予采纳', en: 'Dismissed' },
  'objectionState.upheld': { 'zh-CN': '已采纳', en: 'Upheld' },

  // the public pages (applicant portal, no sign-in)
  'publicNotices.title': { 'zh-CN': '人才补贴公示', en: 'Talent subsidy public notices' },
  'publicNotices.intro': {
    'zh-CN': '发放人才补贴前,拟发放人员名单在此公示,公示期内任何单位和个人均可实名反映异议。',
    en: 'Before talent subsidies are paid, the list of recipients is published here; during the period anyone may raise an objection under their own name.',
  },
  'publicNotices.none': { 'zh-CN': '目前没有公示', en: 'There is no notice at the moment' },
  'publicNotices.inPeriod': { 'zh-CN': '公示中', en: 'In its period' },
  'publicNotices.ended': { 'zh-CN': '公示期已结束', en: 'Period ended' },
  'publicNotices.people': { 'zh-CN': '{n}人', en: 'claimants: {n}' },
  'publicNotices.open': { 'zh-CN': '查看名单', en: 'See the list' },
  'publicNotices.back': { 'zh-CN': '全部公示', en: 'All notices' },
  'publicNotices.howToObject': { 'zh-CN': '如何反映异议', en: 'How to object' },
  'publicNotices.masked': {
    'zh-CN': '为保护个人信息,姓名和身份证号已部分隐藏。',
    en: 'Names and ID numbers are partly hidden to protect personal data.',
  },
  'publicNotices.loadFailed': {
    'zh-CN': '公示加载失败,请稍后重试',
    en: 'The notices could not be loaded; try again later',
  },
  'publicNotices.notFound': {
    'zh-CN': '未找到该公示,可能已过公开期限',
    en: 'This notice was not found; it may no longer be shown',
  },
  'publicNotices.link': { 'zh-CN': '人才补贴公示', en: 'Subsidy public notices' },
} as const satisfies Record<string, LocalizedText>;
