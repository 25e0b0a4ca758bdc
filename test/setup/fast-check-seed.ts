// Property tests run with a fixed seed, so a run can be repeated exactly; fast-check prints the seed (and the shrunk
// counterexample's path) in every failure. Another seed: FC_SEED=123 npx vitest run …
import fc from 'fast-check';

export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20261201);
fc.configureGlobal({ seed: PROPERTY_SEED });
