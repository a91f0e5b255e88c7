/**
 * ts-morph, loaded with `require`: it is CommonJS, and loading it through the ESM loader first scans its
 * bundled compiler for named exports, which costs a noticeable part of `check`'s start-up.
 */
import { createRequire } from 'node:module';

type TsMorph = typeof import('ts-morph');

let loaded: TsMorph | undefined;

export function tsMorph(): TsMorph {
  loaded ??= createRequire(import.meta.url)('ts-morph') as TsMorph;
  return loaded;
}
