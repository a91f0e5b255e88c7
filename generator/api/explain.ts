/**
 * explain: check the spec, read the world and the event, decide with the reference model, and put
 * the decision and its trace into plain language.
 */
import type { Diagnostic } from '../diagnostics/types.ts';
import { decide } from '../model/decide.ts';
import { explainLines } from '../model/explain.ts';
import type { DecideResult, RoutingEvent, World } from '../model/types.ts';
import { check, type CheckResult } from './check.ts';
import { parseEvent, parseInstant, parseWorld } from './world.ts';

export interface ExplainInput {
  spec: string;
  /** The world snapshot as JSON text. */
  worldText: string;
  /** Where the world came from, for messages. */
  worldSource?: string;
  /** The event, in the command-line form or as JSON. */
  event: string;
  /** Overrides `world.now`. */
  at?: string;
  skipTypeCheck?: boolean;
}

export interface ExplainResult {
  ok: boolean;
  check: CheckResult;
  /** Problems with the world, the event or the instant. */
  inputDiagnostics: Diagnostic[];
  event?: RoutingEvent;
  world?: World;
  result?: DecideResult;
  lines: string[];
}

export function explain(input: ExplainInput): ExplainResult {
  const checked = check(input.spec, { skipTypeCheck: input.skipTypeCheck === true });
  const base: ExplainResult = { ok: false, check: checked, inputDiagnostics: [], lines: [] };
  if (!checked.ok || !checked.ir) return base;
  const ir = checked.ir;
  const world = parseWorld(input.worldText, input.worldSource);
  if (!world.ok) return { ...base, inputDiagnostics: [world.diagnostic] };
  let now = world.value.now;
  if (input.at !== undefined) {
    const at = parseInstant(input.at, ir.timeZone);
    if (!at.ok) return { ...base, inputDiagnostics: [at.diagnostic] };
    now = at.value;
  } else {
    const at = parseInstant(now, ir.timeZone);
    if (!at.ok) return { ...base, inputDiagnostics: [{ ...at.diagnostic, message: `The world's "now": ${at.diagnostic.message}` }] };
    now = at.value;
  }
  const worldAt: World = { ...world.value, now };
  const event = parseEvent(input.event, worldAt);
  if (!event.ok) return { ...base, inputDiagnostics: [event.diagnostic] };
  const result = decide(ir, worldAt, event.value);
  return { ok: true, check: checked, inputDiagnostics: [], event: event.value, world: worldAt, result, lines: explainLines(ir, worldAt, event.value, result) };
}
