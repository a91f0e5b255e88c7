/**
 * The module's business-process activities, installed into `/local/activities/` where the bizproc
 * runtime looks first: folder and file named by the lowercased code, class `CBP<Code>`, `Type` = the
 * code. One class template and one description template for all; each kind's `run()` comes from
 * `activities/steps/`. Pure: IR in, files out (paths relative to the module folder).
 */
import type { RoutingIR } from '../../ir/types.ts';
import type { FileOutput } from '../../write/index.ts';
import type { Render } from '../handlebars.ts';
import { KINDS, SHARED_LANG, kindsOf, type ActivityKind, type Setting } from './activity-kinds.ts';
import { MESSAGES, type MessageKey } from './messages.ts';
import { moduleNames } from './names.ts';
import { phpString } from './values.ts';

export type { ActivityKind } from './activity-kinds.ts';

export interface ActivityNames {
  kind: ActivityKind;
  /** The template `Type` and `.description.php` `CLASS`: `RdnDealsSyncContactsActivity`. */
  code: string;
  /** Folder and file name: the lowercased code. */
  folder: string;
  /** `CBP` + code. */
  className: string;
  /** The keys a template may set in the activity's `Properties` (Title, the settings, the returns). */
  properties: string[];
}

/** The activities a spec gets. */
export function activityNames(ir: RoutingIR): ActivityNames[] {
  const prefix = moduleNames(ir).namespace.replace('\\', '');
  return kindsOf(ir).map((kind) => {
    const k = KINDS[kind];
    const code = `${prefix}${k.suffix}`;
    return {
      kind, code, folder: code.toLowerCase(), className: `CBP${code}`,
      properties: ['Title', ...k.settings.map((s) => s.key), ...k.outputs.map((o) => o.key)],
    };
  });
}

const STEPS: Readonly<Record<ActivityKind, string>> = {
  'pick-operator': 'pickoperator', 'check-operator': 'checkoperator', 'set-responsible': 'setresponsible',
  'add-to-dialog': 'addtodialog', 'sync-contacts': 'synccontacts',
};

const phpList = (items: readonly string[]): string => `[${items.join(', ')}]`;

export function emitActivities(ir: RoutingIR, render: Render, banner: string): FileOutput[] {
  const names = moduleNames(ir);
  const message = (k: MessageKey): string => phpString(`${names.langPrefix}${k}`);
  const firstLine = ir.companies.flatMap((c) => c.lines)[0]?.id ?? 0;
  const defaultPhp = (s: Setting): string => {
    if (s.default === null) return 'null';
    if (s.default === 'first-line') return String(firstLine);
    return 'php' in s.default ? s.default.php : `Loc::getMessage(${message(s.default.message)})`;
  };
  return activityNames(ir).flatMap((a) => {
    const kind = KINDS[a.kind];
    const dir = `install/activities/${a.folder}`;
    const lang = Object.fromEntries(Object.entries({ ...SHARED_LANG, ...kind.lang }).map(([view, k]) => [view, message(k)]));
    const routerClass = `\\${names.namespace}\\Router`;
    const typed = [...kind.settings, ...kind.outputs];
    const view = {
      banner,
      className: a.className,
      codePhp: phpString(a.code),
      moduleIdPhp: phpString(names.moduleId),
      groupPhp: phpString(names.installClass),
      modulePhp: phpString(ir.module.name),
      summary: kind.summary,
      onDeal: kind.onDeal,
      requiredModulesPhp: phpList(kind.requiredModules.map(phpString)),
      propertiesPhp: phpList([`'Title' => ''`, ...typed.map((p) => `${phpString(p.key)} => null`)]),
      typesPhp: phpList(typed.map((p) => `${phpString(p.key)} => ['Type' => ${phpString(p.type)}]`)),
      settings: kind.settings.map((s) => ({
        keyPhp: phpString(s.key),
        namePhp: message(s.name),
        fieldPhp: phpString(s.field),
        typePhp: phpString(s.type),
        requiredPhp: s.required ? 'true' : 'false',
        optionsPhp: s.options ? phpList(s.options.map((o) => `${phpString(o.value)} => Loc::getMessage(${message(o.message)})`)) : '',
        defaultPhp: defaultPhp(s),
      })),
      outputs: kind.outputs.map((o) => ({ keyPhp: phpString(o.key), namePhp: message(o.name), typePhp: phpString(o.type) })),
      categoryPhp: phpString(kind.category),
      robotCategoryPhp: phpString(kind.robotCategory),
      readsUsers: kind.settings.some((s) => s.type === 'user'),
      readsFlags: kind.settings.some((s) => s.type === 'bool'),
      lang: { ...lang, name: message(kind.name), description: message(kind.description) },
      steps: render(`module/activities/steps/${STEPS[a.kind]}.php.hbs`, { routerClass, lang }).trimEnd(),
    };
    const classKeys = [...new Set([
      ...Object.values(SHARED_LANG), ...Object.values(kind.lang), ...kind.settings.map((s) => s.name),
      ...kind.settings.flatMap((s) => (s.options ?? []).map((o) => o.message)),
      ...kind.settings.flatMap((s) => (s.default !== null && typeof s.default === 'object' && 'message' in s.default ? [s.default.message] : [])),
    ])];
    const descriptionKeys = [kind.name, kind.description, ...kind.outputs.map((o) => o.name)];
    const langFile = (language: 'ru' | 'en', keys: readonly MessageKey[]) => ({
      banner,
      messages: keys.map((k) => ({ keyPhp: message(k), textPhp: phpString(MESSAGES[k][language]) })),
    });
    return [
      { path: `${dir}/${a.folder}.php`, content: render('module/activities/activity.php.hbs', view) },
      { path: `${dir}/.description.php`, content: render('module/activities/description.php.hbs', view) },
      ...ir.languages.flatMap((language) => [
        { path: `${dir}/lang/${language}/${a.folder}.php`, content: render('module/lang/install.php.hbs', langFile(language, classKeys)) },
        { path: `${dir}/lang/${language}/.description.php`, content: render('module/lang/install.php.hbs', langFile(language, descriptionKeys)) },
      ]),
    ];
  });
}
