/**
 * Business-process templates (`.bpt`): PHP values, `serialize`, the package format, checks and dump.
 */
export { PhpArray, PhpFloat, phpEquals, normalizeKey, type PhpKey, type PhpValue } from './php-value.ts';
export { serialize, unserialize, phpFloatText, SerializeError } from './serialize.ts';
export { toJson, fromJson, JsonShapeError, type Json } from './json.ts';
export { packBpt, unpackBpt, BptError, OBJECT_MARK, type Unpacked } from './pack.ts';
export { checkBpt, type BptCheckOptions } from './check.ts';
export { dumpBpt } from './dump.ts';
