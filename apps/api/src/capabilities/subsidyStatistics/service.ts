import {
  type Actor,
  hasBureauRole,
  type Locale,
  qingyangDivisions,
  type Tier,
  t,
  tiers,
  todayInChina,
  yuanText,
} from '@talent/domain';
import type { Db } from '../../platform/db.js';
import { fieldError, forbidden } from '../../platform/errors.js';
import * as repo from './repository.js';

export type StatisticsQuery = {
  from?: string | undefined;
  to?: string | undefined;
  groupBy: repo.StatisticsGroup;
};

export type StatisticsRow = {
  /** A tier, a county code or 'YYYY-MM'. */
  key: string;
  awards: number;
  awardedFen: number;
  scheduledFen: number;
  paidFen: number;
  failedFen: number;
  cancelledFen: number;
};

export type Statistics = {
  groupBy: repo.StatisticsGroup;
  from: string;
  to: string;
  rows: StatisticsRow[];
  totals: Omit<StatisticsRow, 'key'>;
};

const readers = ['reviewer', 'approver', 'finance', 'admin', 'auditor'] as const;

/**
 * Awards started and money falling due in a period (this calendar year unless told), by tier, county
 * or month: every figure an SQL aggregate, amounts in fen. Groups appear in a fixed order (the tiers
 * of 二(四)5, counties by code, months in time).
 */
export async function subsidyStatistics(db: Db, actor: Actor, query: StatisticsQuery): Promise<Statistics> {
  if (!readers.some((r) => hasBureauRole(actor, r))) throw forbidden();
  const year = todayInChina().slice(0, 4);
  const from = query.from ?? `${year}-01-01`;
  const to = query.to ?? `${year}-12-31`;
  if (to < from) throw fieldError('to', 'validation.statistics.range');
  const [awards, lines] = await Promise.all([
    repo.awardCounts(db, query.groupBy, from, to),
    repo.lineSums(db, query.groupBy, from, to),
  ]);
  const byKey = new Map<string, StatisticsRow>();
  const rowOf = (key: string) => {
    let row = byKey.get(key);
    if (!row) {
      row = { key, awards: 0, awardedFen: 0, scheduledFen: 0, paidFen: 0, failedFen: 0, cancelledFen: 0 };
      byKey.set(key, row);
    }
    return row;
  };
  for (const a of awards) Object.assign(rowOf(a.key), { awards: a.awards, awardedFen: a.awardedFen });
  for (const l of lines) Object.assign(rowOf(l.key), l);
  const order = (key: string) =>
    query.groupBy === 'tier' ? String(tiers.indexOf(key as Tier)).padStart(2, '0') : key;
  const rows = [...byKey.values()].sort((a, b) => (order(a.key) < order(b.key) ? -1 : 1));
  const totals = { awards: 0, awardedFen: 0, scheduledFen: 0, paidFen: 0, failedFen: 0, cancelledFen: 0 };
  for (const r of rows) {
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += r[k];
  }
  return { groupBy: query.groupBy, from, to, rows, totals };
}

const counties = new Map(qingyangDivisions.map((d) => [d.code, d]));

/** The group's name as a person reads it: 硕士研究生, 西峰区, 2026-03. */
export function groupLabel(groupBy: repo.StatisticsGroup, key: string, locale: Locale): string {
  if (groupBy === 'tier') return t(locale, `tier.${key}`);
  if (groupBy === 'county') {
    const county = counties.get(key);
    return county ? (locale === 'zh-CN' ? county.nameZh : county.nameEn) : key;
  }
  return key;
}

/** The same figures as a CSV in yuan (the bureau's spreadsheets), with a BOM so Excel reads UTF-8. */
export function statisticsCsv(stats: Statistics, locale: Locale): string {
  const header =
    locale === 'zh-CN'
      ? ['分组', '获批人数', '核定金额(元)', '应发金额(元)', '已发金额(元)', '发放失败(元)', '已停发(元)']
      : [
          'Group',
          'Awards',
          'Awarded (CNY)',
          'Scheduled (CNY)',
          'Paid (CNY)',
          'Failed (CNY)',
          'Stopped (CNY)',
        ];
  const line = (label: string, r: Omit<StatisticsRow, 'key'>) =>
    [
      label,
      r.awards,
      yuanText(r.awardedFen),
      yuanText(r.scheduledFen),
      yuanText(r.paidFen),
      yuanText(r.failedFen),
      yuanText(r.cancelledFen),
    ]
      .map((c) => csvCell(String(c)))
      .join(',');
  const rows = stats.rows.map((r) => line(groupLabel(stats.groupBy, r.key, locale), r));
  rows.push(line(locale === 'zh-CN' ? '合计' : 'Total', stats.totals));
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Quotes a cell when needed, and defuses a leading = + - @ (spreadsheet formula injection). */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
