import type { LocalizedText } from '@talent/domain';

/**
 * Degree-tiered subsidy claims (补贴申领, 二(四)5): the applicant's claim pages and the bureau's
 * review queue and claim page (the award summary both show is in catalogue.components.ts).
 */
export const subsidyClaimUiMessages = {
  // applicant portal
  'nav.subsidy': { 'zh-CN': '补贴申领', en: 'Subsidies' },
  'subsidy.home.title': { 'zh-CN': '人才补贴申领', en: 'Talent subsidies' },
  'subsidy.home.canClaim': {
    'zh-CN': '您已落户且就业已经单位确认,可以申领{tier}人才补贴,合计{amount}。',
    en: 'You are settled and your job is confirmed: you can claim the {tier} subsidy, {amount} in total.',
  },
  'subsidy.home.claim': { 'zh-CN': '申领补贴', en: 'Claim the subsidy' },
  'subsidy.home.notYet': { 'zh-CN': '暂不能申领,原因如下:', en: 'You cannot claim yet:' },
  'subsidy.home.existing': { 'zh-CN': '查看我的申领', en: 'See my claim' },
  'subsidy.home.ineligible': {
    'zh-CN': '有申领条件不符合,详见下列各项及政策依据。',
    en: 'A condition is not met; see each condition and its clause below.',
  },
  'subsidy.claim.title': { 'zh-CN': '申领人才补贴', en: 'Claim the talent subsidy' },
  'subsidy.claim.intro': {
    'zh-CN': '补贴只发放到本人社会保障卡的银行账户,请填写社保卡的开户银行和账号。',
    en: 'Subsidies are paid only into the bank account of your own social-security card: enter its bank and account number.',
  },
  'subsidy.claim.bankName': { 'zh-CN': '社保卡开户银行', en: 'Bank of the social-security card' },
  'subsidy.claim.bankHint': {
    'zh-CN': '可点选常用银行,或直接填写',
    en: 'Pick a bank below or type its name',
  },
  'subsidy.claim.bankAccount': { 'zh-CN': '社保卡银行账号', en: 'Account number of the card' },
  'subsidy.claim.accountHint': {
    'zh-CN': '12至25位数字,可分组输入;页面和记录中只显示前后四位',
    en: '12 to 25 digits, spaces allowed; only the first and last four are ever shown',
  },
  'subsidy.claim.preview': { 'zh-CN': '补贴测算', en: 'Your award' },
  'subsidy.claim.conditions': { 'zh-CN': '申领条件', en: 'Conditions' },
  'subsidy.claim.submit': { 'zh-CN': '提交申领', en: 'Submit the claim' },
  'subsidy.claim.resubmit': { 'zh-CN': '更正并重新提交', en: 'Correct and resubmit' },
  'subsidy.claim.submitted': { 'zh-CN': '申领已提交', en: 'Claim submitted' },
  'subsidy.page.title': { 'zh-CN': '补贴申领 {number}', en: 'Subsidy claim {number}' },
  'subsidy.page.status': { 'zh-CN': '办理进度', en: 'Progress' },
  'subsidy.page.award': { 'zh-CN': '核定补贴', en: 'Award' },
  'subsidy.page.preview': { 'zh-CN': '补贴测算(待审核)', en: 'Expected award (under review)' },
  'subsidy.page.payments': { 'zh-CN': '发放记录', en: 'Payments' },
  'subsidy.page.claim': { 'zh-CN': '申领信息', en: 'Claim' },
  'subsidy.page.bank': { 'zh-CN': '收款账户', en: 'Paid into' },
  'subsidy.page.tier': { 'zh-CN': '学历档次', en: 'Tier' },
  'subsidy.page.claimDate': { 'zh-CN': '申领日期', en: 'Claim date' },
  'subsidy.page.settlement': { 'zh-CN': '落户申请', en: 'Settlement' },
  'subsidy.page.employer': { 'zh-CN': '用人单位', en: 'Employer' },
  'subsidy.page.claimant': { 'zh-CN': '申领人', en: 'Claimant' },
  'subsidy.page.returned': { 'zh-CN': '申领被退回:', en: 'Returned:' },
  'subsidy.page.rejected': { 'zh-CN': '未获批准:', en: 'Rejected:' },
  'subsidy.page.eligibility': { 'zh-CN': '条件核验', en: 'Eligibility' },
  'subsidy.confirm.withdraw.title': { 'zh-CN': '撤回申领?', en: 'Withdraw the claim?' },
  'subsidy.confirm.withdraw.message': {
    'zh-CN': '撤回后本次申领终止,您可在符合条件时重新申领。',
    en: 'The claim ends; you may claim again while you qualify.',
  },
  'subsidy.confirm.start_review.title': { 'zh-CN': '开始审核?', en: 'Start the review?' },
  'subsidy.confirm.start_review.message': {
    'zh-CN': '开始后由您负责初审,申领人将收到通知。',
    en: 'You take the first check; the claimant is told.',
  },
  'subsidy.confirm.recommend.title': { 'zh-CN': '初审通过?', en: 'Recommend the claim?' },
  'subsidy.confirm.recommend.message': {
    'zh-CN': '初审通过后转审批人复审;复审须由另一名工作人员完成。',
    en: 'The claim goes to an approver for the second check, which someone else must do.',
  },
  'subsidy.confirm.approve.title': { 'zh-CN': '复审通过并核定补贴?', en: 'Approve and fix the award?' },
  'subsidy.confirm.approve.message': {
    'zh-CN': '将按申领日有效的政策版本核定补贴金额,并待公示。',
    en: 'The award is fixed under the policy in force on the claim date and awaits the public notice.',
  },
  'subsidy.stale': {
    'zh-CN': '该申领已被他人处理,页面已刷新为最新状态。',
    en: 'Someone else acted on this claim; it now shows its current state.',
  },
  'subsidy.reason.return': {
    'zh-CN': '退回理由(申领人将看到)',
    en: 'Why it is returned (the claimant sees this)',
  },
  'subsidy.reason.reject': { 'zh-CN': '不予批准的理由', en: 'Why it is rejected' },
  'subsidy.reason.send_back': { 'zh-CN': '退回重审的理由', en: 'Why it goes back to the first check' },

  // bureau console
  'nav.subsidyClaims': { 'zh-CN': '补贴审核', en: 'Subsidy claims' },
  'subsidyQueue.title': { 'zh-CN': '补贴审核', en: 'Subsidy claims' },
  'subsidyQueue.tab.all': { 'zh-CN': '全部', en: 'All' },
  'subsidyQueue.number': { 'zh-CN': '申领编号', en: 'Number' },
  'subsidyQueue.name': { 'zh-CN': '申领人', en: 'Claimant' },
  'subsidyQueue.tier': { 'zh-CN': '档次', en: 'Tier' },
  'subsidyQueue.county': { 'zh-CN': '县区', en: 'County' },
  'subsidyQueue.state': { 'zh-CN': '状态', en: 'Status' },
  'subsidyQueue.submittedAt': { 'zh-CN': '提交时间', en: 'Submitted' },
  'subsidyQueue.dueOn': { 'zh-CN': '初审时限', en: 'Due' },
  'subsidyQueue.total': { 'zh-CN': '核定金额', en: 'Award' },
  'subsidyQueue.search': { 'zh-CN': '申领编号或姓名', en: 'Claim number or name' },
  'subsidyQueue.anyTier': { 'zh-CN': '全部档次', en: 'Any tier' },
  'subsidyQueue.anyCounty': { 'zh-CN': '全部县区', en: 'Any county' },
  'subsidyQueue.empty': { 'zh-CN': '没有符合条件的申领', en: 'No claims match' },
  'subsidyQueue.export': { 'zh-CN': '导出CSV', en: 'Export CSV' },
  'subsidyCase.reveal': { 'zh-CN': '查看完整账号', en: 'Show the full account' },
  'subsidyCase.revealed': { 'zh-CN': '已记录查看', en: 'Viewing recorded' },
  'subsidyCase.fourEyes': {
    'zh-CN': '初审人不能复审同一申领(两人审核)。',
    en: 'Whoever recommended a claim cannot also approve it (four eyes).',
  },
} as const satisfies Record<string, LocalizedText>;
