/**
 * Qingyang's county-level units with their current codes and the codes used before the prefecture
 * became a city in 2002 (policy.md "Identifiers"); IDs issued under the old codes stay valid for life.
 */
export type Division = {
  readonly code: string;
  readonly oldCode: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly level: 'city' | 'county';
};

export const qingyangDivisions: readonly Division[] = [
  { code: '621000', oldCode: '622800', nameZh: '庆阳市', nameEn: 'Qingyang', level: 'city' },
  { code: '621002', oldCode: '622801', nameZh: '西峰区', nameEn: 'Xifeng', level: 'county' },
  { code: '621021', oldCode: '622821', nameZh: '庆城县', nameEn: 'Qingcheng', level: 'county' },
  { code: '621022', oldCode: '622822', nameZh: '环县', nameEn: 'Huanxian', level: 'county' },
  { code: '621023', oldCode: '622823', nameZh: '华池县', nameEn: 'Huachi', level: 'county' },
  { code: '621024', oldCode: '622824', nameZh: '合水县', nameEn: 'Heshui', level: 'county' },
  { code: '621025', oldCode: '622825', nameZh: '正宁县', nameEn: 'Zhengning', level: 'county' },
  { code: '621026', oldCode: '622826', nameZh: '宁县', nameEn: 'Ningxian', level: 'county' },
  { code: '621027', oldCode: '622827', nameZh: '镇原县', nameEn: 'Zhenyuan', level: 'county' },
];

const byAnyCode = new Map<string, Division>(
  qingyangDivisions.flatMap((d) => [
    [d.code, d],
    [d.oldCode, d],
  ]),
);

/** Finds a unit by its current or its pre-2002 code. */
export function divisionByCode(code: string): Division | undefined {
  return byAnyCode.get(code);
}

/** True when an area code (e.g. of a resident ID) belongs to Qingyang, under either numbering. */
export function isQingyangAreaCode(code: string): boolean {
  return code.startsWith('6210') || code.startsWith('6228');
}
