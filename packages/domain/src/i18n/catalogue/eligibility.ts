import type { LocalizedText } from '../locale';

/** One sentence per criterion outcome, shown to the applicant and the reviewer alike. */
export const eligibilityMessages = {
  'eligibility.document.verified': { 'zh-CN': '{document}已核验', en: '{document} verified' },
  'eligibility.document.submitted': {
    'zh-CN': '{document}已提交,待核验',
    en: '{document} submitted, awaiting verification',
  },
  'eligibility.document.missing': { 'zh-CN': '需提交{document}', en: '{document} is needed' },
  'eligibility.document.rejected': {
    'zh-CN': '{document}未通过核验,请重新提交',
    en: '{document} was not accepted; please submit it again',
  },

  'eligibility.freshGraduate.pass': {
    'zh-CN': '毕业于{graduationDate},距申请日{months}个月,在{window}个月择业期内,属应届毕业生',
    en: 'Graduated on {graduationDate}, {months} months before applying: within the {window}-month window for fresh graduates',
  },
  'eligibility.freshGraduate.fail': {
    'zh-CN': '毕业于{graduationDate},距申请日已{months}个月,超过{window}个月择业期;可选择其他落户途径',
    en: 'Graduated on {graduationDate}, {months} months before applying: beyond the {window}-month window; another route may apply',
  },
  'eligibility.freshGraduate.notYet': {
    'zh-CN': '毕业日期{graduationDate}晚于申请日,请毕业后申请',
    en: 'The graduation date {graduationDate} is after the application date; apply once graduated',
  },
  'eligibility.freshGraduate.unknown': { 'zh-CN': '需填写毕业日期', en: 'The graduation date is needed' },

  'eligibility.settlePlace.pass': {
    'zh-CN': '落户地点为{place},符合本途径规定',
    en: 'Settling at {place}, which this route allows',
  },
  'eligibility.settlePlace.fail': {
    'zh-CN': '本途径可落户于:{allowed};所选为{place}',
    en: 'This route settles at: {allowed}; chosen: {place}',
  },
  'eligibility.settlePlace.unknown': { 'zh-CN': '需选择落户地点', en: 'Choose where to settle' },

  'eligibility.residenceArea.pass': {
    'zh-CN': '住所位于{area},属西峰城区、县政府驻地镇或建制镇',
    en: 'The residence is in {area}: Xifeng urban area, a county seat town or an organised town',
  },
  'eligibility.residenceArea.fail': {
    'zh-CN': '住所位于{area},不在西峰城区、县政府驻地镇或建制镇;可选择其他落户途径',
    en: 'The residence is in {area}, outside Xifeng urban area, county seat towns and organised towns; another route may apply',
  },
  'eligibility.residenceArea.unknown': {
    'zh-CN': '需填写住所所在区域',
    en: 'Where the residence lies is needed',
  },

  'eligibility.relativeTown.pass': {
    'zh-CN': '被投靠人户籍在{area}',
    en: "The relative's household is registered in {area}",
  },
  'eligibility.relativeTown.fail': {
    'zh-CN': '被投靠人户籍在{area},本途径要求其户籍在西峰城区、县政府驻地镇或建制镇',
    en: "The relative's household is registered in {area}; this route needs Xifeng urban area, a county seat town or an organised town",
  },
  'eligibility.relativeTown.unknown': {
    'zh-CN': '需填写被投靠人户籍所在区域',
    en: "Where the relative's household is registered is needed",
  },

  'eligibility.relation.pass': {
    'zh-CN': '关系为{relation},属配偶、子女或父母',
    en: 'Relationship: {relation}, one of spouse, child or parent',
  },
  'eligibility.relation.fail': {
    'zh-CN': '关系为{relation},本途径限配偶、子女、父母',
    en: 'Relationship: {relation}; this route covers spouse, children and parents',
  },
  'eligibility.relation.unknown': { 'zh-CN': '需填写亲属关系', en: 'The relationship is needed' },
  'eligibility.familyNotInRoute.fail': {
    'zh-CN': '本途径未规定家属随迁;家属可通过直系亲属投靠等途径申请',
    en: 'This route names no family members; they may apply on the joining-a-relative route',
  },
  'eligibility.coResident.pass': {
    'zh-CN': '{relation}与申请人共同居住生活',
    en: 'The {relation} lives with the applicant',
  },
  'eligibility.coResident.fail': {
    'zh-CN': '{relation}未与申请人共同居住生活,本途径随迁须共同居住',
    en: 'The {relation} does not live with the applicant; on this route family members must live together',
  },
  'eligibility.coResident.unknown': {
    'zh-CN': '需确认{relation}是否与申请人共同居住',
    en: 'Whether the {relation} lives with the applicant is needed',
  },

  'eligibility.talentCard.registered.pass': {
    'zh-CN': '陇原人才服务卡{cardNumber}已登记,持卡人身份证号一致',
    en: 'Talent card {cardNumber} is in the registry and its holder ID matches',
  },
  'eligibility.talentCard.registered.fail': {
    'zh-CN': '登记库中没有该服务卡,或持卡人身份证号不一致',
    en: "The card is not in the registry, or its holder's ID does not match",
  },
  'eligibility.talentCard.registered.unknown': {
    'zh-CN': '尚未查询人才服务卡登记库',
    en: 'The talent card registry has not been checked yet',
  },
  'eligibility.talentCard.notRevoked.pass': { 'zh-CN': '服务卡未被撤销', en: 'The card is not revoked' },
  'eligibility.talentCard.notRevoked.fail': { 'zh-CN': '服务卡已被撤销', en: 'The card has been revoked' },
  'eligibility.talentCard.notRevoked.unknown': {
    'zh-CN': '无法确认服务卡状态',
    en: "The card's status cannot be confirmed",
  },
  'eligibility.talentCard.valid.pass': {
    'zh-CN': '服务卡有效期{issueDate}至{expiryDate},申请日{date}在有效期内',
    en: 'The card is valid from {issueDate} to {expiryDate}; the application date {date} lies within',
  },
  'eligibility.talentCard.valid.fail': {
    'zh-CN': '服务卡有效期{issueDate}至{expiryDate},申请日{date}不在有效期内',
    en: 'The card is valid from {issueDate} to {expiryDate}; the application date {date} lies outside',
  },
  'eligibility.talentCard.valid.unknown': {
    'zh-CN': '无法确认服务卡有效期',
    en: "The card's validity cannot be confirmed",
  },

  'eligibility.age.pass': {
    'zh-CN': '申请日年龄{age}周岁,未超过{tier}年龄上限{limit}周岁',
    en: 'Aged {age} on the claim date, within the {tier} age limit of {limit}',
  },
  'eligibility.age.fail': {
    'zh-CN': '申请日年龄{age}周岁,超过{tier}年龄上限{limit}周岁',
    en: 'Aged {age} on the claim date, over the {tier} age limit of {limit}',
  },
  'eligibility.age.noLimit': { 'zh-CN': '{tier}不设年龄上限', en: 'The {tier} tier has no age limit' },
  'eligibility.age.unknown': {
    'zh-CN': '需出生日期以核对年龄',
    en: 'The birth date is needed to check the age',
  },

  'eligibility.household.pass': { 'zh-CN': '户籍已落户庆阳', en: 'Household registered in Qingyang' },
  'eligibility.household.fail': {
    'zh-CN': '户籍尚未落户庆阳,落户后可申请',
    en: 'Household not yet registered in Qingyang; claim once settled',
  },
  'eligibility.household.unknown': {
    'zh-CN': '需核实户籍是否在庆阳',
    en: 'Whether the household is registered in Qingyang is to be checked',
  },

  'eligibility.employment.contractPass': {
    'zh-CN': '在庆阳就业,劳动合同期限{months}个月,不少于{min}个月',
    en: 'Employed in Qingyang on a {months}-month labour contract, at least {min} months',
  },
  'eligibility.employment.contractShort': {
    'zh-CN': '劳动合同期限{months}个月,少于{min}个月',
    en: 'The labour contract runs {months} months, less than {min}',
  },
  'eligibility.employment.notInQingyang': {
    'zh-CN': '就业或创业地不在庆阳',
    en: 'The employment or business is not in Qingyang',
  },
  'eligibility.employment.unconfirmed': {
    'zh-CN': '就业信息待用人单位确认',
    en: 'The employer has yet to confirm the employment',
  },
  'eligibility.employment.businessPass': {
    'zh-CN': '在庆阳经营已登记的企业或个体工商户',
    en: 'Runs a registered business in Qingyang',
  },
  'eligibility.employment.businessExcluded': {
    'zh-CN': '本政策版本的补贴不含自主创业',
    en: 'This policy version does not extend the subsidy to business owners',
  },
  'eligibility.employment.unknown': {
    'zh-CN': '需提供在庆阳就业或创业的信息',
    en: 'Details of employment or a business in Qingyang are needed',
  },

  'eligibility.employmentReport.pass': {
    'zh-CN': '已于{reportedOn}报告就业,在{closesOn}截止的报告期内',
    en: 'Employment reported on {reportedOn}, within the window closing {closesOn}',
  },
  'eligibility.employmentReport.fail': {
    'zh-CN': '就业报告期已于{closesOn}截止,需就业的人才补贴未能解锁;已办理的落户不受影响',
    en: 'The employment-report window closed on {closesOn}: incentives that need employment stay locked; the settlement stands',
  },
  'eligibility.employmentReport.open': {
    'zh-CN': '尚未报告就业,报告期至{closesOn}',
    en: 'Employment not reported yet; the window is open until {closesOn}',
  },

  'eligibility.firstClaim.pass': { 'zh-CN': '首次申请{tier}补贴', en: 'First claim for the {tier} tier' },
  'eligibility.firstClaim.fail': {
    'zh-CN': '已申请过{tier}补贴,不得重复申请',
    en: 'The {tier} subsidy was claimed before; it cannot be claimed twice',
  },
  'eligibility.firstClaim.unknown': {
    'zh-CN': '需核实是否已申请过{tier}补贴',
    en: 'Whether the {tier} subsidy was claimed before is to be checked',
  },

  'eligibility.socialInsurance.pass': {
    'zh-CN': '在庆阳缴纳社会保险{months}个月,不少于{min}个月',
    en: '{months} months of social insurance paid in Qingyang, at least {min}',
  },
  'eligibility.socialInsurance.fail': {
    'zh-CN': '在庆阳缴纳社会保险{months}个月,首次发放前须满{min}个月',
    en: '{months} months of social insurance paid in Qingyang; {min} are needed before the first payment',
  },
  'eligibility.socialInsurance.unknown': {
    'zh-CN': '需核实在庆阳缴纳社会保险的月数',
    en: 'The months of social insurance paid in Qingyang are to be checked',
  },
  'eligibility.contributing.pass': {
    'zh-CN': '仍在庆阳缴纳社会保险',
    en: 'Still paying social insurance in Qingyang',
  },
  'eligibility.contributing.fail': {
    'zh-CN': '已停止在庆阳缴纳社会保险,后续补贴暂停发放',
    en: 'No longer paying social insurance in Qingyang; later payments are held',
  },
  'eligibility.contributing.unknown': {
    'zh-CN': '需核实是否仍在庆阳缴纳社会保险',
    en: 'Whether social insurance is still paid in Qingyang is to be checked',
  },
} as const satisfies Record<string, LocalizedText>;
