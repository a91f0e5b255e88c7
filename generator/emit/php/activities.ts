/**
 * The module's business-process activities, installed into `/local/activities/` where the bizproc
 * runtime looks first: folder and file named by the lowercased code, class `CBP<Code>`, `Type` = the
 * code. Every spec gets "pick the line's operator" and "check an employee's availability"; a spec with
 * `responsibleSync` also gets "contacts follow the deal responsible". Pure: IR in, files out (paths relative to the module folder).
 */
import type { RoutingIR } from '../../ir/types.ts';
import type { FileOutput } from '../../write/index.ts';
import type { Render } from '../handlebars.ts';
import { MESSAGES, type MessageKey } from './messages.ts';
import { moduleNames } from './names.ts';
import { phpString } from './values.ts';

export type ActivityKind = 'pick-operator' | 'check-operator' | 'sync-contacts';

export interface ActivityNames {
  kind: ActivityKind;
  /** The template `Type` and `.description.php` `CLASS`: `RdnDealsSyncContactsActivity`. */
  code: string;
  /** Folder and file name: the lowercased code. */
  folder: string;
  /** `CBP` + code. */
  className: string;
}

interface Kind {
  suffix: string;
  template: string;
  description: string;
  /** View key → message. */
  lang: Readonly<Record<string, MessageKey>>;
  /** Messages of `.description.php`. */
  descriptionKeys: readonly MessageKey[];
}

const KINDS: Readonly<Record<ActivityKind, Kind>> = {
  'pick-operator': {
    suffix: 'PickOperatorActivity',
    template: 'module/activities/pickoperator.php.hbs',
    description: 'module/activities/pickdescription.php.hbs',
    lang: {
      name: 'ACT_PICK_NAME', description: 'ACT_PICK_DESCRIPTION', line: 'ACT_PICK_LINE', operator: 'ACT_PICK_OPERATOR',
      operatorId: 'ACT_PICK_OPERATOR_ID', reason: 'ACT_PICK_REASON', done: 'ACT_PICK_DONE', notManaged: 'ACT_PICK_NOT_MANAGED',
      noModule: 'ACT_NO_MODULE', failed: 'ACT_FAILED',
    },
    descriptionKeys: ['ACT_PICK_NAME', 'ACT_PICK_DESCRIPTION', 'ACT_PICK_OPERATOR', 'ACT_PICK_OPERATOR_ID', 'ACT_PICK_REASON'],
  },
  'check-operator': {
    suffix: 'CheckOperatorActivity',
    template: 'module/activities/checkoperator.php.hbs',
    description: 'module/activities/checkdescription.php.hbs',
    lang: {
      name: 'ACT_CHECK_NAME', description: 'ACT_CHECK_DESCRIPTION', user: 'ACT_CHECK_USER', available: 'ACT_CHECK_AVAILABLE',
      reason: 'ACT_CHECK_REASON', supervisor: 'ACT_CHECK_SUPERVISOR', supervisorId: 'ACT_CHECK_SUPERVISOR_ID', done: 'ACT_CHECK_DONE',
      noModule: 'ACT_NO_MODULE', failed: 'ACT_FAILED',
    },
    descriptionKeys: ['ACT_CHECK_NAME', 'ACT_CHECK_DESCRIPTION', 'ACT_CHECK_AVAILABLE', 'ACT_CHECK_REASON', 'ACT_CHECK_SUPERVISOR', 'ACT_CHECK_SUPERVISOR_ID'],
  },
  'sync-contacts': {
    suffix: 'SyncContactsActivity',
    template: 'module/activities/synccontacts.php.hbs',
    description: 'module/activities/description.php.hbs',
    lang: {
      name: 'ACT_SYNC_NAME', description: 'ACT_SYNC_DESCRIPTION', changed: 'ACT_SYNC_CHANGED', done: 'ACT_SYNC_DONE',
      notADeal: 'ACT_SYNC_NOT_A_DEAL', noModule: 'ACT_NO_MODULE', failed: 'ACT_FAILED',
    },
    descriptionKeys: ['ACT_SYNC_NAME', 'ACT_SYNC_DESCRIPTION', 'ACT_SYNC_CHANGED'],
  },
};

/** The activities a spec gets. */
export function activityNames(ir: RoutingIR): ActivityNames[] {
  const kinds: ActivityKind[] = ['pick-operator', 'check-operator', ...(ir.responsibleSync !== null ? ['sync-contacts' as const] : [])];
  const prefix = moduleNames(ir).namespace.replace('\\', '');
  return kinds.map((kind) => {
    const code = `${prefix}${KINDS[kind].suffix}`;
    return { kind, code, folder: code.toLowerCase(), className: `CBP${code}` };
  });
}

export function emitActivities(ir: RoutingIR, render: Render, banner: string): FileOutput[] {
  const names = moduleNames(ir);
  const message = (k: MessageKey): string => phpString(`${names.langPrefix}${k}`);
  const firstLine = ir.companies.flatMap((c) => c.lines)[0]?.id ?? 0;
  return activityNames(ir).flatMap((a) => {
    const kind = KINDS[a.kind];
    const dir = `install/activities/${a.folder}`;
    const view = {
      banner,
      className: a.className,
      codePhp: phpString(a.code),
      moduleIdPhp: phpString(names.moduleId),
      routerClass: `\\${names.namespace}\\Router`,
      groupPhp: phpString(names.installClass),
      modulePhp: phpString(ir.module.name),
      defaultLinePhp: String(firstLine),
      lang: Object.fromEntries(Object.entries(kind.lang).map(([view, k]) => [view, message(k)])),
    };
    const langFile = (lang: 'ru' | 'en', keys: readonly MessageKey[]) => ({
      banner,
      messages: keys.map((k) => ({ keyPhp: message(k), textPhp: phpString(MESSAGES[k][lang]) })),
    });
    const all = [...new Set(Object.values(kind.lang))];
    return [
      { path: `${dir}/${a.folder}.php`, content: render(kind.template, view) },
      { path: `${dir}/.description.php`, content: render(kind.description, view) },
      ...ir.languages.flatMap((lang) => [
        { path: `${dir}/lang/${lang}/${a.folder}.php`, content: render('module/lang/install.php.hbs', langFile(lang, all)) },
        { path: `${dir}/lang/${lang}/.description.php`, content: render('module/lang/install.php.hbs', langFile(lang, kind.descriptionKeys)) },
      ]),
    ];
  });
}
