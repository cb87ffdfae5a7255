import type { LocalizedText } from '../locale';

/**
 * The settlement journey's messages: form validation, the API's specific refusals, and the
 * notifications (in-app and SMS) sent at each step. Notification texts take only the application
 * number and dates, never a name or an identifier, because SMS leaves the platform.
 */
export const settlementMessages = {
  'validation.id.invalid': { 'zh-CN': '编号格式无效', en: 'Not a valid record id' },
  'validation.county.invalid': { 'zh-CN': '请选择庆阳市的县(区)', en: 'Choose a county of Qingyang' },
  'validation.registeredPlace.length': {
    'zh-CN': '请填写现户籍所在地(最多200字)',
    en: 'Enter your current registered place (at most 200 characters)',
  },
  'validation.school.length': {
    'zh-CN': '请填写毕业院校(最多100字)',
    en: 'Enter your school (at most 100 characters)',
  },
  'validation.tier.invalid': { 'zh-CN': '请选择学历层次', en: 'Choose your education tier' },
  'validation.major.length': {
    'zh-CN': '请填写所学专业(最多100字)',
    en: 'Enter your major (at most 100 characters)',
  },
  'validation.certificateNo.format': {
    'zh-CN': '毕业证书编号为4至40位数字或字母',
    en: 'The certificate number has 4 to 40 digits or letters',
  },
  'validation.relation.invalid': {
    'zh-CN': '请选择关系(配偶、子女或父母)',
    en: 'Choose spouse, child or parent',
  },
  'validation.route.invalid': { 'zh-CN': '请选择落户途径', en: 'Choose a settlement route' },
  'validation.settleAt.invalid': { 'zh-CN': '请选择落户地点', en: 'Choose where to settle' },
  'validation.address.length': {
    'zh-CN': '请填写详细地址(最多200字)',
    en: 'Enter the full address (at most 200 characters)',
  },
  'validation.members.tooMany': { 'zh-CN': '随迁家属最多10人', en: 'At most 10 family members' },
  'validation.reason.length': {
    'zh-CN': '请填写理由(2至500字)',
    en: 'Give a reason (2 to 500 characters)',
  },
  'validation.householdNumber.format': {
    'zh-CN': '户号为4至32位数字或字母',
    en: 'The household number has 4 to 32 digits or letters',
  },
  'validation.contractMonths.invalid': {
    'zh-CN': '合同期限为1至600个月',
    en: 'The contract term is 1 to 600 months',
  },
  'validation.position.length': {
    'zh-CN': '请填写岗位(最多100字)',
    en: 'Enter the position (at most 100 characters)',
  },
  'validation.document.required': { 'zh-CN': '请上传此材料', en: 'Upload this document' },
  'validation.document.notYours': {
    'zh-CN': '材料不存在或不属于您',
    en: 'No such document of yours',
  },
  'validation.employer.notCollective': {
    'zh-CN': '该单位未设立集体户或已无空余名额',
    en: 'This employer keeps no collective household with room left',
  },
  'validation.employer.notVerified': {
    'zh-CN': '请选择已认证的用人单位',
    en: 'Choose a verified employer',
  },
  'validation.policeStation.notInCounty': {
    'zh-CN': '请选择该县(区)的派出所',
    en: 'Choose a police station of this county',
  },
  'validation.profile.incomplete': {
    'zh-CN': '请先在个人信息中填写姓名、身份证号码和学历',
    en: 'Complete your name, resident ID and education in your profile first',
  },
  'validation.upload.empty': { 'zh-CN': '文件为空', en: 'The file is empty' },
  'validation.upload.missing': { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
  'error.payload_too_large.upload': {
    'zh-CN': '文件超过10 MB',
    en: 'The file is larger than 10 MB',
  },
  'error.unsupported_media_type.upload': {
    'zh-CN': '只接受PDF、JPEG或PNG文件(按文件内容判断)',
    en: 'Only PDF, JPEG or PNG files are accepted (judged by their content)',
  },
  'error.conflict.openApplication': {
    'zh-CN': '您已有一份正在办理的落户申请;撤回或办结后才能再申请',
    en: 'You already have an open settlement application; withdraw it or wait for its decision first',
  },
  'error.conflict.stale': {
    'zh-CN': '该申请已被他人处理,已显示最新状态',
    en: 'Someone else acted on this application meanwhile; this is its current state',
  },
  'error.conflict.notEditable': {
    'zh-CN': '申请只能在草稿或退回补正时修改',
    en: 'An application can be edited only as a draft or when returned',
  },
  'error.conflict.documentsMissing': {
    'zh-CN': '还缺少材料,补齐后才能提交',
    en: 'Some documents are still missing',
  },
  'error.conflict.idempotencyKeyReused': {
    'zh-CN': '该请求编号已用于另一份申请',
    en: 'This Idempotency-Key was used for a different request',
  },
  'error.not_found.permit': { 'zh-CN': '未找到该准予迁入证明', en: 'No such move-in permit' },

  // History entries besides the machine's events (action.<event>).
  'action.create': { 'zh-CN': '创建申请', en: 'Application created' },
  'action.update': { 'zh-CN': '修改申请', en: 'Application edited' },

  'notification.settlement.submit': {
    'zh-CN': '您的落户申请{number}已提交,将于{dueOn}前办结',
    en: 'Your settlement application {number} was submitted; it will be decided by {dueOn}',
  },
  'notification.settlement.resubmit': {
    'zh-CN': '您的落户申请{number}已重新提交,将于{dueOn}前办结',
    en: 'Your settlement application {number} was resubmitted; it will be decided by {dueOn}',
  },
  'notification.settlement.withdraw': {
    'zh-CN': '您的落户申请{number}已撤回',
    en: 'Your settlement application {number} was withdrawn',
  },
  'notification.settlement.start_review': {
    'zh-CN': '您的落户申请{number}已进入审核',
    en: 'Your settlement application {number} is under review',
  },
  'notification.settlement.return': {
    'zh-CN': '您的落户申请{number}被退回补正,请登录查看原因并修改后重新提交',
    en: 'Your settlement application {number} was returned; sign in to see why, then edit and resubmit',
  },
  'notification.settlement.approve': {
    'zh-CN': '您的落户申请{number}已批准,等待户籍民警办理落户',
    en: 'Your settlement application {number} was approved; the registrar will now register you',
  },
  'notification.settlement.reject': {
    'zh-CN': '您的落户申请{number}未获批准,请登录查看原因',
    en: 'Your settlement application {number} was rejected; sign in to see why',
  },
  'notification.settlement.register': {
    'zh-CN': '您已落户(申请{number}),可在线打印准予迁入证明;请于{closesOn}前报告就业',
    en: 'You are registered (application {number}); print your move-in permit online and report employment by {closesOn}',
  },
  'notification.settlement.report_employment': {
    'zh-CN': '您的就业报告已提交(申请{number}),等待单位确认',
    en: 'Your employment report (application {number}) awaits the employer’s confirmation',
  },
  'notification.settlement.confirm_employment': {
    'zh-CN': '单位已确认您的就业(申请{number})',
    en: 'The employer confirmed your employment (application {number})',
  },
  'notification.settlement.decline_employment': {
    'zh-CN': '单位未确认您的就业报告(申请{number}),请于{closesOn}前重新报告',
    en: 'The employer did not confirm your employment report (application {number}); report again by {closesOn}',
  },
  'notification.settlement.close_employment_window': {
    'zh-CN': '就业报告期已于{closesOn}截止(申请{number});落户不受影响,就业服务机构将与您联系',
    en: 'The employment reporting window closed on {closesOn} (application {number}); your registration stands and the employment service will contact you',
  },
  'notification.settlement.employment_reminder': {
    'zh-CN': '请于{closesOn}前报告就业(申请{number}),还剩约{months}个月',
    en: 'Please report employment by {closesOn} (application {number}); about {months} months left',
  },
  'notification.settlement.collective_accepted': {
    'zh-CN': '单位已同意您加入其集体户(申请{number})',
    en: 'The employer accepted you into its collective household (application {number})',
  },
  'notification.settlement.collective_declined': {
    'zh-CN': '单位未同意您加入其集体户(申请{number}),请登录查看原因',
    en: 'The employer declined your request to join its collective household (application {number}); sign in to see why',
  },
} as const satisfies Record<string, LocalizedText>;
