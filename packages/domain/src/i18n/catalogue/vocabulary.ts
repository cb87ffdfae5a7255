import type { LocalizedText } from '../locale';

/** Names of the things rules talk about: tiers, routes, places, documents, relations. */
export const vocabularyMessages = {
  'tier.doctorate': { 'zh-CN': '博士研究生', en: 'doctorate' },
  'tier.master': { 'zh-CN': '硕士研究生', en: 'master' },
  'tier.bachelor': { 'zh-CN': '大学本科', en: 'bachelor' },
  'tier.junior_college': { 'zh-CN': '大学专科', en: 'junior college' },
  'tier.special_skills': { 'zh-CN': '有特长的低学历人员', en: 'special skills' },

  'route.graduate': { 'zh-CN': '大中专毕业生先落户后就业', en: 'graduate: settle first, work later' },
  'route.talent_card': { 'zh-CN': '陇原人才服务卡绿色通道', en: 'talent card green channel' },
  'route.transferred_staff': { 'zh-CN': '调入工作人员', en: 'transferred staff' },
  'route.introduced_talent': { 'zh-CN': '引进人才', en: 'introduced talent' },
  'route.residence': { 'zh-CN': '合法稳定住所(含租赁)', en: 'legal stable residence (rental included)' },
  'route.employment': { 'zh-CN': '合法稳定就业', en: 'legal stable employment' },
  'route.relative': { 'zh-CN': '直系亲属投靠', en: 'joining a direct relative' },
  'route.veteran': { 'zh-CN': '退役士兵和转业士官', en: 'veterans and transferred NCOs' },
  'route.intra_city_move': { 'zh-CN': '市内户口迁移一站式办理', en: 'one-stop move within the city' },

  'place.own_residence': { 'zh-CN': '本人合法稳定住所(含租赁)', en: 'own residence (owned or rented)' },
  'place.relative_residence': { 'zh-CN': '直系亲属住所', en: "a direct relative's residence" },
  'place.employer_collective': { 'zh-CN': '单位集体户', en: "the employer's collective household" },
  'place.talent_centre_collective': {
    'zh-CN': '人才交流中心集体户',
    en: 'the talent-exchange-centre collective household',
  },
  'place.police_station_collective': {
    'zh-CN': '派出所集体户',
    en: "the police station's collective household",
  },
  'place.community_collective': { 'zh-CN': '社区集体户', en: 'the community collective household' },

  'town.xifeng_urban': { 'zh-CN': '西峰城区', en: 'Xifeng urban area' },
  'town.county_seat': { 'zh-CN': '县政府驻地镇', en: 'a county seat town' },
  'town.organised_town': { 'zh-CN': '建制镇', en: 'an organised town' },
  'town.rural': { 'zh-CN': '乡村', en: 'the countryside' },

  'relation.spouse': { 'zh-CN': '配偶', en: 'spouse' },
  'relation.child': { 'zh-CN': '子女', en: 'child' },
  'relation.parent': { 'zh-CN': '父母', en: 'parent' },
  'relation.other': { 'zh-CN': '其他亲属', en: 'other relative' },

  'document.resident_id_card': { 'zh-CN': '居民身份证', en: 'resident ID card' },
  'document.graduation_certificate': { 'zh-CN': '毕业证书', en: 'graduation certificate' },
  'document.household_migration_certificate': {
    'zh-CN': '户口迁移证(或跨省电子迁移)',
    en: 'household migration certificate (or electronic inter-provincial transfer)',
  },
  'document.property_or_lease_certificate': {
    'zh-CN': '购(租)房屋证明',
    en: 'property or lease certificate',
  },
  'document.employment_proof': { 'zh-CN': '合法稳定就业证明', en: 'proof of employment' },
  'document.relationship_proof': { 'zh-CN': '亲属关系证明', en: 'proof of relationship' },
  'document.relative_household_booklet': {
    'zh-CN': '被投靠人户口簿',
    en: "the relative's household booklet",
  },
  'document.transfer_papers': { 'zh-CN': '调动手续', en: 'transfer papers' },
  'document.appointment_document': { 'zh-CN': '任命文件', en: 'appointment document' },
  'document.employment_contract': {
    'zh-CN': '劳动合同、聘任协议或任命文件',
    en: 'labour contract, engagement agreement or appointment',
  },
  'document.discharge_certificate': { 'zh-CN': '退伍证', en: 'discharge certificate' },
  'document.household_booklet': { 'zh-CN': '户口簿', en: 'household booklet' },
  'document.degree_certificate': { 'zh-CN': '学历学位证书', en: 'degree certificate' },
  'document.skills_qualification': {
    'zh-CN': '技师、高级技师资格或省级以上技能竞赛获奖证明',
    en: 'technician qualification or provincial skills-competition award',
  },
} as const satisfies Record<string, LocalizedText>;
