/**
 * Mainland mobile numbers: policy.md says 11 digits starting with 1; no number range 10x–12x is
 * issued to subscribers, so the second digit is 3–9.
 */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function isMainlandMobile(s: string): boolean {
  return MAINLAND_MOBILE.test(s);
}

/** Strips what people type around a number (spaces, dashes, a +86 / 0086 prefix) before checking it. */
export function normaliseMobile(s: string): string {
  const compact = s.replace(/[\s-]/g, '');
  return compact.replace(/^(?:\+86|0086)(?=\d{11}$)/, '');
}
