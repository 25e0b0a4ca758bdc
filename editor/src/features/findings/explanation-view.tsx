/** A finding's explanation: each condition with fact, operator, expected and actual value, and whether it held. */
import type { ConditionExplanation, Explanation, GroupExplanation } from '../../../../engine/src/model';
import { findOperator } from '../../../../engine/src/rules';
import { factLabel, factPath } from './fact-label';
import { formatValue } from './format-value';

const GROUP_TITLE: Record<GroupExplanation['type'], string> = {
  all: 'Alle voorwaarden moeten gelden',
  any: 'Minstens één voorwaarde moet gelden',
  not: 'Deze voorwaarde mag niet gelden',
};

/** voldaan / niet voldaan / onbeslist, for a three-valued outcome. */
export function heldText(held: boolean | null): string {
  return held === null ? 'onbeslist (gegeven ontbreekt)' : held ? 'voldaan' : 'niet voldaan';
}

function heldClass(held: boolean | null): string {
  return held === null ? 'held held-undecided' : held ? 'held held-true' : 'held held-false';
}

function isGroup(explanation: Explanation): explanation is GroupExplanation {
  return 'conditions' in explanation;
}

function ConditionRow({ condition }: { condition: ConditionExplanation }) {
  const operator = findOperator(condition.operator)?.description ?? condition.operator;
  return (
    <li className="condition">
      <span className="condition-fact">
        <code>{factPath(condition.fact, condition.path)}</code> <span className="muted">({factLabel(condition.fact, condition.path)})</span>
      </span>{' '}
      <span className="condition-operator">{operator}</span> <span className="condition-expected">{formatValue(condition.expected)}</span>
      {condition.expectedFrom && <span className="muted"> (uit {factPath(condition.expectedFrom.fact, condition.expectedFrom.path)})</span>}
      <span className="condition-actual">; werkelijke waarde: {formatValue(condition.actual)}</span>
      <span className={heldClass(condition.held)}> — {heldText(condition.held)}</span>
    </li>
  );
}

/** Renders an explanation tree as nested lists; a group states how its conditions combine and its own outcome. */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  if (!isGroup(explanation)) {
    return (
      <ul className="explanation">
        <ConditionRow condition={explanation} />
      </ul>
    );
  }
  return (
    <div className="explanation-group">
      <p>
        {GROUP_TITLE[explanation.type]}: <span className={heldClass(explanation.held)}>{heldText(explanation.held)}</span>
      </p>
      <ul className="explanation">
        {explanation.conditions.map((child, i) =>
          isGroup(child) ? (
            <li key={i}>
              <ExplanationView explanation={child} />
            </li>
          ) : (
            <ConditionRow key={i} condition={child} />
          ),
        )}
      </ul>
    </div>
  );
}
