/**
 * Small helpers shared by the checks: building diagnostics (severity always from `CODES`) and reading
 * a spec value that may not match its type (the loader may hand over a spec that failed type-checking).
 */
import { CODES, type DiagnosticCode } from '../diagnostics/codes.ts';
import type { Diagnostic, PathSegment } from '../diagnostics/types.ts';

export type Path = readonly PathSegment[];

/** A diagnostic whose severity is the one `CODES` gives its code. */
export function diag(code: DiagnosticCode, path: Path, message: string, fix: string): Diagnostic {
  return { code, severity: CODES[code].severity, message, fix, path: [...path] };
}

/** Where the checks put what they find. */
export type Sink = (d: Diagnostic) => void;

/** A plain object as a record, or undefined for anything else (arrays, null, primitives). */
export function rec(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** An array (holes read as `undefined`), or an empty one for anything else. */
export function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? Array.from(v as readonly unknown[]) : [];
}

/** The entries of an array that are plain objects, with their indices. */
export function records(v: unknown): { item: Record<string, unknown>; index: number }[] {
  const out: { item: Record<string, unknown>; index: number }[] = [];
  list(v).forEach((x, index) => {
    const item = rec(x);
    if (item) out.push({ item, index });
  });
  return out;
}

/** A portal id: a positive safe integer. */
export function isPortalId(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
}

/** A spec id: lowercase latin letters, digits and dashes, starting and ending with a letter or digit. */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
export function isSlug(v: unknown): v is string {
  return typeof v === 'string' && SLUG.test(v);
}

/** A value as it would be written in the spec, for messages: strings quoted, the rest as JSON. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
  try {
    const text = JSON.stringify(v);
    if (text === undefined) return String(v);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(v);
  }
}

/** "rule 3 "On vacation"" style labels for messages. */
export function label(kind: string, index: number, name: unknown): string {
  return typeof name === 'string' && name.trim() !== '' ? `${kind} ${index + 1} "${name}"` : `${kind} ${index + 1}`;
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * `<what> "x"<context> is not <expected>.`, or `<what> is missing; it must be <expected>.` when there is no value.
 * @example notA('The partner URL', 'ftp://x', 'an http(s) URL') // 'The partner URL "ftp://x" is not an http(s) URL.'
 */
export function notA(what: string, v: unknown, expected: string, context = ''): string {
  return v === undefined
    ? `${what}${context} is missing; it must be ${expected}.`
    : `${what} ${show(v)}${context} is not ${expected}.`;
}
