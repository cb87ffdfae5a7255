import type { LocalizedText } from '@talent/domain';

/** Paying money (资金发放): the bureau console's batches, roster, bank results and failed lines. */
export const disbursementUiMessages = {
  'nav.disbursements': { 'zh-CN': '资金发放', en: 'Disbursement' },
  'nav.failedPayments': { 'zh-CN': '发放失败处理', en: 'Failed payments' },

  // the list
  'batches.title': { 'zh-CN': '资金发放批次', en: 'Disbursement batches' },
  'batches.new': { 'zh-CN': '新建批次', en: 'New batch' },
  'batches.tab.all': { 'zh-CN': '全部', en: 'All' },
  'batches.number': { 'zh-CN': '批次号', en: 'Batch' },
  'batches.state': { 'zh-CN': '状态', en: 'Status' },
  'batches.dueAsOf': { 'zh-CN': '截至应发日期', en: 'Due as of' },
  'batches.lines': { 'zh-CN': '笔数', en: 'Lines' },
  'batches.total': { 'zh-CN': '金额', en: 'Total' },
  'batches.paid': { 'zh-CN': '已发放', en: 'Paid' },
  'batches.failed': { 'zh-CN': '失败', en: 'Failed' },
  'batches.preparedBy': { 'zh-CN': '编制人', en: 'Prepared by' },
  'batches.approvedBy': { 'zh-CN': '审批人', en: 'Approved by' },
  'batches.preparedAt': { 'zh-CN': '编制时间', en: 'Prepared' },
  'batches.exportName': { 'zh-CN': '资金发放批次', en: 'disbursement-batches' },
  'batches.readOnly': {
    'zh-CN': '您可以查看发放批次;编制、审批、导出花名册和导入银行回执由财务人员办理。',
    en: 'You can read the batches; finance prepares, approves, exports and reconciles them.',
  },
  'batchState.prepared': { 'zh-CN': '待审批', en: 'Awaiting approval' },
  'batchState.approved': { 'zh-CN': '已审批,待报送银行', en: 'Approved' },
  'batchState.exported': { 'zh-CN': '已报送银行', en: 'Sent to the bank' },
  'batchState.reconciled': { 'zh-CN': '已对账', en: 'Reconciled' },
  'batchState.cancelled': { 'zh-CN': '已取消', en: 'Cancelled' },

  // new batch
  'newBatch.title': { 'zh-CN': '新建发放批次', en: 'New disbursement batch' },
  'newBatch.dueAsOf': { 'zh-CN': '截至应发日期', en: 'Due as of' },
  'newBatch.hint': {
    'zh-CN': '批次包含截至该日期所有已生效补贴中收款人满足社保缴费条件的待发放款项。',
    en: 'The batch takes every scheduled instalment of an active award due on or before this date whose payee meets the social-insurance conditions.',
  },
  'newBatch.preview': {
    'zh-CN': '将编入 {count} 笔,共 {total}',
    en: '{count} instalments, {total} in all, will go into the batch',
  },
  'newBatch.none': { 'zh-CN': '截至该日期没有待发放的款项', en: 'Nothing is due as of this date' },
  'newBatch.confirm': { 'zh-CN': '确认编制', en: 'Prepare the batch' },
  'newBatch.fourEyes': {
    'zh-CN': '编制后须由另一名财务人员审批。',
    en: 'Another finance officer must approve it.',
  },

  // one batch
  'batch.back': { 'zh-CN': '返回批次列表', en: 'Back to the batches' },
  'batch.loadFailed': { 'zh-CN': '无法加载批次:{message}', en: 'The batch could not be loaded: {message}' },
  'batch.stale': { 'zh-CN': '页面已刷新为最新状态。', en: 'The page now shows the current state.' },
  'batch.pending': { 'zh-CN': '待回执', en: 'Awaiting the bank' },
  'batch.approvedAt': { 'zh-CN': '审批时间', en: 'Approved' },
  'batch.exportedAt': { 'zh-CN': '报送银行时间', en: 'Sent to the bank' },
  'batch.sentBy': { 'zh-CN': '标记送银行人', en: 'Marked as sent by' },
  'batch.withdrawn': {
    'zh-CN': '{count} 笔({total})因补贴终止(离职)已移出本批次,批次笔数和金额已重新计算。',
    en: '{count} lines ({total}) left this batch because their award stopped (the graduate left); the batch’s count and total are recomputed.',
  },
  'batch.note': { 'zh-CN': '说明', en: 'Note' },
  'batch.withdrawnAwardStopped': {
    'zh-CN': '补贴已终止(离职),已移出批次',
    en: 'Award stopped (left): withdrawn from the batch',
  },
  'batch.awardStoppedFlag': {
    'zh-CN': '补贴已终止(离职):如被退回不再重发',
    en: 'Award stopped (left): not reissued if returned',
  },
  'batch.accountChanged': {
    'zh-CN': '收款账户自上次付款后已变更',
    en: 'Account changed since the last payment',
  },
  'batch.send': { 'zh-CN': '标记已送银行', en: 'Mark as sent to the bank' },
  'batch.sendTitle': { 'zh-CN': '标记批次 {number} 已送银行', en: 'Mark batch {number} as sent to the bank' },
  'batch.sendMessage': {
    'zh-CN': '确认已将刚下载的花名册(共 {count} 笔、{total})报送银行。标记后批次不能取消,可导入银行回执。',
    en: 'Confirm that the roster you just downloaded ({count} lines, {total}) went to the bank. The batch can then no longer be cancelled, and the bank’s results can be imported.',
  },
  'batch.sent': { 'zh-CN': '批次已标记为已送银行。', en: 'The batch is marked as sent to the bank.' },
  'batch.reconciledAt': { 'zh-CN': '对账时间', en: 'Reconciled' },
  'batch.cancelReason': { 'zh-CN': '取消/退回原因', en: 'Why it was cancelled or sent back' },
  'batch.approve': { 'zh-CN': '审批通过', en: 'Approve' },
  'batch.approveTitle': { 'zh-CN': '审批发放批次 {number}', en: 'Approve batch {number}' },
  'batch.approveMessage': {
    'zh-CN': '确认批次共 {count} 笔、{total} 无误。审批后即可导出花名册报送银行。',
    en: 'Confirm the batch of {count} instalments, {total} in all. Once approved its roster can go to the bank.',
  },
  'batch.approved': { 'zh-CN': '批次已审批。', en: 'The batch is approved.' },
  'batch.fourEyesHint': {
    'zh-CN': '您是该批次的编制人,须由另一名财务人员审批。',
    en: 'You prepared this batch: another finance officer approves it.',
  },
  'batch.sendBack': { 'zh-CN': '退回', en: 'Send back' },
  'batch.sendBackTitle': { 'zh-CN': '退回批次', en: 'Send the batch back' },
  'batch.sendBackHint': {
    'zh-CN': '退回后批次作废,其中款项回到待发放,可重新编制。请说明原因。',
    en: 'The batch is closed and its instalments wait for a new batch. Say why.',
  },
  'batch.cancel': { 'zh-CN': '取消批次', en: 'Cancel the batch' },
  'batch.cancelTitle': { 'zh-CN': '取消批次', en: 'Cancel the batch' },
  'batch.cancelHint': {
    'zh-CN': '花名册报送银行前可以取消,款项回到待发放。请说明原因。',
    en: 'Before the roster goes to the bank the batch can be cancelled; its instalments wait for the next one. Say why.',
  },
  'batch.cancelled': {
    'zh-CN': '批次已作废,款项回到待发放。',
    en: 'The batch is closed; its instalments are scheduled again.',
  },
  'batch.rosterTitle': { 'zh-CN': '发放花名册', en: 'Roster for the bank' },
  'batch.exportCsv': { 'zh-CN': '导出花名册 CSV', en: 'Roster CSV' },
  'batch.exportXlsx': { 'zh-CN': '导出花名册 Excel', en: 'Roster XLSX' },
  'batch.exportHint': {
    'zh-CN':
      '花名册含完整姓名和账号,每次下载均记入审计日志。下载不改变批次状态:报送银行后请点击“标记已送银行”。',
    en: 'The roster carries full names and account numbers; every download is audited. Downloading changes nothing: once it is with the bank, press “Mark as sent to the bank”.',
  },
  'batch.exportNotYet': {
    'zh-CN': '批次审批通过后才能导出花名册。',
    en: 'The roster can be exported once the batch is approved.',
  },
  'batch.results': { 'zh-CN': '导入银行回执', en: 'Import the bank’s results' },
  'batch.resultsHint': {
    'zh-CN':
      '上传银行返回的 CSV 或 Excel 文件(须含“明细号”“金额(元)”“发放结果”列,失败须注明原因)。任一行有误则整份文件不予登记。',
    en: 'Upload the bank’s CSV or XLSX file (columns 明细号, 金额(元), 发放结果; a failure needs its reason). One bad line rejects the whole file.',
  },
  'batch.chooseFile': { 'zh-CN': '选择回执文件', en: 'Choose the result file' },
  'batch.uploading': { 'zh-CN': '正在上传并核对… {percent}%', en: 'Uploading and checking… {percent}%' },
  'batch.applied': {
    'zh-CN': '回执已登记:成功 {paid} 笔({amount}),失败 {failed} 笔。',
    en: 'Results recorded: {paid} paid ({amount}), {failed} failed.',
  },
  'batch.checkOnly': { 'zh-CN': '只核对,不登记', en: 'Check only, record nothing' },
  'batch.checked': {
    'zh-CN':
      '回执核对无误:成功 {paid} 笔({amount}),失败 {failed} 笔。尚未登记,取消勾选“只核对”后再次导入即可登记。',
    en: 'The file checks out: {paid} paid ({amount}), {failed} failed. Nothing is recorded yet: untick “check only” and import it again.',
  },
  'batch.rejected': {
    'zh-CN': '回执文件有 {count} 处错误,未做任何登记。请更正后重新导入。',
    en: 'The file has {count} errors; nothing was recorded. Correct it and import it again.',
  },
  'batch.reportCaption': { 'zh-CN': '回执逐行核对报告', en: 'Line-by-line report' },
  'batch.reportConvention': {
    'zh-CN': '行号按文件计,第 1 行为表头。',
    en: 'Rows as numbered in the file; row 1 is the header.',
  },
  'batch.reportReference': { 'zh-CN': '明细号', en: 'Reference' },
  'batch.reconcile': { 'zh-CN': '完成对账', en: 'Reconcile' },
  'batch.reconcileTitle': { 'zh-CN': '完成对账', en: 'Reconcile the batch' },
  'batch.reconcileMessage': {
    'zh-CN':
      '银行已回执全部 {count} 笔:成功 {paid} 笔,失败 {failed} 笔。失败款项可在“发放失败处理”中更正后重新发放。',
    en: 'The bank answered all {count} lines: {paid} paid, {failed} failed. Failed ones are corrected and reissued under Failed payments.',
  },
  'batch.reconciled': { 'zh-CN': '批次已对账。', en: 'The batch is reconciled.' },
  'batch.imports': { 'zh-CN': '回执导入记录', en: 'Result files' },
  'batch.importStatus.applied': { 'zh-CN': '已登记', en: 'Applied' },
  'batch.importStatus.rejected': { 'zh-CN': '已拒绝', en: 'Rejected' },
  'batch.importStatus.validated': { 'zh-CN': '已核对', en: 'Checked' },
  'batch.importLine': {
    'zh-CN': '{file}:{rows} 行,成功 {paid},失败 {failed},错误 {issues}({by},{at})',
    en: '{file}: {rows} rows, {paid} paid, {failed} failed, {issues} errors ({by}, {at})',
  },
  'batch.linesTitle': { 'zh-CN': '花名册明细', en: 'Roster lines' },
  'batch.lineNo': { 'zh-CN': '序号', en: 'No.' },
  'batch.payee': { 'zh-CN': '收款人', en: 'Payee' },
  'batch.bank': { 'zh-CN': '开户银行', en: 'Bank' },
  'batch.account': { 'zh-CN': '社保卡账号', en: 'Account' },
  'batch.amount': { 'zh-CN': '金额', en: 'Amount' },
  'batch.instalment': { 'zh-CN': '款项', en: 'Instalment' },
  'batch.instalmentValue': { 'zh-CN': '{kind} 第 {sequence}/{of} 期', en: '{kind} {sequence} of {of}' },
  'batch.dueDate': { 'zh-CN': '应发日期', en: 'Due' },
  'batch.result': { 'zh-CN': '发放结果', en: 'Result' },
  'batch.reason': { 'zh-CN': '失败原因', en: 'Reason' },
  'batch.linesExportName': { 'zh-CN': '花名册明细(脱敏)', en: 'roster-lines-masked' },
  'lineResult.pending': { 'zh-CN': '待回执', en: 'Pending' },
  'lineResult.paid': { 'zh-CN': '已发放', en: 'Paid' },
  'lineResult.failed': { 'zh-CN': '发放失败', en: 'Failed' },
  'lineResult.released': { 'zh-CN': '已退回待发', en: 'Released' },
  'lineResult.withdrawn': { 'zh-CN': '已移出', en: 'Withdrawn' },
  'instalmentKind.settling_in': { 'zh-CN': '安家费', en: 'Settling-in allowance' },
  'instalmentKind.living_allowance': { 'zh-CN': '生活补贴', en: 'Living allowance' },

  // failed lines
  'failed.title': { 'zh-CN': '发放失败处理', en: 'Failed payments' },
  'failed.intro': {
    'zh-CN':
      '银行退回的款项:核实收款人社保卡账户。账户有误时先录入新账户,由另一名工作人员对照申请人材料核验后,再重新发放,款项将编入下一批次。',
    en: 'Payments the bank refused: check the payee’s social-security card account. A wrong one is entered anew and verified by a second staff member against the applicant’s evidence; then reissue — the instalment goes into the next batch.',
  },
  'failed.claim': { 'zh-CN': '申领编号', en: 'Claim' },
  'failed.batch': { 'zh-CN': '原批次', en: 'Batch' },
  'failed.reissued': { 'zh-CN': '重发次数', en: 'Reissued' },
  'failed.reissue': { 'zh-CN': '重新发放', en: 'Reissue' },
  'failed.reissueTitle': { 'zh-CN': '重新发放 {amount}', en: 'Reissue {amount}' },
  'failed.reissueHint': {
    'zh-CN': '按申领记录中已核验的收款账户重新发放。',
    en: 'Reissued to the claim’s verified account.',
  },
  'failed.awardStopped': {
    'zh-CN': '补贴已终止(离职),不再重发',
    en: 'Award stopped (left): not reissued',
  },
  'failed.changeAccount': { 'zh-CN': '录入新账户', en: 'Enter a new account' },
  'failed.changeTitle': { 'zh-CN': '录入新的收款账户', en: 'Enter a new account' },
  'failed.changeHint': {
    'zh-CN':
      '须为收款人本人社会保障卡的银行账户。录入后须由另一名工作人员对照申请人材料核验,核验前不会用于任何付款。',
    en: 'It must be the payee’s own social-security card account. Another staff member verifies it against the applicant’s evidence; until then no payment uses it.',
  },
  'failed.evidence': { 'zh-CN': '核对依据(申请人提供的材料)', en: 'Evidence (what the applicant provided)' },
  'failed.changeSubmit': { 'zh-CN': '提交核验', en: 'Submit for verification' },
  'failed.changeDone': {
    'zh-CN': '新账户已录入,待另一名工作人员核验。',
    en: 'The new account is entered and awaits a second person’s verification.',
  },
  'failed.bankName': { 'zh-CN': '开户银行', en: 'Bank' },
  'failed.bankAccount': { 'zh-CN': '社保卡银行账号', en: 'Account number' },
  'failed.submit': { 'zh-CN': '重新发放', en: 'Reissue' },
  'failed.done': {
    'zh-CN': '已重新列入待发放,将编入下一批次。',
    en: 'Scheduled again: it goes into the next batch.',
  },
  'changes.title': { 'zh-CN': '待核验的账户变更', en: 'Account changes awaiting verification' },
  'changes.none': { 'zh-CN': '没有待核验的账户变更', en: 'No account change awaits verification' },
  'changes.line': {
    'zh-CN': '{claim} {payee}:{fromBank} {from} → {bank} {to}(依据:{evidence};{by} 录入)',
    en: '{claim} {payee}: {fromBank} {from} → {bank} {to} (evidence: {evidence}; entered by {by})',
  },
  'changes.byApplicant': { 'zh-CN': '申请人本人', en: 'the applicant' },
  'changes.verify': { 'zh-CN': '核验通过', en: 'Verify' },
  'changes.ownEntry': {
    'zh-CN': '您录入了该变更,须由另一名工作人员核验',
    en: 'You entered this change: another staff member verifies it',
  },
  'changes.verified': {
    'zh-CN': '账户已核验,申领记录已更新;现在可以重新发放。',
    en: 'The account is verified and on the claim; the payment can be reissued now.',
  },
  'failed.exportName': { 'zh-CN': '发放失败款项', en: 'failed-payments' },
  'failed.empty': { 'zh-CN': '没有发放失败的款项', en: 'No failed payments' },

  // held back by the social-insurance payment conditions (二(四)5)
  'newBatch.held': {
    'zh-CN': '{count} 笔因社保缴费条件暂缓,共 {total}',
    en: '{count} instalments, {total} in all, held back by the social-insurance conditions',
  },
  'newBatch.heldLink': { 'zh-CN': '查看暂缓明细', en: 'See the held instalments' },
  'batches.held': { 'zh-CN': '暂缓发放', en: 'Held payments' },
  'held.title': { 'zh-CN': '暂缓发放款项', en: 'Held payments' },
  'held.intro': {
    'zh-CN':
      '以下款项已到应发日期,但收款人尚不满足社保缴费条件(首次发放前在庆阳累计缴费满规定月数,此后持续缴费),暂不编入批次。单位确认或导入缴费记录后,下一批次将自动编入。',
    en: 'These instalments are due, but the payee does not yet meet the social-insurance conditions (the required months in Qingyang before the first payment, contributions continuing after it), so no batch takes them. Once the employer confirms or the bureau imports the months, the next batch will.',
  },
  'held.reason': { 'zh-CN': '暂缓原因', en: 'Reason' },
  'held.clause': { 'zh-CN': '政策依据', en: 'Clause' },
  'held.months': { 'zh-CN': '已缴月数', en: 'Months on record' },
  'held.monthsValue': { 'zh-CN': '{months} / {min}', en: '{months} of {min}' },
  'held.exportName': { 'zh-CN': '暂缓发放款项', en: 'held-payments' },
  'holdReason.payment.socialInsurance': {
    'zh-CN': '首次发放前社保缴费月数不足',
    en: 'Too few months of social insurance before the first payment',
  },
  'holdReason.payment.contributing': {
    'zh-CN': '社保缴费已中断(应发月及上月均无缴费)',
    en: 'Contributions stopped (none for the due month or the month before)',
  },
} as const satisfies Record<string, LocalizedText>;
