/**
 * The Bitrix24 test double (test/php/double/) from TypeScript: `runStory` runs a story — a list of
 * steps — in one PHP process against the double's portal store, with a module's files placed under
 * /local/modules/<id>/, and returns the parsed transcript.
 *
 * Step kinds (`do`), each may carry a `label`:
 * - `seed` {store}: merges a partial store (lists replace lists; `settings` and `tables` merge by key).
 * - `installModule` / `uninstallModule` {module}: CModule::CreateModuleObject(id)->DoInstall() / DoUninstall().
 * - `fireEvent` {module, event, params}: a D7 event; params may hold markers {"$session": id},
 *   {"$chat": id}, {"$datetime": ts}, {"$sessionRow": id}, {"$config": id} that become the portal's objects.
 * - `startSession` {lineId, chatId?, clientId?, crm?: {CONTACT, DEAL, LEAD, COMPANY}, text?, mode?,
 *   deferredJoin? = true}: imopenlines opens a session (queue choice, CRM fields, OnSessionStart, join).
 * - `answer` {sessionId, userId}, `finishSession` {sessionId}, `queueTick` (the 60-s imopenlines queue
 *   agent: sessions whose DATE_QUEUE came go through OnBeforeSessionTransfer), `transfer` {chatId, params}
 *   (a transfer made by the portal or an operator, not counted as a module call).
 * - `setClock` {at: unix seconds | 'YYYY-MM-DD HH:MM:SS' in the store's zone} or {advance: seconds}.
 * - `runAgents` {passes? = 1, advanceBetween?: seconds, newProcess?: boolean}: CAgent::ExecuteAgents.
 * - `newProcess`: a new PHP hit (process-static caches of the portal start empty).
 * - `mutate` {ops: [{table, id, key?, set}, {table, insert}, {table, delete, key?}, {setting, value}, {store, value}]}.
 * - `injectFault` {symbol, mode: 'exception'|'error'|'false'|'null'|'return'|'resultError', class?,
 *   message?, value?, times?, skip?} or {module, mode: 'absent'|'present'}; `clearFaults` {symbol?}.
 * - `call` {php}: PHP code run in the process (`return …;` gives the step result).
 * - `showOptions` {module, post?, method?}: includes the module's options.php as settings.php does.
 * - `dump` {only?: store keys}.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PhpFile, type PhpVersion, runPhp } from './php.ts';

export const DOUBLE_DIR = fileURLToPath(new URL('../php/double/', import.meta.url));

export interface ModuleFile {
  /** Path below /local/modules/, starting with the module id: `rdn.router/lib/router.php`. */
  path: string;
  content: string;
}

export type Step = { do: string; label?: string } & Record<string, unknown>;

export interface StepRecord {
  index: number;
  do: string;
  label?: string;
  ok: boolean;
  result?: unknown;
  error?: { class: string; message: string; at: string };
  output?: string;
  /** Bitrix symbol → calls made during the step. */
  calls: Record<string, number>;
  events: { module: string; type: string; handlers: { handler: string; version: number; called: boolean; skipped?: string; threw?: string }[]; results?: { type: number; parameters: unknown; moduleId: string | null }[] }[];
  notes: string[];
  warnings: string[];
}

export interface Transcript {
  php: string;
  steps: StepRecord[];
  calls: Record<string, number>;
  final: Record<string, any>;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/** The double's own PHP files (not the fixtures), as they sit in the PHP file system. */
export function doubleFiles(): PhpFile[] {
  return readdirSync(DOUBLE_DIR)
    .filter((name) => name.endsWith('.php'))
    .map((name) => ({ path: `/double/${name}`, content: readFileSync(path.join(DOUBLE_DIR, name), 'utf8') }));
}

/** Every file of a module folder on disk (its name is the module id), for `runStory`. */
export function moduleFilesFrom(dir: string): ModuleFile[] {
  const id = path.basename(dir);
  return walk(dir).map((rel) => ({ path: `${id}/${rel.split(path.sep).join('/')}`, content: readFileSync(path.join(dir, rel), 'utf8') }));
}

/** The hand-written demo module of the double's tests. */
export function fixtureModule(id = 'acme.demo'): ModuleFile[] {
  return moduleFilesFrom(path.join(DOUBLE_DIR, 'fixtures', id));
}

export async function runStory(moduleFiles: readonly ModuleFile[], steps: readonly Step[], options: { php?: PhpVersion; lang?: string } = {}): Promise<Transcript> {
  const files: PhpFile[] = [
    ...doubleFiles(),
    ...moduleFiles.map((f) => ({ path: `/local/modules/${f.path}`, content: f.content })),
    { path: '/story.json', content: JSON.stringify({ lang: options.lang ?? 'en', steps }) },
  ];
  const run = await runPhp(options.php ?? '8.4', files, '/double/run.php', ['/story.json', '/transcript.json']);
  let text: string;
  try {
    text = run.read('/transcript.json');
  } catch {
    throw new Error(`the story did not finish (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  }
  return JSON.parse(text) as Transcript;
}

/** The steps with a label, by label (handy in assertions). */
export function byLabel(t: Transcript): Record<string, StepRecord> {
  return Object.fromEntries(t.steps.filter((s) => s.label !== undefined).map((s) => [s.label!, s]));
}
