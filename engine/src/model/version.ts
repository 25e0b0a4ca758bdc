/** The engine's version, recorded in every decision so a receipt can be reproduced. Kept equal to package.json by a test. */
export const ENGINE_VERSION = '0.1.0';
