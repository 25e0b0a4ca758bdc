/** The case a user is trying, per rule set, kept for the browser session so switching tabs (e.g. to edit the rules) keeps it. */

export interface TriedCase {
  exampleKey: string;
  caseText: string;
  asOf: string;
}

const tried = new Map<string, TriedCase>();

export function rememberedCase(rulesetId: string): TriedCase | undefined {
  return tried.get(rulesetId);
}

export function rememberCase(rulesetId: string, value: TriedCase): void {
  tried.set(rulesetId, value);
}
