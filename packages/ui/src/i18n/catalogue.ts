import type { LocalizedText } from '@talent/domain';

/**
 * The strings every portal shows (shell, sign-in, tables, dialogs, roles): key → text per locale.
 * Each portal's catalogue (portals.ts) adds the areas it uses to these; validation and API error
 * texts live in @talent/domain's `messages` (keys 'validation.*', 'error.*', 'zod.*'), and
 * `translate` looks there after the portal's catalogue, so one `t()` covers both.
 */
export const sharedUiMessages = {
  // platform and portals
  'app.name': { 'zh-CN': '庆阳人才落户与激励平台', en: 'Qingyang Talent' },
  'app.skipToContent': { 'zh-CN': '跳到主要内容', en: 'Skip to main content' },
  'portal.applicant': { 'zh-CN': '个人服务', en: 'Applicant portal' },
  'portal.employer': { 'zh-CN': '用人单位服务', en: 'Employer portal' },
  'portal.bureau': { 'zh-CN': '人社局工作台', en: 'Bureau console' },
  'nav.label': { 'zh-CN': '主导航', en: 'Main navigation' },
  'nav.home': { 'zh-CN': '首页', en: 'Home' },
  'nav.profile': { 'zh-CN': '个人资料', en: 'Profile' },
  'nav.password': { 'zh-CN': '修改密码', en: 'Password' },
  'nav.staff': { 'zh-CN': '工作人员账号', en: 'Staff accounts' },

  // language switch
  'lang.label': { 'zh-CN': '语言', en: 'Language' },
  'lang.zh-CN': { 'zh-CN': '中文', en: '中文' },
  'lang.en': { 'zh-CN': 'English', en: 'English' },

  // account kinds and roles
  'kind.applicant': { 'zh-CN': '申请人', en: 'Applicant' },
  'kind.employer': { 'zh-CN': '用人单位', en: 'Employer' },
  'kind.bureau': { 'zh-CN': '人社局工作人员', en: 'Bureau staff' },
  'role.reviewer': { 'zh-CN': '审核员', en: 'Reviewer' },
  'role.approver': { 'zh-CN': '审批人', en: 'Approver' },
  'role.registrar': { 'zh-CN': '户籍民警', en: 'Registrar' },
  'role.finance': { 'zh-CN': '财政', en: 'Finance' },
  'role.admin': { 'zh-CN': '系统管理员', en: 'Administrator' },
  'role.auditor': { 'zh-CN': '督查', en: 'Auditor' },
  'employerRole.admin': { 'zh-CN': '单位管理员', en: 'Organisation admin' },
  'employerRole.hr': { 'zh-CN': '人事专员', en: 'HR officer' },

  'list.separator': { 'zh-CN': '、', en: ', ' },

  // session
  'session.signedInAs': { 'zh-CN': '当前用户', en: 'Signed in as' },
  'session.signOut': { 'zh-CN': '退出登录', en: 'Sign out' },
  'session.signOutConfirmTitle': { 'zh-CN': '退出登录', en: 'Sign out' },
  'session.signOutConfirm': {
    'zh-CN': '确定要退出登录吗?未保存的内容将会丢失。',
    en: 'Sign out now? Anything not saved will be lost.',
  },
  'session.loading': { 'zh-CN': '正在加载…', en: 'Loading…' },
  'session.loadFailed': {
    'zh-CN': '无法连接服务器,请检查网络后重试。',
    en: 'Could not reach the server. Check the connection and try again.',
  },
  'session.wrongPortal': {
    'zh-CN': '当前登录的账号({kind})不能使用本入口。请退出后用本入口的账号登录。',
    en: 'The account signed in ({kind}) cannot use this portal. Sign out and sign in with an account for it.',
  },
  'session.forbidden': { 'zh-CN': '您没有访问此页面的权限。', en: 'You do not have access to this page.' },
  'session.notFound': { 'zh-CN': '页面不存在。', en: 'This page does not exist.' },
  'session.backHome': { 'zh-CN': '返回首页', en: 'Back to the home page' },

  // common actions
  // 'action.cancel' is the domain's (catalogue/machines.ts): the dialogs and the batch event share it
  'dialog.reason': { 'zh-CN': '理由', en: 'Reason' },
  'action.confirm': { 'zh-CN': '确定', en: 'Confirm' },
  'action.close': { 'zh-CN': '关闭', en: 'Close' },
  'action.save': { 'zh-CN': '保存', en: 'Save' },
  'action.retry': { 'zh-CN': '重试', en: 'Try again' },
  'action.working': { 'zh-CN': '正在提交…', en: 'Working…' },
  'field.show': { 'zh-CN': '显示', en: 'Show' },
  'field.hide': { 'zh-CN': '隐藏', en: 'Hide' },
  'field.showPassword': { 'zh-CN': '显示密码', en: 'Show password' },
  'field.hidePassword': { 'zh-CN': '隐藏密码', en: 'Hide password' },
  'field.required': { 'zh-CN': '必填', en: 'required' },
  'field.choose': { 'zh-CN': '请选择', en: 'Choose…' },

  // errors not coming from the API catalogue
  'error.network': {
    'zh-CN': '网络连接失败,请检查网络后重试',
    en: 'The network request failed; check the connection and try again',
  },
  'error.unexpected': {
    'zh-CN': '服务器返回了无法识别的响应(HTTP {status})',
    en: 'The server sent a response we could not read (HTTP {status})',
  },
  'error.requestId': { 'zh-CN': '请求编号:{requestId}', en: 'Request ID: {requestId}' },
  'error.rateLimitedRetry': {
    'zh-CN': '尝试次数过多,请在 {seconds} 秒后重试',
    en: 'Too many attempts; try again in {seconds} s',
  },
  'error.rateLimitedRetryMinutes': {
    'zh-CN': '尝试次数过多,请在 {minutes} 分钟后重试',
    en: 'Too many attempts; try again in {minutes} min',
  },
  'error.rateLimitedNow': { 'zh-CN': '现在可以重试了', en: 'You may try again now' },

  // sign-in
  'signIn.title': { 'zh-CN': '登录', en: 'Sign in' },
  'signIn.mobile': { 'zh-CN': '手机号', en: 'Mobile number' },
  'signIn.username': { 'zh-CN': '用户名', en: 'Username' },
  'signIn.password': { 'zh-CN': '密码', en: 'Password' },
  'signIn.submit': { 'zh-CN': '登录', en: 'Sign in' },
  'signIn.noAccount': { 'zh-CN': '还没有账号?', en: 'No account yet?' },
  'signIn.toSignUp': { 'zh-CN': '立即注册', en: 'Sign up' },
  'signIn.bureauHint': {
    'zh-CN': '工作人员账号由系统管理员开设。',
    en: 'Staff accounts are opened by the system administrator.',
  },

  // sign-up
  'signUp.title': { 'zh-CN': '注册', en: 'Sign up' },
  'signUp.employerTitle': { 'zh-CN': '用人单位注册', en: 'Register your organisation' },
  'signUp.submit': { 'zh-CN': '注册', en: 'Sign up' },
  'signUp.haveAccount': { 'zh-CN': '已有账号?', en: 'Already registered?' },
  'signUp.toSignIn': { 'zh-CN': '去登录', en: 'Sign in' },
  'signUp.mobile': { 'zh-CN': '手机号', en: 'Mobile number' },
  'signUp.name': { 'zh-CN': '姓名', en: 'Full name' },
  'signUp.password': { 'zh-CN': '设置密码', en: 'Password' },
  'signUp.confirm': { 'zh-CN': '确认密码', en: 'Repeat the password' },
  'signUp.passwordHint': {
    'zh-CN': '至少8位,须同时包含字母和数字',
    en: 'At least 8 characters with a letter and a digit',
  },
  'signUp.uscc': { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  'signUp.usccHint': { 'zh-CN': '18位,见营业执照或登记证书', en: '18 characters, on the business licence' },
  'signUp.orgName': { 'zh-CN': '单位名称', en: 'Organisation name' },
  'signUp.contactName': { 'zh-CN': '联系人姓名', en: 'Contact person' },
  'signUp.contactMobile': { 'zh-CN': '联系人手机号(用于登录)', en: 'Contact mobile (used to sign in)' },
  'signUp.employerNote': {
    'zh-CN': '注册后,人社局将核实单位信息;核实通过前部分功能不可用。',
    en: 'After registration the bureau verifies the organisation; some services open once it is verified.',
  },
  'validation.password.mismatch': { 'zh-CN': '两次输入的密码不一致', en: 'The two passwords differ' },

  // change password
  'password.title': { 'zh-CN': '修改密码', en: 'Change password' },
  'password.current': { 'zh-CN': '当前密码', en: 'Current password' },
  'password.new': { 'zh-CN': '新密码', en: 'New password' },
  'password.confirm': { 'zh-CN': '确认新密码', en: 'Repeat the new password' },
  'password.submit': { 'zh-CN': '修改密码', en: 'Change password' },
  'password.changed': { 'zh-CN': '密码已修改。', en: 'The password has been changed.' },
  'password.currentWrong': { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },

  // home pages
  'home.title': { 'zh-CN': '首页', en: 'Home' },
  'home.welcome': { 'zh-CN': '您好,{name}', en: 'Hello, {name}' },
  'home.whoAmI': { 'zh-CN': '我的账号', en: 'My account' },
  'home.name': { 'zh-CN': '姓名', en: 'Name' },
  'home.mobile': { 'zh-CN': '手机号', en: 'Mobile' },
  'home.username': { 'zh-CN': '用户名', en: 'Username' },
  'home.residentId': { 'zh-CN': '身份证号', en: 'Resident ID' },
  'home.roles': { 'zh-CN': '角色', en: 'Roles' },
  'home.noRoles': { 'zh-CN': '暂无角色', en: 'No roles' },
  'home.completeProfile': {
    'zh-CN': '尚未填写身份证号。完善个人资料后即可办理落户和补贴业务。',
    en: 'Your resident ID is missing. Complete your profile to apply for settlement and subsidies.',
  },
  'home.completeProfileAction': { 'zh-CN': '完善个人资料', en: 'Complete profile' },
  'home.org': { 'zh-CN': '单位信息', en: 'Organisation' },
  'home.orgName': { 'zh-CN': '单位名称', en: 'Name' },
  'home.uscc': { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
  'home.verification': { 'zh-CN': '核实状态', en: 'Verification' },
  'home.employerRole': { 'zh-CN': '账号角色', en: 'Your role' },
  'home.staffAdmin': { 'zh-CN': '管理工作人员账号', en: 'Manage staff accounts' },
  'employerStatus.pending': { 'zh-CN': '待核实', en: 'Pending' },
  'employerStatus.verified': { 'zh-CN': '已核实', en: 'Verified' },
  'employerStatus.rejected': { 'zh-CN': '未通过', en: 'Rejected' },
  'employerStatus.pendingNote': {
    'zh-CN': '人社局将核实您单位的统一社会信用代码和名称,核实通过后即可确认录用、接收集体户等。',
    en: 'The bureau will verify your credit code and name; once verified you can confirm hires and accept members into your collective household.',
  },
  'employerStatus.verifiedNote': {
    'zh-CN': '单位信息已由人社局核实。',
    en: 'The bureau has verified your organisation.',
  },
  'employerStatus.rejectedNote': {
    'zh-CN': '人社局未能核实单位信息,请联系人社局。',
    en: 'The bureau could not verify your organisation; please contact the bureau.',
  },
  'employer.noOrg': { 'zh-CN': '此账号未关联单位。', en: 'This account belongs to no organisation.' },

  // profile
  'profile.title': { 'zh-CN': '个人资料', en: 'Profile' },
  'profile.name': { 'zh-CN': '姓名', en: 'Full name' },
  'profile.residentId': { 'zh-CN': '身份证号', en: 'Resident ID number' },
  'profile.residentIdHint': {
    'zh-CN': '18位居民身份证号码,最后一位可能是X',
    en: '18 characters; the last one may be X',
  },
  'profile.currentResidentId': {
    'zh-CN': '已登记:{residentId}(如需更正请重新填写)',
    en: 'On file: {residentId} (enter it again to correct it)',
  },
  'profile.saved': { 'zh-CN': '个人资料已保存。', en: 'Your profile has been saved.' },
  'profile.submit': { 'zh-CN': '保存资料', en: 'Save profile' },

  // data table
  'table.search': { 'zh-CN': '搜索', en: 'Search' },
  'table.filterAll': { 'zh-CN': '全部', en: 'All' },
  'table.searchSubmit': { 'zh-CN': '搜索', en: 'Search' },
  'table.clearSearch': { 'zh-CN': '清除', en: 'Clear' },
  'table.loading': { 'zh-CN': '正在加载…', en: 'Loading…' },
  'table.empty': { 'zh-CN': '没有符合条件的记录', en: 'No records match' },
  'table.loadFailed': { 'zh-CN': '加载失败:{message}', en: 'Could not load: {message}' },
  'table.total': { 'zh-CN': '共 {total} 条', en: '{total} in all' },
  'table.pageOf': { 'zh-CN': '第 {page} / {pages} 页', en: 'Page {page} of {pages}' },
  'table.pageSize': { 'zh-CN': '每页条数', en: 'Rows per page' },
  'table.first': { 'zh-CN': '首页', en: 'First' },
  'table.prev': { 'zh-CN': '上一页', en: 'Previous' },
  'table.next': { 'zh-CN': '下一页', en: 'Next' },
  'table.last': { 'zh-CN': '末页', en: 'Last' },
  'table.pagination': { 'zh-CN': '分页', en: 'Pagination' },
  'table.exportPage': { 'zh-CN': '导出本页(CSV)', en: 'Export this page (CSV)' },
  'table.sortAsc': { 'zh-CN': '升序', en: 'ascending' },
  'table.sortDesc': { 'zh-CN': '降序', en: 'descending' },
  'table.sortBy': { 'zh-CN': '按{column}排序', en: 'Sort by {column}' },

  // bureau staff administration
  'staff.title': { 'zh-CN': '工作人员账号', en: 'Staff accounts' },
  'staff.readOnly': {
    'zh-CN': '您以督查身份查看,只能浏览,不能修改。',
    en: 'You are viewing as an auditor: read only.',
  },
  'staff.searchLabel': { 'zh-CN': '按用户名或姓名搜索', en: 'Search by username or name' },
  'staff.username': { 'zh-CN': '用户名', en: 'Username' },
  'staff.name': { 'zh-CN': '姓名', en: 'Name' },
  'staff.roles': { 'zh-CN': '角色', en: 'Roles' },
  'staff.status': { 'zh-CN': '状态', en: 'Status' },
  'staff.createdAt': { 'zh-CN': '创建时间', en: 'Created' },
  'staff.actions': { 'zh-CN': '操作', en: 'Actions' },
  'staff.active': { 'zh-CN': '启用', en: 'Active' },
  'staff.disabled': { 'zh-CN': '已停用', en: 'Disabled' },
  'staff.create': { 'zh-CN': '新建账号', en: 'New account' },
  'staff.createTitle': { 'zh-CN': '新建工作人员账号', en: 'New staff account' },
  'staff.initialPassword': { 'zh-CN': '初始密码', en: 'Initial password' },
  'staff.initialPasswordHint': {
    'zh-CN': '请通过安全渠道告知本人,并提醒其登录后修改。',
    en: 'Hand it over safely and ask the person to change it after signing in.',
  },
  'staff.created': { 'zh-CN': '已创建账号 {username}。', en: 'Account {username} created.' },
  'staff.duplicate': { 'zh-CN': '该用户名已被使用', en: 'This username is taken' },
  'staff.editRoles': { 'zh-CN': '修改角色', en: 'Edit roles' },
  'staff.editRolesTitle': { 'zh-CN': '修改 {name}({username})的角色', en: 'Roles of {name} ({username})' },
  'staff.rolesSaved': { 'zh-CN': '已更新 {name} 的角色。', en: 'Roles of {name} updated.' },
  'staff.disable': { 'zh-CN': '停用', en: 'Disable' },
  'staff.enable': { 'zh-CN': '启用', en: 'Enable' },
  'staff.disableTitle': { 'zh-CN': '停用账号', en: 'Disable account' },
  'staff.enableTitle': { 'zh-CN': '启用账号', en: 'Enable account' },
  'staff.disableConfirm': {
    'zh-CN': '确定停用 {name}({username})的账号吗?停用后该账号将无法登录。',
    en: 'Disable the account of {name} ({username})? They will no longer be able to sign in.',
  },
  'staff.enableConfirm': {
    'zh-CN': '确定重新启用 {name}({username})的账号吗?',
    en: 'Enable the account of {name} ({username}) again?',
  },
  'staff.disabledDone': { 'zh-CN': '已停用 {name} 的账号。', en: 'The account of {name} is disabled.' },
  'staff.enabledDone': { 'zh-CN': '已启用 {name} 的账号。', en: 'The account of {name} is enabled.' },
  'staff.you': { 'zh-CN': '(本人)', en: '(you)' },
  'staff.exportName': { 'zh-CN': '工作人员账号', en: 'staff-accounts' },
} as const satisfies Record<string, LocalizedText>;
