import type { LocalizedText } from '../i18n/locale';

/**
 * The public notice's (公示) messages: form validation, the API's refusals, and the claimant's
 * notifications. Notifications carry only the claim number and dates: SMS leaves the platform.
 */
export const publicNoticeMessages = {
  'validation.notice.version': {
    'zh-CN': '缺少记录版本,请刷新后重试',
    en: 'The record version is missing; reload and try again',
  },
  'validation.notice.title': { 'zh-CN': '标题为1至100字', en: 'The title has 1 to 100 characters' },
  'validation.notice.contact': {
    'zh-CN': '异议受理方式为1至500字',
    en: 'How to object takes 1 to 500 characters',
  },
  'validation.notice.claims': {
    'zh-CN': '请选择1至2000件已复审通过的申请',
    en: 'Choose 1 to 2,000 approved claims',
  },
  'validation.objection.source': {
    'zh-CN': '请选择异议来源(电话、来信、来访、网上或其他)',
    en: 'Choose how the objection came in (phone, letter, visit, online or other)',
  },
  'validation.objection.summary': {
    'zh-CN': '请填写异议内容(最多1000字)',
    en: 'Enter what the objection says (at most 1,000 characters)',
  },
  'validation.objection.decision': { 'zh-CN': '请选择不予采纳或采纳', en: 'Choose dismiss or uphold' },
  'validation.objection.claimNotListed': {
    'zh-CN': '该申请不在本期公示名单中',
    en: 'This claim is not on this notice',
  },
  'error.conflict.noticeNoCandidates': {
    'zh-CN': '没有待公示的复审通过申请',
    en: 'There are no approved claims waiting for a notice',
  },
  'error.conflict.noticeClaimsUnavailable': {
    'zh-CN': '部分申请已不处于待公示状态或已列入其他公示,请刷新后重选',
    en: 'Some claims are no longer waiting for a notice or are on another one; reload and choose again',
  },
  'error.conflict.noticeNotDraft': {
    'zh-CN': '该公示已发布,不能再发布或删除',
    en: 'This notice has already been published',
  },
  'error.conflict.noticeNotPublished': {
    'zh-CN': '该公示不在公示期内',
    en: 'This notice is not in its notice period',
  },
  'error.conflict.noticePeriodRunning': {
    'zh-CN': '公示期尚未届满,届满后方可结束公示',
    en: 'The notice period has not ended yet; close it after its last day',
  },
  'error.conflict.noticePeriodOver': {
    'zh-CN': '公示期已结束,不再受理异议',
    en: 'The notice period is over; objections are no longer taken',
  },
  'error.conflict.objectionResolved': {
    'zh-CN': '该异议已处理',
    en: 'This objection has already been resolved',
  },
  'notification.publicNotice.published': {
    'zh-CN': '您的人才补贴申请{number}已进入公示,公示期至{endsOn}。',
    en: 'Your talent subsidy claim {number} is on public notice until {endsOn}.',
  },
  'notification.publicNotice.objection': {
    'zh-CN': '您的人才补贴申请{number}在公示期内收到异议,核查期间补贴暂缓发放。',
    en: 'An objection to your talent subsidy claim {number} was raised during the notice; the award is on hold while it is checked.',
  },
  'notification.publicNotice.dismissed': {
    'zh-CN': '针对您的人才补贴申请{number}的异议经核查不予采纳。',
    en: 'The objection to your talent subsidy claim {number} was checked and dismissed.',
  },
  'notification.publicNotice.upheld': {
    'zh-CN': '针对您的人才补贴申请{number}的异议经核查成立,申请已退回重新审核。',
    en: 'The objection to your talent subsidy claim {number} was upheld; the claim goes back to review.',
  },
  'notification.publicNotice.awarded': {
    'zh-CN': '您的人才补贴申请{number}公示期满无异议,补贴自{startDate}起按期发放。',
    en: 'The notice of your talent subsidy claim {number} ended without objection; payments run from {startDate}.',
  },
} as const satisfies Record<string, LocalizedText>;
