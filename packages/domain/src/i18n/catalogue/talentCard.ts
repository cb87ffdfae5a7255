import type { LocalizedText } from '../locale';

/** 陇原人才服务卡: the registry's validation, conflicts, vocabulary and the holder's expiry notice. */
export const talentCardMessages = {
  'validation.talentCard.number': {
    'zh-CN': '卡号为1至40个字符',
    en: 'The card number has 1 to 40 characters',
  },
  'validation.talentCard.tier': { 'zh-CN': '等级为1至10个字符', en: 'The tier has 1 to 10 characters' },
  'validation.talentCard.expiryBeforeIssue': {
    'zh-CN': '有效期至不能早于发卡日期',
    en: 'The expiry date cannot be before the issue date',
  },
  'validation.talentCard.version': {
    'zh-CN': '缺少记录版本,请刷新后重试',
    en: 'The record version is missing; reload and try again',
  },
  'validation.talentCard.importMode': {
    'zh-CN': '请选择全部导入或仅导入有效记录',
    en: 'Choose to import the whole file or only the valid rows',
  },
  'validation.talentCard.duplicateInFile': {
    'zh-CN': '卡号在文件中重复(另见第{rows}行)',
    en: 'This card number appears again in the file (row {rows})',
  },
  'validation.talentCard.numberExists': {
    'zh-CN': '该卡号已在人才服务卡库中',
    en: 'This card number is already in the registry',
  },
  'validation.talentCard.missingColumns': {
    'zh-CN': '文件缺少以下列:{columns}。请使用导入模板的表头',
    en: 'The file lacks these columns: {columns}. Use the header of the import template',
  },
  'validation.talentCard.noRows': {
    'zh-CN': '文件中没有人才服务卡记录',
    en: 'The file has no card rows',
  },
  'validation.talentCard.tooManyRows': {
    'zh-CN': '一个文件最多5000条记录,请拆分后分批导入',
    en: 'A file holds at most 5,000 rows; split it and import the parts',
  },
  'validation.talentCard.fileType': {
    'zh-CN': '请上传 CSV 或 Excel(.xlsx)文件',
    en: 'Upload a CSV or an Excel (.xlsx) file',
  },
  'validation.talentCard.encoding': {
    'zh-CN': '文件不是 UTF-8 编码:请在 Excel 中“另存为 CSV UTF-8”,或直接上传 .xlsx 文件',
    en: 'The file is not UTF-8: save it as "CSV UTF-8" in Excel, or upload the .xlsx file',
  },
  'validation.talentCard.unreadable': {
    'zh-CN': '无法读取该文件,请确认它是完整的 CSV 或 .xlsx 文件',
    en: 'The file cannot be read; check that it is a complete CSV or .xlsx file',
  },
  'validation.talentCard.file': { 'zh-CN': '请选择要导入的文件', en: 'Choose the file to import' },
  'error.conflict.talentCardNumberTaken': {
    'zh-CN': '该卡号已在人才服务卡库中',
    en: 'This card number is already in the registry',
  },
  'error.conflict.talentCardRevoked': {
    'zh-CN': '该卡已注销,不能再修改',
    en: 'This card has been revoked and cannot be changed',
  },
  'error.conflict.talentCardStale': {
    'zh-CN': '该卡已被他人修改,请刷新后重试',
    en: 'Someone else changed this card; reload and try again',
  },
  'error.conflict.cardImportCommitted': {
    'zh-CN': '该文件已经导入,不能重复导入',
    en: 'This file has already been imported',
  },
  'error.conflict.cardImportHasInvalidRows': {
    'zh-CN': '文件中有未通过校验的记录,不能全部导入;可修改文件后重新上传,或仅导入有效记录',
    en: 'Some rows failed validation, so the whole file cannot be imported; fix the file and upload it again, or import only the valid rows',
  },
  'talentCard.status.valid': { 'zh-CN': '有效', en: 'Valid' },
  'talentCard.status.revoked': { 'zh-CN': '已注销', en: 'Revoked' },
  'talentCard.standing.valid': { 'zh-CN': '有效', en: 'Valid' },
  'talentCard.standing.revoked': { 'zh-CN': '已注销', en: 'Revoked' },
  'talentCard.standing.expired': { 'zh-CN': '已过期', en: 'Expired' },
  'talentCard.standing.not_yet_issued': { 'zh-CN': '尚未生效', en: 'Not yet in force' },
  'notification.talentCard.expiring': {
    'zh-CN': '您的陇原人才服务卡({cardNumber})将于{expiryDate}到期,请及时办理续期。',
    en: 'Your Longyuan talent service card ({cardNumber}) expires on {expiryDate}; please renew it in time.',
  },
  'notification.talentCard.revoked': {
    'zh-CN': '您的陇原人才服务卡({cardNumber})已被注销。如有疑问,请联系市人社局。',
    en: 'Your Longyuan talent service card ({cardNumber}) has been revoked. Contact the bureau with any question.',
  },
  // The service-level dashboard (服务时限) of the same issue.
  'validation.serviceLevel.range': {
    'zh-CN': '起始日期不能晚于截止日期',
    en: 'The start date cannot be after the end date',
  },
  'validation.serviceLevel.span': {
    'zh-CN': '统计区间最长两年',
    en: 'The period is at most two years',
  },
} as const satisfies Record<string, LocalizedText>;
