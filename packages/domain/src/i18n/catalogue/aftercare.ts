import type { LocalizedText } from '../locale';

/** Contributions, departures, clawbacks and policy administration (二(四)5 aftercare). */
export const aftercareMessages = {
  'validation.month.invalid': { 'zh-CN': '月份格式应为YYYY-MM', en: 'A month is written YYYY-MM' },
  'validation.month.rangeOrder': {
    'zh-CN': '结束月份不能早于开始月份',
    en: 'The last month cannot be before the first',
  },
  'validation.month.rangeTooLong': {
    'zh-CN': '一次最多确认36个月',
    en: 'At most 36 months can be confirmed at once',
  },
  'validation.month.future': {
    'zh-CN': '不能确认尚未到来的月份',
    en: 'A month that has not begun cannot be confirmed',
  },
  'validation.month.beforeEmployment': {
    'zh-CN': '该月份早于此人的落户时间,请核对',
    en: 'This month is before the person settled; please check',
  },
  'validation.departure.future': {
    'zh-CN': '离职日期不能晚于今天',
    en: 'The departure date cannot be in the future',
  },
  'validation.departure.beforeStart': {
    'zh-CN': '离职日期不能早于补贴起始日期',
    en: 'The departure date cannot be before the award started',
  },
  'validation.clawback.recoveredFuture': {
    'zh-CN': '退回日期不能晚于今天',
    en: 'The repayment date cannot be in the future',
  },
  'validation.clawback.recoveredBeforeAssessment': {
    'zh-CN': '退回日期不能早于核定日期',
    en: 'The repayment date cannot be before the assessment',
  },
  'validation.policy.effectiveFromNotFuture': {
    'zh-CN': '生效日期须晚于今天:已生效的参数不能更改',
    en: 'The effective date must be after today: parameters already in force cannot change',
  },
  'validation.policy.effectiveFromTaken': {
    'zh-CN': '该日期已有一个参数版本生效',
    en: 'Another policy version takes effect on this date',
  },
  'validation.policy.idTaken': { 'zh-CN': '版本编号已被使用', en: 'This version id is already used' },
  'validation.statistics.range': {
    'zh-CN': '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
  'validation.import.file': {
    'zh-CN': '请上传CSV或XLSX文件(不超过5MB)',
    en: 'Upload a CSV or XLSX file (at most 5 MB)',
  },
  'validation.import.header': {
    'zh-CN': '表头应包含:身份证号码、单位统一社会信用代码、缴费月份',
    en: 'The header must name: resident ID, employer credit code, month',
  },
  'validation.import.empty': { 'zh-CN': '文件中没有数据行', en: 'The file has no data rows' },
  'validation.import.tooManyRows': {
    'zh-CN': '一次最多导入20,000行',
    en: 'At most 20,000 rows can be imported at once',
  },
  'import.row.residentId': { 'zh-CN': '身份证号码无效', en: 'The resident ID number is not valid' },
  'import.row.uscc': { 'zh-CN': '统一社会信用代码无效', en: 'The credit code is not valid' },
  'import.row.month': { 'zh-CN': '缴费月份无效(YYYY-MM)', en: 'The month is not valid (YYYY-MM)' },
  'import.row.futureMonth': { 'zh-CN': '缴费月份尚未到来', en: 'The month has not begun' },
  'import.row.unknownPerson': {
    'zh-CN': '平台上没有此身份证号码的人才',
    en: 'No one on the platform has this resident ID number',
  },
  'import.row.unknownEmployer': {
    'zh-CN': '平台上没有此信用代码的单位',
    en: 'No organisation on the platform has this credit code',
  },
  'import.row.duplicate': {
    'zh-CN': '与文件中前面的行重复',
    en: 'Repeats an earlier row of the file',
  },
  'import.row.otherEmployer': {
    'zh-CN': '该月已记录为另一单位缴纳',
    en: 'This month is already recorded as paid by another organisation',
  },
  'import.row.alreadyRecorded': { 'zh-CN': '已记录,跳过', en: 'Already recorded; skipped' },
  'error.conflict.awardNotActive': {
    'zh-CN': '该补贴当前不在发放中,不能报告离职',
    en: 'This award is not being paid, so no departure can be reported',
  },
  'error.conflict.departureReported': {
    'zh-CN': '已报告过离职',
    en: 'A departure has already been reported',
  },
  'error.conflict.contributionOtherEmployer': {
    'zh-CN': '其中有月份已记录为另一单位缴纳',
    en: 'Some of these months are already recorded as paid by another organisation',
  },
  'error.conflict.paymentsInBank': {
    'zh-CN': '仍有款项在银行处理中,请待银行回盘后再核定',
    en: 'Some payments are still with the bank; assess once its results are in',
  },
  'notification.award.departure': {
    'zh-CN': '单位报告您已于{departedOn}离职,服务期未满,补贴自即日起停发',
    en: 'Your employer reported that you left on {departedOn}, within the service commitment; your award has stopped',
  },
  'notification.award.departure_served': {
    'zh-CN': '单位报告您已于{departedOn}离职;服务期已满,补贴不受影响',
    en: 'Your employer reported that you left on {departedOn}; your service commitment was met and your award is unaffected',
  },
  'notification.clawback.assessed': {
    'zh-CN': '经核定,您需退回安家补贴{amount}元(未服务{months}个月)',
    en: 'You are to repay CNY {amount} of the settling-in allowance ({months} months not served)',
  },
  'notification.clawback.none': {
    'zh-CN': '经核定,您的补贴无需退回,已结案',
    en: 'Nothing is to be repaid; your award is closed',
  },
  'notification.clawback.recovered': {
    'zh-CN': '已收到您于{recoveredOn}退回的{amount}元,已结案',
    en: 'Your repayment of CNY {amount} on {recoveredOn} was received; the case is closed',
  },
  'notification.clawback.waived': {
    'zh-CN': '您应退回的{amount}元已获免予追回,已结案',
    en: 'The CNY {amount} you were to repay has been waived; the case is closed',
  },
} as const satisfies Record<string, LocalizedText>;
