import {
  addDays,
  addMonths,
  defaultPolicyVersion,
  type IsoDate,
  qingyangDivisions,
  routeSpecs,
  type SettlementPlace,
  type SettlementRoute,
  type SettlementState,
  serviceDeadline,
  type Tier,
  type WorkingDayCalendar,
} from '@talent/domain';
import { makeResidentId } from '@talent/domain/fakes';
import type { Pii } from '../platform/pii.js';

// One generated case, decided by its sequence number alone, and the world the cases are drawn in.

export type World = {
  today: IsoDate;
  dates: {
    day(daysAgo: number): IsoDate;
    due(submittedDaysAgo: number, green: boolean): IsoDate;
    closes(registeredDaysAgo: number): IsoDate;
  };
  employers: { id: string; countyCode: string }[];
  stations: Map<string, string[]>;
  passwordHash: string;
  pii: Pii;
};

export const counties = qingyangDivisions.filter((d) => d.level === 'county');

// ---------------------------------------------------------------------------------------------------
// One fake case, decided by its sequence number alone (the same n gives the same case).

export type FakeCase = {
  name: string;
  residentId: string;
  route: SettlementRoute;
  state: SettlementState;
  settleAt: SettlementPlace;
  countyCode: string;
  address: string | null;
  employerId: string | null;
  stationId: string | null;
  education: Record<string, string> | null;
  tier: Tier | null;
  green: boolean;
  collective: 'pending' | 'accepted' | 'declined' | null;
  createdOn: IsoDate;
  submittedOn: IsoDate | null;
  dueOn: IsoDate | null;
  decidedOn: IsoDate | null;
  reason: string | null;
  registrationDate: IsoDate | null;
  closesOn: IsoDate | null;
};

/** Shares per thousand; open cases are a small share, as in a queue that is being worked. */
const stateShares: [SettlementState, number][] = [
  ['draft', 20],
  ['submitted', 40],
  ['under_review', 30],
  ['returned', 10],
  ['approved', 20],
  ['rejected', 60],
  ['withdrawn', 30],
  ['registered', 400],
  ['employment_reported', 40],
  ['employment_confirmed', 330],
  ['employment_window_missed', 20],
];

/** Transitions behind each state, for the optimistic-locking version. */
export const versions: Record<SettlementState, number> = {
  draft: 1,
  submitted: 2,
  under_review: 3,
  returned: 4,
  approved: 4,
  rejected: 4,
  withdrawn: 3,
  registered: 5,
  employment_reported: 6,
  employment_confirmed: 7,
  employment_window_missed: 6,
};

// The talent card route is the green channel (二(一)5): about 5% of all cases.
const routeShares: [SettlementRoute, number][] = [
  ['graduate', 550],
  ['talent_card', 50],
  ['introduced_talent', 100],
  ['residence', 100],
  ['employment', 60],
  ['relative', 60],
  ['transferred_staff', 30],
  ['veteran', 20],
  ['intra_city_move', 30],
];

const tierShares: [Tier, number][] = [
  ['bachelor', 500],
  ['junior_college', 300],
  ['master', 150],
  ['doctorate', 30],
  ['special_skills', 20],
];

// 西峰区, the urban district, takes the largest share.
const countyShares: [string, number][] = counties.map((c) => [c.code, c.code === '621002' ? 300 : 88]);

const rejectionReasons = [
  '户口迁移证信息与身份证不一致',
  '毕业证书无法核验',
  '申请人已在其他地区落户',
  '所填住所与房屋证明不符',
];

export function fakeCase(world: World, n: number): FakeCase {
  const r = rng(n);
  let state = weighted(stateShares, r());
  let route = weighted(routeShares, r());
  // Employment is reported only by graduates who settled first (二(一)4).
  if (state.startsWith('employment_')) route = 'graduate';
  const green = route === 'talent_card';
  // Dates count back from today in whole days (submission, decision, registration).
  const age = ageInDays(state, r);
  const submittedOn = state === 'draft' ? null : world.dates.day(age);
  const createdOn = world.dates.day(age + Math.floor(r() * 3));
  const places = routeSpecs[route].places ?? ['own_residence'];
  const settleAt = places[Math.floor(r() * places.length)] as SettlementPlace;
  const employer =
    settleAt === 'employer_collective'
      ? world.employers[Math.floor(r() * world.employers.length)]
      : undefined;
  const countyCode = employer?.countyCode ?? weighted(countyShares, r());
  const stations = world.stations.get(countyCode) ?? [];
  const county = counties.find((c) => c.code === countyCode)!;
  const decided = decidedStates.includes(state);
  // Green cases are decided the day they come in or the next (一 working day, 二(一)5); others in 1–4 days.
  const lag = green ? Math.floor(r() * 2) : 1 + Math.floor(r() * 4);
  const decidedAgo = decided ? Math.max(0, age - lag) : null;
  const registeredAgo =
    decidedAgo !== null && registeredStates.includes(state)
      ? Math.max(0, decidedAgo - 1 - Math.floor(r() * 5))
      : null;
  const closesOn = registeredAgo !== null && route === 'graduate' ? world.dates.closes(registeredAgo) : null;
  // A missed window means the months after settlement are over (二(一)4).
  if (state === 'employment_window_missed' && (closesOn === null || closesOn >= world.today)) {
    state = 'registered';
  }
  const tier = ['graduate', 'talent_card', 'introduced_talent'].includes(route)
    ? weighted(tierShares, r())
    : null;
  const birthYear = 1994 + Math.floor(r() * 10);
  return {
    name: personName(n),
    residentId: residentIdOf(n),
    route,
    state,
    settleAt,
    countyCode,
    address:
      settleAt === 'own_residence' || settleAt === 'relative_residence' ? address(county.nameZh, n) : null,
    employerId: employer?.id ?? null,
    stationId: settleAt === 'police_station_collective' ? (stations[n % stations.length] ?? null) : null,
    education: tier
      ? {
          registeredPlace: '甘肃省兰州市城关区',
          school: pick(schools, n),
          tier,
          major: pick(majors, n >> 2),
          graduationDate: `${Math.min(birthYear + 22, Number(world.today.slice(0, 4)))}-06-30`,
          certificateNo: String(10_000_000_000_000 + n),
        }
      : null,
    tier,
    green,
    collective:
      settleAt !== 'employer_collective'
        ? null
        : state === 'rejected' && r() < 0.5
          ? 'declined'
          : decided
            ? 'accepted'
            : r() < 0.5
              ? 'pending'
              : 'accepted',
    createdOn,
    submittedOn,
    dueOn: submittedOn ? world.dates.due(age, green) : null,
    decidedOn: decidedAgo === null ? null : world.dates.day(decidedAgo),
    reason: state === 'rejected' ? pick(rejectionReasons, n) : null,
    registrationDate: registeredAgo === null ? null : world.dates.day(registeredAgo),
    closesOn,
  };
}

const registeredStates: readonly SettlementState[] = [
  'registered',
  'employment_reported',
  'employment_confirmed',
  'employment_window_missed',
];
const decidedStates: readonly SettlementState[] = ['approved', 'rejected', ...registeredStates];

/** Days since submission (or creation, for drafts), plausible for the state. */
function ageInDays(state: SettlementState, r: () => number): number {
  const between = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  switch (state) {
    case 'draft':
      return between(0, 30);
    case 'submitted':
    case 'under_review':
      // Most open cases are within their deadline; about one in six is a backlog case past it.
      return r() < 0.85 ? between(0, 6) : between(7, 40);
    case 'returned':
      return between(3, 30);
    case 'approved':
      return between(1, 20);
    case 'employment_window_missed':
      return between(745, 1000);
    case 'employment_confirmed':
      return between(60, 730);
    default:
      return between(10, 730);
  }
}

// ---------------------------------------------------------------------------------------------------
// Small deterministic helpers.

/** mulberry32 seeded by the case number: the same n always gives the same case. */
export function rng(seed: number): () => number {
  let a = (seed * 2_654_435_761) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function weighted<T>(shares: readonly [T, number][], x: number): T {
  const total = shares.reduce((sum, [, w]) => sum + w, 0);
  let at = x * total;
  for (const [value, w] of shares) {
    if (at < w) return value;
    at -= w;
  }
  return shares[shares.length - 1]![0];
}

export function pick<T>(list: readonly T[], n: number): T {
  return list[Math.abs(n) % list.length]!;
}

/**
 * Date arithmetic of the generator, memoised: a million cases fall on a few hundred distinct days.
 * Deadlines follow the policy's service levels in working days (二(一)5).
 */
export function datesFrom(today: IsoDate, calendar: WorkingDayCalendar): World['dates'] {
  const cache = new Map<string, IsoDate>();
  const memo = (key: string, compute: () => IsoDate) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      cache.set(key, value);
    }
    return value;
  };
  const day = (daysAgo: number) => memo(`d${daysAgo}`, () => addDays(today, -daysAgo));
  return {
    day,
    due: (daysAgo, green) =>
      memo(`s${daysAgo}${green}`, () =>
        serviceDeadline(calendar, defaultPolicyVersion, day(daysAgo), green ? 'green' : 'ordinary'),
      ),
    closes: (daysAgo) =>
      memo(`c${daysAgo}`, () =>
        addMonths(day(daysAgo), defaultPolicyVersion.employmentReport.windowMonths.value),
      ),
  };
}

/** An office-hours instant on `date` in China time, varied by n. */
export function timestamp(date: IsoDate, n: number): string {
  const minutes = 8 * 60 + 30 + ((n * 37) % (9 * 60));
  return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+08:00`;
}

// Birthplaces: Qingyang's counties (current and pre-2002 codes) and cities graduates often come from.
const birthRegions = [
  ...counties.flatMap((c) => [c.code, c.oldCode]),
  '620102', // 兰州市城关区
  '620502', // 天水市秦州区
  '610113', // 西安市雁塔区
  '640104', // 银川市兴庆区
  '410105', // 郑州市金水区
];
const BIRTH_DAYS = 3_650; // born 1994–2003
const birthDates = new Map<number, IsoDate>();
function birthDate(day: number): IsoDate {
  let date = birthDates.get(day);
  if (date === undefined) {
    date = addDays('1994-01-01', day);
    birthDates.set(day, date);
  }
  return date;
}

/**
 * A valid resident ID unique to n: the sequence 500–999 (away from hand-made demo IDs), then the
 * birth date, then the region, so that 500 × 3,650 × 23 ≈ 42 million cases never repeat.
 */
export function residentIdOf(n: number): string {
  const seq = 500 + (n % 500);
  const m = Math.floor(n / 500);
  return makeResidentId({
    regionCode: birthRegions[Math.floor(m / BIRTH_DAYS) % birthRegions.length]!,
    birthDate: birthDate(m % BIRTH_DAYS),
    seq,
    sex: seq % 2 === 1 ? 'male' : 'female',
  });
}

const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const given = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨宇浩然子轩欣怡梓涵一诺雨桐思远博文嘉怡婷雪琳瑶佳琪俊杰志强建国海燕晓东文博天宇',
];

export function personName(n: number): string {
  const r = rng(n + 1_000_003);
  const one = given[Math.floor(r() * given.length)]!;
  const two = r() < 0.7 ? given[Math.floor(r() * given.length)]! : '';
  return `${surnames[Math.floor(r() * surnames.length)]!}${one}${two}`;
}

const streets = ['南大街', '北大街', '长庆大道', '安定西路', '朔州路', '九龙路', '兴隆路', '育才路'];
export function address(countyName: string, n: number): string {
  return `甘肃省庆阳市${countyName}${pick(streets, n)}${1 + (n % 300)}号${1 + (n % 6)}单元${101 + (n % 20)}室`;
}

export const words = ['陇东', '岐黄', '周祖', '子午', '董志', '北石窟', '马莲河', '长庆'];
export const companyKinds = [
  '科技有限公司',
  '能源有限公司',
  '农业发展有限公司',
  '建设工程有限公司',
  '商贸有限公司',
];
const schools = [
  '兰州大学',
  '西北师范大学',
  '陇东学院',
  '西北民族大学',
  '兰州理工大学',
  '甘肃农业大学',
  '西安交通大学',
];
const majors = [
  '计算机科学与技术',
  '临床医学',
  '石油工程',
  '汉语言文学',
  '会计学',
  '农学',
  '机械设计制造及其自动化',
];
