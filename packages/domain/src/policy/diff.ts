import type { PolicyVersion } from './schema';

/** A leaf value of a policy version: a number, a flag, a rule name, a list of months, or "no limit". */
export type PolicyValue = string | number | boolean | null | number[];

/** One parameter that differs between two versions, with the clause that carries it. */
export type PolicyChange = {
  /** Dotted path of the value, e.g. 'tiers.doctorate.settlingInAllowance.totalFen'. */
  path: string;
  /** The parameter the value belongs to ('tiers.doctorate.settlingInAllowance'), for grouping. */
  parameter: string;
  before: PolicyValue | undefined;
  after: PolicyValue | undefined;
  /** The newer version's clause; the older one's too when the reference itself changed. */
  clause: string | null;
  clauseBefore: string | null;
};

type Leaf = { value: PolicyValue; parameter: string; clause: string | null };

const isParam = (node: object): node is { value: unknown; clause: string } =>
  'value' in node && 'clause' in node && typeof (node as { clause: unknown }).clause === 'string';

/** Flattens a version into path → leaf; a parameter's object value is split into its fields. */
function leaves(version: PolicyVersion): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  const visit = (node: unknown, path: string, param: { name: string; clause: string } | null): void => {
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      if (param === null && isParam(node)) {
        visit(node.value, `${path}`, { name: path, clause: node.clause });
        return;
      }
      for (const [key, child] of Object.entries(node)) visit(child, path ? `${path}.${key}` : key, param);
      return;
    }
    out.set(path, {
      value: node as PolicyValue,
      parameter: param?.name ?? path,
      clause: param?.clause ?? null,
    });
  };
  visit(version, '', null);
  return out;
}

const same = (a: PolicyValue | undefined, b: PolicyValue | undefined): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

/**
 * What changed from version `a` to version `b`: every value whose figure or legal reference differs,
 * in the order of the schema (the bureau reads the diff before a new version takes effect).
 * The version's own id is bookkeeping, not a parameter, and is left out.
 */
export function diffPolicyVersions(a: PolicyVersion, b: PolicyVersion): PolicyChange[] {
  const before = leaves(a);
  const after = leaves(b);
  const paths = [...after.keys(), ...[...before.keys()].filter((p) => !after.has(p))];
  const changes: PolicyChange[] = [];
  for (const path of paths) {
    if (path === 'id') continue;
    const old = before.get(path);
    const now = after.get(path);
    if (same(old?.value, now?.value) && old?.clause === now?.clause) continue;
    changes.push({
      path,
      parameter: (now ?? old)?.parameter ?? path,
      before: old?.value,
      after: now?.value,
      clause: now?.clause ?? old?.clause ?? null,
      clauseBefore: old?.clause !== now?.clause ? (old?.clause ?? null) : null,
    });
  }
  return changes;
}
