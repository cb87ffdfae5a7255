/** The policy document every rule points into (policy.md; original text in the seed). */
export const POLICY_DOCUMENT = '庆政办发〔2022〕44号';

/** '二(一)4' → '庆政办发〔2022〕44号 二(一)4'. */
export function clause(section: string): string {
  return `${POLICY_DOCUMENT} ${section}`;
}
