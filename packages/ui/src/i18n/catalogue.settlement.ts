import type { LocalizedText } from '@talent/domain';

/**
 * The settlement journey's strings: the applicant portal's pages (the shared status timeline,
 * eligibility trace, evidence and document pieces are in catalogue.components.ts).
 */
export const settlementUiMessages = {
  // applicant portal: navigation and home
  'nav.documents': { 'zh-CN': '我的材料', en: 'Documents' },
  'nav.notifications': { 'zh-CN': '消息', en: 'Messages' },
  'home.applications': { 'zh-CN': '我的落户申请', en: 'My settlement applications' },
  'home.noOpenApplication': {
    'zh-CN': '应届毕业生可“先落户后就业”:无需工作单位,在线一次办好。',
    en: 'Fresh graduates may settle first and find work later: no job needed, all online in one sitting.',
  },
  'home.apply': { 'zh-CN': '申请落户', en: 'Apply to settle' },
  'home.with': { 'zh-CN': '当前办理:{holder}', en: 'With: {holder}' },
  'home.dueOn': { 'zh-CN': '{date}前办结', en: 'decided by {date}' },
  'home.completeEducation': {
    'zh-CN': '请填写现户籍所在地和学历信息,申请落户时需要。',
    en: 'Add your registered place and education: the application needs them.',
  },
  'home.completeEducationAction': { 'zh-CN': '填写学历信息', en: 'Add education' },

  // profile: education
  'education.title': { 'zh-CN': '户籍与学历', en: 'Registered place and education' },
  'education.registeredPlace': { 'zh-CN': '现户籍所在地', en: 'Current registered place' },
  'education.registeredPlaceHint': {
    'zh-CN': '如:甘肃省兰州市城关区(户口仍在学校的,填写学校所在地)',
    en: 'E.g. Chengguan District, Lanzhou, Gansu (if it is still with your school, the school’s place)',
  },
  'education.school': { 'zh-CN': '毕业院校', en: 'School' },
  'education.tier': { 'zh-CN': '学历层次', en: 'Education tier' },
  'education.major': { 'zh-CN': '专业', en: 'Major' },
  'education.graduationDate': { 'zh-CN': '毕业时间', en: 'Graduation date' },
  'education.certificateNo': { 'zh-CN': '毕业证书编号', en: 'Certificate number' },
  'education.submit': { 'zh-CN': '保存学历信息', en: 'Save education' },
  'education.saved': { 'zh-CN': '学历信息已保存。', en: 'Education saved.' },

  // documents page
  'documentsPage.title': { 'zh-CN': '我的材料', en: 'My documents' },
  'documentsPage.upload': { 'zh-CN': '上传新材料', en: 'Upload a document' },
  'documentsPage.mine': { 'zh-CN': '已上传的材料', en: 'Uploaded documents' },
  'documentsPage.none': { 'zh-CN': '还没有上传材料。', en: 'Nothing uploaded yet.' },

  // the application wizard
  'apply.title': {
    'zh-CN': '申请落户(大中专毕业生先落户后就业)',
    en: 'Apply to settle (graduates: settle first, work later)',
  },
  'apply.editTitle': { 'zh-CN': '修改申请 {number}', en: 'Edit application {number}' },
  'apply.steps': { 'zh-CN': '申请步骤', en: 'Steps' },
  'apply.step.place': { 'zh-CN': '落户地点', en: 'Where to settle' },
  'apply.step.family': { 'zh-CN': '随迁家属', en: 'Family' },
  'apply.step.documents': { 'zh-CN': '上传材料', en: 'Documents' },
  'apply.step.review': { 'zh-CN': '确认提交', en: 'Review and submit' },
  'apply.whereToSettle': { 'zh-CN': '在哪里落户', en: 'Where do you want to settle?' },
  'apply.placeHint.own_residence': {
    'zh-CN': '本人购买或租赁的住房,需房产证或租赁证明',
    en: 'A home you own or rent; needs the property or lease certificate',
  },
  'apply.placeHint.relative_residence': {
    'zh-CN': '父母、配偶或子女的住所,需其户口簿',
    en: 'A parent’s, spouse’s or child’s home; needs their household booklet',
  },
  'apply.placeHint.employer_collective': {
    'zh-CN': '已认证并设立集体户的单位,须经单位同意',
    en: 'A verified employer keeping a collective household; the employer must accept',
  },
  'apply.placeHint.talent_centre_collective': {
    'zh-CN': '县(区)人才交流中心集体户,无需工作单位',
    en: 'The county talent-exchange centre’s collective household; no job needed',
  },
  'apply.placeHint.police_station_collective': {
    'zh-CN': '辖区派出所集体户,选择县(区)和派出所',
    en: 'A police station’s collective household; choose the county and station',
  },
  'apply.employer': { 'zh-CN': '单位集体户', en: 'Employer' },
  'apply.employerHint': {
    'zh-CN': '提交后由单位确认是否同意您加入其集体户',
    en: 'After you submit, the employer confirms whether you may join its collective household',
  },
  'apply.employerOption': {
    'zh-CN': '{name}({county},剩余{places}个名额)',
    en: '{name} ({county}, {places} places left)',
  },
  'apply.noCollectiveEmployers': {
    'zh-CN': '目前没有可加入的单位集体户,可选择人才交流中心或派出所集体户',
    en: 'No employer collective household has room now; the talent centre or a police station can take you',
  },
  'apply.county': { 'zh-CN': '所在县(区)', en: 'County' },
  'apply.centreCounty': { 'zh-CN': '人才交流中心所在县(区)', en: 'County of the talent centre' },
  'apply.policeStation': { 'zh-CN': '派出所', en: 'Police station' },
  'apply.chooseCountyFirst': { 'zh-CN': '请先选择县(区)', en: 'Choose the county first' },
  'apply.address': { 'zh-CN': '详细地址', en: 'Full address' },
  'apply.relative': { 'zh-CN': '直系亲属', en: 'Your relative' },
  'apply.relativeName': { 'zh-CN': '亲属姓名', en: 'Relative’s name' },
  'apply.relativeResidentId': { 'zh-CN': '亲属身份证号码', en: 'Relative’s resident ID number' },
  'apply.reenterId': {
    'zh-CN': '为保护个人信息,已保存的号码不再显示,修改时请重新填写',
    en: 'Saved numbers are not shown again to protect them; enter it again when editing',
  },
  'apply.relation': { 'zh-CN': '与您的关系', en: 'Relationship to you' },
  'apply.familyIntro': {
    'zh-CN': '配偶、子女、父母随您一同落户的,在此填写。',
    en: 'Spouse, children or parents settling with you are listed here.',
  },
  'apply.familyNotInRoute': {
    'zh-CN':
      '“先落户后就业”政策(庆政办发〔2022〕44号 二(一)4)未规定家属随迁;家属可在您落户后按直系亲属投靠途径申请。如仍填写,预审将提示不符合。',
    en: 'The settle-first policy (二(一)4) names no family members; they can apply on the joining-a-relative route once you are registered. If you list them, the pre-check says so.',
  },
  'apply.member': { 'zh-CN': '家属{n}', en: 'Family member {n}' },
  'apply.memberName': { 'zh-CN': '姓名', en: 'Name' },
  'apply.memberResidentId': { 'zh-CN': '身份证号码', en: 'Resident ID number' },
  'apply.memberDocument': { 'zh-CN': '{name}的亲属关系证明', en: 'Proof of relationship: {name}' },
  'apply.addMember': { 'zh-CN': '添加家属', en: 'Add a family member' },
  'apply.removeMember': { 'zh-CN': '删除', en: 'Remove' },
  'apply.documentsIntro': {
    'zh-CN': '按政策只需以下材料;无需就业报到证(2023年起已取消)。',
    en: 'Only these documents are needed; no employment registration certificate (abolished in 2023).',
  },
  'apply.electronicTransfer': {
    'zh-CN': '已办理跨省迁移电子化(无需上传纸质户口迁移证)',
    en: 'My move is an electronic inter-provincial transfer (no paper migration certificate)',
  },
  'apply.slot.graduationCertificate': { 'zh-CN': '毕业证书', en: 'graduation certificate' },
  'apply.slot.householdMigrationCertificate': { 'zh-CN': '户口迁移证', en: 'migration certificate' },
  'apply.slot.residentIdCard': { 'zh-CN': '居民身份证', en: 'ID card' },
  'apply.slot.propertyOrLease': { 'zh-CN': '房产或租赁证明', en: 'property or lease certificate' },
  'apply.slot.relativeHouseholdBooklet': { 'zh-CN': '亲属户口簿', en: 'relative’s household booklet' },
  'apply.reuseDocument': { 'zh-CN': '或选择已上传的文件…', en: 'Or choose a file uploaded before…' },
  'apply.stillMissing': { 'zh-CN': '还需上传:{documents}', en: 'Still to upload: {documents}' },
  'apply.precheck': { 'zh-CN': '资格预审(实时)', en: 'Pre-check (live)' },
  'apply.precheckEmpty': {
    'zh-CN': '选择落户地点后显示预审结果。',
    en: 'Choose where to settle to see the pre-check.',
  },
  'apply.precheckNoEducation': {
    'zh-CN': '尚未填写毕业时间,无法判断是否为应届毕业生。',
    en: 'Without your graduation date the pre-check cannot tell whether you are a fresh graduate.',
  },
  'apply.educationMissing': {
    'zh-CN': '请先在个人资料中填写学历信息,提交申请时需要。',
    en: 'Add your education in your profile first: the submission needs it.',
  },
  'apply.goToProfile': { 'zh-CN': '去填写', en: 'Go to profile' },
  'apply.reviewIntro': {
    'zh-CN': '请核对下方预审结果。提交后人社局将在规定的工作日内办结,您可随时查看办理进度。',
    en: 'Check the pre-check below. Once submitted, the bureau decides within the working days the policy sets; you can follow it at any time.',
  },
  'apply.back': { 'zh-CN': '上一步', en: 'Back' },
  'apply.next': { 'zh-CN': '下一步', en: 'Next' },
  'apply.saveDraft': { 'zh-CN': '保存草稿', en: 'Save draft' },
  'apply.submit': { 'zh-CN': '提交申请', en: 'Submit' },
  'apply.resubmit': { 'zh-CN': '重新提交', en: 'Resubmit' },
  'apply.confirmTitle': { 'zh-CN': '确认提交申请?', en: 'Submit the application?' },
  'apply.confirmMessage': {
    'zh-CN': '提交后将由人社局审核,审核期间您仍可撤回。',
    en: 'The bureau will review it; you can still withdraw it until it is decided.',
  },

  // one application
  'application.title': { 'zh-CN': '落户申请', en: 'Settlement application' },
  'application.status': { 'zh-CN': '办理进度', en: 'Progress' },
  'application.details': { 'zh-CN': '申请内容', en: 'Application' },
  'application.route': { 'zh-CN': '落户途径', en: 'Route' },
  'application.settleAt': { 'zh-CN': '落户地点', en: 'Settles at' },
  'application.county': { 'zh-CN': '县(区)', en: 'County' },
  'application.employer': { 'zh-CN': '单位', en: 'Employer' },
  'application.collective': { 'zh-CN': '单位意见', en: 'Employer’s answer' },
  'application.collectiveReason': { 'zh-CN': '单位说明', en: 'Employer’s reason' },
  'application.policeStation': { 'zh-CN': '派出所', en: 'Police station' },
  'application.address': { 'zh-CN': '地址', en: 'Address' },
  'application.relative': { 'zh-CN': '直系亲属', en: 'Relative' },
  'application.applicant': { 'zh-CN': '申请人', en: 'Applicant' },
  'application.electronicTransfer': { 'zh-CN': '跨省迁移电子化', en: 'electronic transfer' },
  'application.documents': { 'zh-CN': '材料', en: 'Documents' },
  'application.eligibility': { 'zh-CN': '提交时的资格审查', en: 'Eligibility at submission' },
  'application.edit': { 'zh-CN': '修改申请', en: 'Edit' },
  'application.returnedReason': { 'zh-CN': '退回原因:', en: 'Returned because:' },
  'application.returnedHint': {
    'zh-CN': '请按要求修改后重新提交。',
    en: 'Make the changes asked for, then resubmit.',
  },
  'application.rejectedReason': { 'zh-CN': '未批准原因:', en: 'Rejected because:' },
  'application.registered': {
    'zh-CN': '您已落户。准予迁入证明编号 {number}。',
    en: 'You are registered. Move-in permit {number}.',
  },
  'application.openPermit': { 'zh-CN': '查看并打印准予迁入证明', en: 'View and print the move-in permit' },
  'application.confirm.submit.title': { 'zh-CN': '确认提交申请?', en: 'Submit the application?' },
  'application.confirm.submit.message': {
    'zh-CN': '提交后将由人社局审核。',
    en: 'The bureau will review it.',
  },
  'application.confirm.resubmit.title': { 'zh-CN': '确认重新提交?', en: 'Resubmit the application?' },
  'application.confirm.resubmit.message': {
    'zh-CN': '请确认已按退回原因修改。',
    en: 'Make sure you changed what was asked for.',
  },
  'application.confirm.withdraw.title': { 'zh-CN': '确认撤回申请?', en: 'Withdraw the application?' },
  'application.confirm.withdraw.message': {
    'zh-CN': '撤回后本申请终止,您可以重新申请。',
    en: 'The application ends; you may apply again afterwards.',
  },

  // work later
  'employment.title': { 'zh-CN': '先落户后就业:就业报告', en: 'Work later: employment report' },
  'employment.status.not_yet': { 'zh-CN': '已落户,尚未报告就业', en: 'Settled; employment not yet reported' },
  'employment.status.reported': {
    'zh-CN': '已落户,就业已报告,待单位确认',
    en: 'Settled; employment reported, awaiting the employer',
  },
  'employment.status.confirmed': { 'zh-CN': '已落户,就业已确认', en: 'Settled; employment confirmed' },
  'employment.status.declined': {
    'zh-CN': '已落户,单位未确认就业报告,请重新报告',
    en: 'Settled; the employer did not confirm the report — report again',
  },
  'employment.status.missed': {
    'zh-CN': '已落户,未在期限内报告就业',
    en: 'Settled; employment not reported in time',
  },
  'employment.closesOn': { 'zh-CN': '报告截止日期', en: 'Report by' },
  'employment.employer': { 'zh-CN': '就业单位', en: 'Employer' },
  'employment.position': { 'zh-CN': '岗位', en: 'Position' },
  'employment.contractStart': { 'zh-CN': '劳动合同起始日期', en: 'Contract start' },
  'employment.contractMonths': { 'zh-CN': '合同期限(月)', en: 'Contract term (months)' },
  'employment.contractMonthsHint': { 'zh-CN': '如三年填36', en: 'E.g. 36 for three years' },
  'employment.months': { 'zh-CN': '{n}个月', en: '{n, plural, one {# month} other {# months}}' },
  'employment.declinedReason': { 'zh-CN': '单位说明', en: 'Employer’s reason' },
  'employment.missedNote': {
    'zh-CN': '落户不受影响;与就业挂钩的学历补贴暂不能享受,就业服务机构将与您联系。',
    en: 'Your registration stands; incentives tied to employment stay locked, and the employment service will contact you.',
  },
  'employment.report': { 'zh-CN': '报告就业', en: 'Report employment' },
  'employment.searchEmployer': { 'zh-CN': '查找单位', en: 'Find the employer' },
  'employment.submit': { 'zh-CN': '提交就业报告', en: 'Report employment' },

  // move-in permit and its public check
  'permit.title': { 'zh-CN': '准予迁入证明', en: 'Move-in permit (准予迁入证明)' },
  'permit.number': { 'zh-CN': '证明编号', en: 'Permit number' },
  'permit.body': {
    'zh-CN':
      '{name}(身份证号码 {residentId})申请在{county}{place}落户,经审核符合庆阳市人才落户政策,准予迁入。',
    en: '{name} (resident ID {residentId}) applied to settle at {place}, {county}; the application meets Qingyang’s settlement policy and the move in is granted.',
  },
  'permit.name': { 'zh-CN': '姓名', en: 'Name' },
  'permit.residentId': { 'zh-CN': '身份证号码', en: 'Resident ID' },
  'permit.settleAt': { 'zh-CN': '落户地点', en: 'Settles at' },
  'permit.householdNumber': { 'zh-CN': '户号', en: 'Household number' },
  'permit.registrationDate': { 'zh-CN': '落户日期', en: 'Registered on' },
  'permit.application': { 'zh-CN': '申请编号', en: 'Application' },
  'permit.code': { 'zh-CN': '验证码', en: 'Verification code' },
  'permit.verifyAt': {
    'zh-CN': '扫码或访问以下网址核验真伪:',
    en: 'Scan the code or visit this address to check it:',
  },
  'permit.qrAlt': { 'zh-CN': '核验二维码', en: 'Verification QR code' },
  'permit.issuer': {
    'zh-CN': '庆阳市公安局 · 庆阳市人力资源和社会保障局',
    en: 'Qingyang Public Security Bureau · Qingyang HR and Social Security Bureau',
  },
  'permit.print': { 'zh-CN': '打印', en: 'Print' },
  'permit.back': { 'zh-CN': '返回申请', en: 'Back to the application' },
  'verify.title': { 'zh-CN': '准予迁入证明核验', en: 'Check a move-in permit' },
  'verify.genuine': { 'zh-CN': '该证明真实有效。', en: 'This permit is genuine.' },
  'verify.holder': { 'zh-CN': '持证人', en: 'Holder' },
  'verify.issuedAt': { 'zh-CN': '签发时间', en: 'Issued' },
  'verify.notFound': {
    'zh-CN': '未找到该证明,请核对验证码。',
    en: 'No permit has this code; check the code.',
  },
  'verify.failed': { 'zh-CN': '暂时无法核验,请稍后再试。', en: 'The check failed; try again later.' },
  'verify.note': {
    'zh-CN': '为保护个人信息,此处只显示部分姓名。',
    en: 'To protect personal data only part of the name is shown.',
  },

  // notifications
  'notifications.title': { 'zh-CN': '消息', en: 'Messages' },
  'notifications.unread': { 'zh-CN': '{n}条未读', en: '{n} unread' },
  'notifications.readAll': { 'zh-CN': '全部标为已读', en: 'Mark all read' },
  'notifications.none': { 'zh-CN': '暂无消息。', en: 'No messages.' },
  'notifications.bell': { 'zh-CN': '消息({n}条未读)', en: 'Messages ({n} unread)' },
} as const satisfies Record<string, LocalizedText>;
