export { normalize, DEFAULTS, parseClock, normalizeDays, normalizeCondition, normalizeAction } from './normalize.ts';
export { canonicalJson, contentHash, serializeIr, parseIr } from './canonical.ts';
export * from './types.ts';
