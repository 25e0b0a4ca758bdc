/** One result of the policy analysis: a stable code, a severity, a Dutch message, the JSON pointers it concerns and a witness or a proof. */
import type { Severity } from '../model/finding-codes';

/** The analysis codes (stable: part of the interface of the CLI, the API and the publish gate). */
export const ANALYSIS_CODES = {
  BESLISSER_ONTBREEKT: 'Een element (WAT of HOE) wordt door niemand bepaald.',
  BESLISSER_DUBBEL: 'Een HOE-element staat zowel bij de toegang als bij "in overleg".',
  BESLISSER_STRIJDIG_MET_BEKOSTIGING: 'Wie het HOE bepaalt past niet bij het toewijzingspatroon van de bekostigingsvorm.',
  VERSIE_GAT: 'Na de eerste ingangsdatum zijn er dagen zonder geldende versie.',
  VERSIE_OVERLAP: 'Twee versies zijn volgens hun eigen data tegelijk van kracht.',
  LOOPTIJD_ZONDER_VERVOLG: 'De contractlooptijd eindigt zonder dat er een versie na volgt.',
  AFWIJKING_VERTROKKEN_GEMEENTE: 'Een afwijking hoort bij een gemeente die niet (meer) in de regio zit.',
  REGEL_KAN_NIET_VUREN: 'Een regel kan voor geen enkele casus vuren.',
  REGEL_VUURT_ALTIJD: 'Een regel vuurt voor elke casus.',
  BEVINDING_DUBBEL: 'Twee regels geven dezelfde bevinding voor één casus.',
  BEVINDINGEN_TEGENSTRIJDIG: 'Twee elkaar tegensprekende bevindingen kunnen samen optreden.',
  ANALYSE_NIET_BESLIST: 'Een deel van de analyse is niet beslist: de ruimte was te groot.',
} as const;

export type AnalysisCode = keyof typeof ANALYSIS_CODES;

/**
 * Codes that refuse publishing (when the candidate brings them) and make `sturing analyse` exit 1: gaps (an element
 * nobody decides, a period no version is in force) and contradictions (two deciders, findings that contradict each
 * other). A decider against the funding form's allocation pattern (outputgericht or taakgericht funding while the
 * access team fixes volume and frequency) is a warning the publisher sees: municipalities choose it deliberately
 * (Horst aan de Maas in Noord-Limburg's youth policy, the Zuid-Limburg arrangements), so it cannot be forbidden.
 */
export const BLOCKING_CODES: readonly AnalysisCode[] = ['BESLISSER_ONTBREEKT', 'BESLISSER_DUBBEL', 'VERSIE_GAT', 'BEVINDINGEN_TEGENSTRIJDIG'];

/** A fictional case that shows a finding, verified by running the evaluator on it. */
export interface CaseWitness {
  kind: 'casus';
  case: Record<string, unknown>;
  asOf: string;
  /** The version the witness was evaluated with. */
  version: number;
  /** Codes (fout and waarschuwing) the evaluator gave, and the rules that fired. */
  observed: { findings: string[]; firedRules: string[] };
  /** True when the evaluator's outcome shows what the finding claims. */
  verified: boolean;
  /** Dutch: what the case shows. */
  toelichting: string;
}

/** A date that shows a finding (timeline). */
export interface DateWitness {
  kind: 'datum';
  datum: string;
  toelichting: string;
}

export type Witness = CaseWitness | DateWitness;

/** A condition as a person reads it, with where it reads. */
export interface ConditionRef {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  /** The value the policy gives in this context, for conditions on policy facts. */
  actual?: unknown;
  /** Pointer into the rule-set document of the policy value, where it has one. */
  pointer?: string;
  tekst: string;
}

/** Why something cannot happen: the conditions or policy values that exclude it, and how many cells were decided. */
export interface Proof {
  reden: string;
  conditions?: ConditionRef[];
  cells?: number;
}

export interface AnalysisFinding {
  code: AnalysisCode;
  severity: Severity;
  message: string;
  /** JSON pointers into the rule-set document (the editor puts a marker on each). */
  pointers: string[];
  rulesetId: string;
  version?: number;
  gemeente?: string;
  /** Every municipality the finding holds for (the same applied policy); `gemeente` is the first, whose witness is shown. */
  gemeenten?: string[];
  perceel?: string;
  element?: string;
  ruleIds?: string[];
  /** Timeline findings: the versions concerned (the one that ends, the one that follows). */
  versions?: number[];
  witness?: Witness;
  proof?: Proof;
  /** `bewezen` when every cell was decided; `niet-beslist` with the size when the space was too large. */
  status: 'bewezen' | 'niet-beslist';
  size?: number;
}

/** True when the finding refuses publishing (gap or contradiction). */
export function isBlocking(finding: Pick<AnalysisFinding, 'code'>): boolean {
  return BLOCKING_CODES.includes(finding.code);
}

/** Escapes one JSON pointer segment. */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
