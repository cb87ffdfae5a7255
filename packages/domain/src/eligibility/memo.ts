import type { PolicyVersion } from '../policy/schema';
import type { Criterion } from './criterion';

export type MemoKey = string | number | boolean | undefined;
type Node = Map<MemoKey, Node | Criterion>;

/**
 * Criteria are values: the same rule, facts and policy version give the same criterion, sentences
 * included. Keeping each one made per policy version spares rebuilding the same two sentences for
 * every claim of a batch. Keys are the few primitive facts a criterion depends on, looked up level by
 * level so no key string is built per claim. Shared criteria are frozen; a version's cache starts over
 * when it grows past a bound, so varied inputs cannot make it grow without end.
 */
const roots = new WeakMap<PolicyVersion, { node: Node; size: number }>();
const LIMIT = 10_000;

export function memoCriterion(
  policy: PolicyVersion,
  keys: readonly MemoKey[],
  build: () => Criterion,
): Criterion {
  let root = roots.get(policy);
  if (root === undefined || root.size >= LIMIT) {
    root = { node: new Map(), size: 0 };
    roots.set(policy, root);
  }
  let node = root.node;
  const last = keys.length - 1;
  for (let i = 0; i < last; i++) {
    let next = node.get(keys[i]) as Node | undefined;
    if (next === undefined) {
      next = new Map();
      node.set(keys[i], next);
    }
    node = next;
  }
  let criterion = node.get(keys[last]) as Criterion | undefined;
  if (criterion === undefined) {
    criterion = build();
    Object.freeze(criterion.sentence);
    Object.freeze(criterion);
    node.set(keys[last], criterion);
    root.size += 1;
  }
  return criterion;
}
