import type { LocalizedText } from '@talent/domain';

/** The employer portal's strings (organisation, staff, collective household, hires, talent). */
export const employerUiMessages = {
  'nav.organisation': { 'zh-CN': '单位信息', en: 'Organisation' },
  'nav.collectiveRequests': { 'zh-CN': '集体户申请', en: 'Collective household' },
  'nav.employmentReports': { 'zh-CN': '就业确认', en: 'Employment reports' },
  'nav.talent': { 'zh-CN': '单位人才', en: 'Our talent' },
  'nav.employerStaff': { 'zh-CN': '人事账号', en: 'HR accounts' },

  // vocabulary
  'orgType.enterprise': { 'zh-CN': '企业', en: 'Enterprise' },
  'orgType.public_institution': { 'zh-CN': '事业单位', en: 'Public institution' },
  'orgType.government': { 'zh-CN': '机关', en: 'Government body' },
  'orgType.social_organisation': { 'zh-CN': '社会组织', en: 'Social organisation' },
  'orgType.other': { 'zh-CN': '其他', en: 'Other' },
  'collectiveStatus.pending': { 'zh-CN': '待处理', en: 'Waiting' },
  'collectiveStatus.accepted': { 'zh-CN': '已同意', en: 'Accepted' },
  'collectiveStatus.declined': { 'zh-CN': '未同意', en: 'Declined' },
  'reportStatus.reported': { 'zh-CN': '待确认', en: 'To confirm' },
  'reportStatus.confirmed': { 'zh-CN': '已确认', en: 'Confirmed' },
  'reportStatus.declined': { 'zh-CN': '未确认', en: 'Declined' },
  'talentRelation.collective': { 'zh-CN': '集体户成员', en: 'Collective household' },
  'talentRelation.employee': { 'zh-CN': '在职', en: 'Employee' },

  // shared words
  'employer.actions': { 'zh-CN': '操作', en: 'Actions' },
  'employer.applicationNumber': { 'zh-CN': '申请编号', en: 'Application' },
  'employer.graduateName': { 'zh-CN': '姓名', en: 'Name' },
  'employer.tier': { 'zh-CN': '学历', en: 'Education' },
  'employer.school': { 'zh-CN': '毕业院校', en: 'School' },
  'employer.graduationDate': { 'zh-CN': '毕业时间', en: 'Graduated' },
  'employer.position': { 'zh-CN': '岗位', en: 'Position' },
  'employer.accept': { 'zh-CN': '同意', en: 'Accept' },
  'employer.decline': { 'zh-CN': '不同意', en: 'Decline' },
  'employer.confirm': { 'zh-CN': '确认', en: 'Confirm' },
  'employer.reasonHint': {
    'zh-CN': '申请人将看到此理由,请写明原因以便其调整',
    en: 'The graduate reads this reason; say what they can do about it',
  },
  'employer.caseState': { 'zh-CN': '申请状态:{state}', en: 'Application: {state}' },
  'employer.caseStatus': { 'zh-CN': '落户状态', en: 'Settlement' },
  'employer.mobileTaken': {
    'zh-CN': '该手机号已注册,请换一个手机号',
    en: 'This mobile number is already registered; use another one',
  },

  // verification limits
  'employer.pendingLimits': {
    'zh-CN': '单位尚待人社局核实。核实通过前,不能同意集体户申请,也不能确认就业;可以先完善单位信息。',
    en: 'The bureau has not verified your organisation yet. Until it does, you cannot accept collective-household requests or confirm employment; you can complete the profile meanwhile.',
  },
  'employer.rejectedLimits': {
    'zh-CN':
      '单位未通过人社局核实,暂不能同意集体户申请或确认就业。请按人社局的意见修改单位信息,保存后将重新核实。',
    en: 'The bureau did not verify your organisation, so you cannot accept collective-household requests or confirm employment. Correct the profile as the bureau asks; saving it asks for a new review.',
  },
  'employer.toOrganisation': { 'zh-CN': '查看单位信息', en: 'Go to the organisation profile' },

  // organisation
  'employer.organisationTitle': { 'zh-CN': '单位信息', en: 'Organisation' },
  'employer.identity': { 'zh-CN': '登记信息', en: 'Registration' },
  'employer.contact': { 'zh-CN': '联系人', en: 'Contact' },
  'employer.decidedAt': { 'zh-CN': '核实时间', en: 'Decided' },
  'employer.rejectedBecause': { 'zh-CN': '人社局意见:{reason}', en: 'The bureau’s reason: {reason}' },
  'employer.usccWarning': {
    'zh-CN': '统一社会信用代码需人社局人工核实',
    en: 'The bureau will check the credit code by hand',
  },
  'employer.profile': { 'zh-CN': '单位资料', en: 'Profile' },
  'employer.hrReadOnly': {
    'zh-CN': '单位资料由单位管理员维护,您可以查看。',
    en: 'The organisation’s admin keeps the profile; you can read it.',
  },
  'employer.orgType': { 'zh-CN': '单位类型', en: 'Kind of organisation' },
  'employer.county': { 'zh-CN': '所在县(区)', en: 'County' },
  'employer.address': { 'zh-CN': '单位地址', en: 'Address' },
  'employer.nameLocked': {
    'zh-CN': '单位名称已由人社局核实,不能修改',
    en: 'The bureau verified this name; it cannot be changed',
  },
  'employer.resubmitHint': {
    'zh-CN': '按人社局意见修改后保存,单位将重新进入核实。',
    en: 'Save the corrected profile to ask the bureau for a new review.',
  },
  'employer.organisationSaved': { 'zh-CN': '单位信息已保存。', en: 'The profile has been saved.' },
  'employer.licence': {
    'zh-CN': '营业执照(或登记证书)',
    en: 'Business licence (or registration certificate)',
  },
  'employer.licenceHint': {
    'zh-CN': 'PDF、JPEG 或 PNG,不超过10MB;保存后生效',
    en: 'PDF, JPEG or PNG, at most 10 MB; it counts once the profile is saved',
  },
  'employer.collectiveHousehold': { 'zh-CN': '单位集体户', en: 'Collective household' },
  'employer.collectiveHouseholdHint': {
    'zh-CN': '设立集体户的单位可接收毕业生将户口落在本单位集体户(先落户后就业),每人需经单位同意。',
    en: 'An organisation that keeps a collective household can take graduates’ household registration (settle first, work later); each one needs your consent.',
  },
  'employer.keepsCollectiveHousehold': { 'zh-CN': '本单位设有集体户', en: 'We keep a collective household' },
  'employer.collectiveCapacity': { 'zh-CN': '可接收名额', en: 'Places' },
  'employer.placesUsed': {
    'zh-CN': '已接收 {members} 人,共 {capacity} 个名额',
    en: '{members} of {capacity} places taken',
  },
  'employer.noCollectiveHousehold': {
    'zh-CN': '本单位未设立集体户',
    en: 'The organisation keeps no collective household',
  },
  'employer.collectiveSettings': { 'zh-CN': '调整集体户设置', en: 'Collective household settings' },

  // collective requests
  'employer.collectiveTitle': { 'zh-CN': '集体户申请', en: 'Collective household requests' },
  'employer.collectiveIntro': {
    'zh-CN': '以下毕业生申请将户口落在本单位集体户。请在人社局审批前同意或说明理由不同意。',
    en: 'These graduates ask to register in your collective household. Accept, or decline with a reason, before the bureau decides.',
  },
  'employer.collectiveStatus': { 'zh-CN': '处理结果', en: 'Answer' },
  'employer.requestedAt': { 'zh-CN': '申请时间', en: 'Requested' },
  'employer.acceptTitle': { 'zh-CN': '同意加入集体户', en: 'Accept into the collective household' },
  'employer.acceptConfirm': {
    'zh-CN': '同意 {name}({school},申请 {number})将户口落在本单位集体户?同意后将占用一个名额。',
    en: 'Accept {name} ({school}, application {number}) into your collective household? This takes one place.',
  },
  'employer.acceptedDone': { 'zh-CN': '已同意 {name} 加入集体户。', en: '{name} is accepted.' },
  'employer.declineTitle': { 'zh-CN': '不同意加入集体户', en: 'Decline the request' },
  'employer.declinedDone': { 'zh-CN': '已告知 {name} 不同意的理由。', en: '{name} has been told why.' },

  // employment reports
  'employer.reportsTitle': { 'zh-CN': '就业确认', en: 'Employment reports' },
  'employer.reportsIntro': {
    'zh-CN': '以下已落户的毕业生报告在本单位就业,请核对劳动合同信息后确认,或说明理由不予确认。',
    en: 'These settled graduates say they work for you. Check the contract details and confirm, or decline with a reason.',
  },
  'employer.reportStatus': { 'zh-CN': '确认结果', en: 'Answer' },
  'employer.contractStart': { 'zh-CN': '合同开始日期', en: 'Contract start' },
  'employer.contractMonths': { 'zh-CN': '合同期限(月)', en: 'Term (months)' },
  'employer.reportedAt': { 'zh-CN': '报告时间', en: 'Reported' },
  'employer.contract': {
    'zh-CN': '{start} 起,期限 {months} 个月,岗位:{position}',
    en: 'from {start}, {months} months, as {position}',
  },
  'employer.confirmTitle': { 'zh-CN': '确认就业', en: 'Confirm employment' },
  'employer.confirmMessage': {
    'zh-CN': '确认 {name} 在本单位就业:{contract}?',
    en: 'Confirm that {name} works for you: {contract}?',
  },
  'employer.confirmedDone': { 'zh-CN': '已确认 {name} 的就业。', en: 'Employment of {name} confirmed.' },
  'employer.declineReportTitle': { 'zh-CN': '不予确认就业', en: 'Decline the employment report' },
  'employer.reportDeclinedDone': {
    'zh-CN': '已告知 {name} 不予确认的理由,其可重新报告。',
    en: '{name} has been told why and may report again.',
  },

  // talent
  'employer.talentTitle': { 'zh-CN': '单位人才', en: 'Our talent' },
  'employer.talentIntro': {
    'zh-CN': '落户在本单位集体户的毕业生,以及已确认在本单位就业的毕业生。',
    en: 'Graduates registered in your collective household, and graduates whose employment you confirmed.',
  },
  'employer.relation': { 'zh-CN': '关系', en: 'Relation' },
  'employer.since': { 'zh-CN': '起始日期', en: 'Since' },
  'employer.talentExportName': { 'zh-CN': '单位人才', en: 'talent' },

  // staff
  'employer.staffTitle': { 'zh-CN': '人事账号', en: 'HR accounts' },
  'employer.staffName': { 'zh-CN': '姓名', en: 'Name' },
  'employer.staffMobile': { 'zh-CN': '手机号', en: 'Mobile' },
  'employer.staffMobileLogin': { 'zh-CN': '手机号(用于登录)', en: 'Mobile (used to sign in)' },
  'employer.staffRole': { 'zh-CN': '角色', en: 'Role' },
  'employer.staffCreate': { 'zh-CN': '新增人事账号', en: 'New HR account' },
  'employer.staffCreateTitle': { 'zh-CN': '新增人事专员账号', en: 'New HR officer account' },
  'employer.staffCreated': {
    'zh-CN': '已为 {name} 开设账号,请告知其登录手机号和初始密码。',
    en: 'Account opened for {name}; give them the mobile and the initial password.',
  },

  // home
  'employer.home.todo': { 'zh-CN': '待办事项', en: 'To do' },
  'employer.home.notices': { 'zh-CN': '最新通知', en: 'Latest notices' },
  'employer.home.pendingRequests': {
    'zh-CN': '待处理的集体户申请:{count} 件',
    en: 'Collective-household requests waiting: {count}',
  },
  'employer.home.pendingReports': {
    'zh-CN': '待确认的就业报告:{count} 件',
    en: 'Employment reports to confirm: {count}',
  },
  'employer.home.completeProfile': {
    'zh-CN': '单位资料尚不完整(单位类型、所在县区、地址、营业执照),请补充。',
    en: 'The profile is not complete yet (kind, county, address, business licence); please fill it in.',
  },
} as const satisfies Record<string, LocalizedText>;
