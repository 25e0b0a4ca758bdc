/** The Dutch name of a funding model for the model picker: its schema title, capitalised, with a few names spelled out. */
import { FUNDING_SCHEMAS } from '../../../../engine/src/funding';

const SPELLED_OUT: Record<string, string> = {
  pxq: 'Prijs × hoeveelheid (p×q) — tarief × aantal',
  'shared-savings': 'Gedeelde besparing (shared savings)',
  'fte-effect': 'Fte-effect van het onderzoek bij de aanbieder',
};

export function modelName(model: string): string {
  if (SPELLED_OUT[model]) return SPELLED_OUT[model];
  const title = FUNDING_SCHEMAS[`${model}.schema.json`]?.title;
  if (typeof title !== 'string' || title === '') return model;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
