import type { LocalizedText } from '../i18n/locale';

/** Validation and conflict messages of the employer side (organisation, staff, collective household, hires). */
export const employerMessages = {
  'validation.employer.orgType': { 'zh-CN': '请选择单位类型', en: 'Choose the kind of organisation' },
  'validation.employer.licenceNotOwned': {
    'zh-CN': '该文件不存在或不是由本单位上传的',
    en: 'This file does not exist or was not uploaded by your organisation',
  },
  'validation.employer.capacity': {
    'zh-CN': '名额应为0至10000之间的整数',
    en: 'The number of places is a whole number from 0 to 10,000',
  },
  'validation.employer.capacityRequired': {
    'zh-CN': '设立集体户时请填写至少1个名额',
    en: 'A collective household needs at least one place',
  },
  'validation.employer.capacityBelowMembers': {
    'zh-CN': '名额不能少于已接收的集体户成员人数',
    en: 'The places cannot be fewer than the members already accepted',
  },
  'validation.employer.decision': { 'zh-CN': '请选择通过或不通过', en: 'Choose verify or reject' },
  'validation.employer.version': {
    'zh-CN': '缺少记录版本,请刷新后重试',
    en: 'The record version is missing; reload and try again',
  },
  'error.conflict.employerNotVerified': {
    'zh-CN': '单位尚未通过人社局核实,暂不能接收集体户成员或确认录用',
    en: 'Your organisation is not verified by the bureau yet: it cannot accept collective-household members or confirm hires',
  },
  'error.conflict.employerDecided': {
    'zh-CN': '该单位已有核实结论,请刷新后查看',
    en: 'This organisation has already been decided on; reload to see the result',
  },
  'error.conflict.employerNameLocked': {
    'zh-CN': '单位已核实,名称不能再修改;如需更名请联系人社局',
    en: 'The organisation is verified, so its name can no longer be changed; contact the bureau to rename it',
  },
  'error.conflict.collectiveFull': {
    'zh-CN': '集体户名额已满,请先调整名额',
    en: 'The collective household is full; raise the number of places first',
  },
  'error.conflict.collectiveNotKept': {
    'zh-CN': '本单位未设立集体户,请先在单位信息中设置',
    en: 'Your organisation keeps no collective household; set one up in the organisation profile first',
  },
  'error.conflict.collectiveDecided': {
    'zh-CN': '该申请已经处理过或已不能处理,请刷新后查看',
    en: 'This request has already been answered or can no longer be; reload to see its state',
  },
  'error.conflict.employmentDecided': {
    'zh-CN': '该就业报告已经处理过,请刷新后查看',
    en: 'This employment report has already been answered; reload to see its state',
  },
  // The employer's answer appears in the case history next to the machine's events.
  'action.collective_accept': { 'zh-CN': '单位同意加入集体户', en: 'Collective household: accepted' },
  'action.collective_decline': { 'zh-CN': '单位未同意加入集体户', en: 'Collective household: declined' },
  'notification.employer.verify': {
    'zh-CN': '{name}已通过人社局核实,现在可以接收集体户成员和确认录用',
    en: '{name} is verified by the bureau: you can now accept collective-household members and confirm hires',
  },
  'notification.employer.reject': {
    'zh-CN': '{name}未通过人社局核实,请登录查看原因,修改单位信息后将重新核实',
    en: '{name} was not verified by the bureau; sign in to see why — saving the corrected profile asks for a new review',
  },
} as const satisfies Record<string, LocalizedText>;
