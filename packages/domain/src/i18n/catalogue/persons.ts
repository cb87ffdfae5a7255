import type { LocalizedText } from '../locale';

// Persons behind accounts (decision 0008): staff identity, role grants, applicant identity verification.
export const personMessages = {
  'error.conflict.personTaken': {
    'zh-CN': '该身份证号已有在用的工作人员账号:同一人只能有一个在用账号,四眼复核须由两个不同的人完成',
    en: 'This resident ID already has an active staff account: one person, one active account, so that four eyes are two people',
  },
  'error.conflict.personFixed': {
    'zh-CN': '工作人员的身份证号登记后不可更改',
    en: "A staff member's resident ID cannot be changed once recorded",
  },
  'error.conflict.personRequired': {
    'zh-CN': '请先登记该工作人员的身份证号,再授予管理员、审批或财政角色',
    en: "Record the staff member's resident ID before granting admin, approver or finance",
  },
  'error.conflict.grantDecided': {
    'zh-CN': '该授权已处理',
    en: 'This grant has already been decided',
  },
  'error.conflict.grantAccountDisabled': {
    'zh-CN': '该账号已停用,不能确认授权',
    en: 'The account is disabled; the grant cannot be confirmed',
  },
  'error.forbidden.ownGrant': {
    'zh-CN': '授权须由另一位管理员确认:申请人或被授权人本人不能确认',
    en: 'Another admin must confirm: neither the admin who asked nor the grantee may confirm',
  },
  'error.conflict.identityDisputed': {
    'zh-CN': '该身份证号存在身份争议,请先处理争议',
    en: 'This resident ID is disputed; settle the dispute first',
  },
  'eligibility.identity.verified.pass': {
    'zh-CN': '申请人姓名、身份证号与服务卡登记一致,身份已核验',
    en: "The applicant's name and resident ID match the card registry, and the identity is verified",
  },
  'eligibility.identity.verified.nameMismatch': {
    'zh-CN': '申请人姓名与服务卡登记的持卡人姓名不一致,需审核员核对身份证件',
    en: "The applicant's name differs from the card holder's name in the registry: a reviewer checks the ID card",
  },
  'eligibility.identity.verified.unverified': {
    'zh-CN': '申请人身份尚未核验,需审核员核对身份证件',
    en: "The applicant's identity is not verified yet: a reviewer checks the ID card",
  },
} as const satisfies Record<string, LocalizedText>;
