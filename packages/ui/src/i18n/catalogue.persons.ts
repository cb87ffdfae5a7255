import type { LocalizedText } from '@talent/domain';

/** Persons behind accounts (decision 0008): staff identity and role grants, applicants' identity. */
export const personUiMessages = {
  'staff.residentId': { 'zh-CN': '身份证号', en: 'Resident ID' },
  'staff.residentIdHint': {
    'zh-CN': '同一人只能有一个在用账号:四眼复核须由两个不同的人完成',
    en: 'One person, one active account: four eyes are two people',
  },
  'staff.residentIdMissing': { 'zh-CN': '未登记', en: 'Not recorded' },
  'staff.pendingRole': { 'zh-CN': '{role}(待确认)', en: '{role} (awaiting confirmation)' },
  'staff.grantsTitle': { 'zh-CN': '待确认授权', en: 'Role grants awaiting confirmation' },
  'staff.grantsIntro': {
    'zh-CN': '管理员、审批、财政角色须由另一位管理员确认后生效;申请授权的管理员和被授权人本人不能确认。',
    en: 'Admin, approver and finance take effect once another admin confirms; neither the admin who asked nor the grantee may confirm.',
  },
  'staff.grantsNone': { 'zh-CN': '没有待确认的授权。', en: 'No grants await confirmation.' },
  'staff.grantFor': { 'zh-CN': '{name}({username}):{role}', en: '{name} ({username}): {role}' },
  'staff.grantAskedBy': { 'zh-CN': '{name} 于 {at} 申请', en: 'asked by {name} on {at}' },
  'staff.grantConfirm': { 'zh-CN': '确认', en: 'Confirm' },
  'staff.grantRefuse': { 'zh-CN': '拒绝', en: 'Refuse' },
  'staff.grantOwn': { 'zh-CN': '须由另一位管理员确认', en: 'Another admin confirms' },
  'staff.grantConfirmed': { 'zh-CN': '已确认授权', en: 'Grant confirmed' },
  'staff.grantRefused': { 'zh-CN': '已拒绝授权', en: 'Grant refused' },
  'identity.title': { 'zh-CN': '身份核验', en: 'Identity' },
  'identity.verified': { 'zh-CN': '已核验', en: 'Verified' },
  'identity.unverified': { 'zh-CN': '未核验', en: 'Not verified' },
  'identity.method.card_registry': {
    'zh-CN': '姓名、身份证号与人才服务卡登记一致',
    en: 'Name and resident ID match the talent card registry',
  },
  'identity.method.bureau_document_check': {
    'zh-CN': '人社局已核对身份证件',
    en: 'The bureau checked the ID card',
  },
  'identity.unverifiedHint': {
    'zh-CN': '身份未核验时,绿色通道申请由审核员核对身份证件后办理,不能秒批。',
    en: 'Until your identity is verified, a reviewer checks your ID card before a green-channel case is approved.',
  },
  'identity.dispute': {
    'zh-CN': '身份证号被他人占用?向人社局申诉',
    en: 'Someone else uses your ID number? Tell the bureau',
  },
  'identity.disputeNote': { 'zh-CN': '情况说明', en: 'What happened' },
  'identity.disputeSubmit': { 'zh-CN': '提交申诉', en: 'Send' },
  'identity.disputeSent': {
    'zh-CN': '申诉已提交,人社局将核实后与您联系。',
    en: 'Sent. The bureau will check and contact you.',
  },
  'identity.disputed': {
    'zh-CN': '该身份证号存在争议(另有账号使用)',
    en: 'This ID number is disputed (another account uses it)',
  },
  'identity.markChecked': { 'zh-CN': '已核对身份证件', en: 'ID card checked' },
  'identity.markCheckedConfirm': {
    'zh-CN': '确认已将身份证件扫描件与申请人姓名、身份证号逐项核对一致?此操作将记入审计日志。',
    en: "Confirm that the ID-card scan matches the applicant's name and number? This is recorded in the audit log.",
  },
  'identity.markedChecked': { 'zh-CN': '已标记身份核验', en: 'Identity marked verified' },
} as const satisfies Record<string, LocalizedText>;
