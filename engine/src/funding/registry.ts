/** The registry of funding models (bekostiging), in the order of docs/domain.md §7. */
import { boeggolfModel } from './boeggolf';
import { budgetafspraakModel } from './budgetafspraak';
import { budgetplafondModel } from './budgetplafond';
import { extraCapaciteitModel } from './extra-capaciteit';
import { fteEffectModel } from './fte-effect';
import type { FundingModel, JsonSchema } from './funding-model';
import { ingroeimodelModel } from './ingroeimodel';
import { kostenPerClientModel } from './kosten-per-client';
import { lumpsumPlafondModel } from './lumpsum-plafond';
import { lumpsumVaststellingModel } from './lumpsum-vaststelling';
import { plekkenModel } from './plekken';
import { populatieModel } from './populatie';
import { pxqModel } from './pxq';
import { sharedSavingsModel } from './shared-savings';
import { trajectJaargrensModel } from './traject-jaargrens';
import { verdeelsleutelModel } from './verdeelsleutel';

/** Every funding model, each with its id, Dutch one-line description, input schema and calculation. */
export const FUNDING_MODELS: readonly FundingModel[] = [
  pxqModel,
  trajectJaargrensModel,
  plekkenModel,
  budgetafspraakModel,
  budgetplafondModel,
  populatieModel,
  lumpsumVaststellingModel,
  lumpsumPlafondModel,
  sharedSavingsModel,
  verdeelsleutelModel,
  extraCapaciteitModel,
  boeggolfModel,
  ingroeimodelModel,
  fteEffectModel,
  kostenPerClientModel,
];

const BY_ID = new Map(FUNDING_MODELS.map((m) => [m.id, m]));

/** The model with this id, or undefined. */
export function findFundingModel(id: string): FundingModel | undefined {
  return BY_ID.get(id);
}

/** The models for `sturing calc --list` and the editor: id and Dutch one-line description. */
export function listFundingModels(): { id: string; beschrijving: string }[] {
  return FUNDING_MODELS.map(({ id, beschrijving }) => ({ id, beschrijving }));
}

/** The input schemas by file name (engine/schemas/funding/<model>.schema.json), for the editor. */
export const FUNDING_SCHEMAS: Readonly<Record<string, JsonSchema>> = Object.fromEntries(FUNDING_MODELS.map((m) => [`${m.id}.schema.json`, m.schema]));
