/**
 * Partial evaluation of a rule condition for one policy context: leaves
 * that read only facts fixed by the context (policy, segment, HOE
 * responsibility, municipality) are decided once, and the Kleene groups
 * around them simplified. What remains reads the case.
 */
import { compileDecision, isFactRef, type ConditionJson, type Facts, type FactLookup } from './compile-rules';

/** A condition after folding: a decided constant, or what is left to evaluate per case. */
export type FoldedCondition =
  | { kind: 'constant'; value: boolean }
  | { kind: 'group'; type: 'all' | 'any'; children: FoldedCondition[] }
  | { kind: 'not'; child: FoldedCondition }
  | { kind: 'leaf'; condition: ConditionJson };

const TRUE: FoldedCondition = { kind: 'constant', value: true };
const FALSE: FoldedCondition = { kind: 'constant', value: false };

function isConstantFact(constants: Facts, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(constants, name);
}

/** Decides a leaf on the constant facts when it reads nothing else; undefined when it must wait for the case. */
function foldLeaf(condition: ConditionJson, constants: Facts, lookup: FactLookup): boolean | undefined {
  if (!isConstantFact(constants, condition.fact ?? '')) return undefined;
  if (isFactRef(condition.value) && !isConstantFact(constants, condition.value.fact)) return undefined;
  try {
    const outcome = compileDecision(condition, lookup)(constants);
    // Null (an absent user-supplied value) is not folded: the per-case path must report what is missing.
    return outcome === null ? undefined : outcome;
  } catch {
    return undefined; // let the per-case path raise it exactly where the reference would
  }
}

/**
 * Folds a condition tree over the facts that are constant in a context.
 * Sound for the outcome only (all with a false child is false, any with a
 * true child is true, whatever the rest); missing facts of undecided rules
 * are collected on the unfolded tree.
 */
export function foldCondition(condition: ConditionJson, constants: Facts, lookup: FactLookup): FoldedCondition {
  if (condition.all || condition.any) {
    const type = condition.all ? 'all' : 'any';
    const decisive = type === 'any'; // the value that decides the group on its own
    const children: FoldedCondition[] = [];
    for (const child of condition.all ?? condition.any ?? []) {
      const folded = foldCondition(child, constants, lookup);
      if (folded.kind === 'constant') {
        if (folded.value === decisive) return folded;
        continue; // the neutral value drops out
      }
      children.push(folded);
    }
    if (children.length === 0) return decisive ? FALSE : TRUE;
    return children.length === 1 ? children[0] : { kind: 'group', type, children };
  }
  if (condition.not) {
    const child = foldCondition(condition.not, constants, lookup);
    return child.kind === 'constant' ? (child.value ? FALSE : TRUE) : { kind: 'not', child };
  }
  const value = foldLeaf(condition, constants, lookup);
  return value === undefined ? { kind: 'leaf', condition } : value ? TRUE : FALSE;
}
