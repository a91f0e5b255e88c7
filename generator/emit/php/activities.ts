/**
 * The module's business-process activities, installed into `/local/activities/` where the bizproc
 * runtime looks first: folder and file named by the lowercased code, class `CBP<Code>`, `Type` = the
 * code. For now one activity: the deal's contacts follow its responsible (spec: responsibleSync).
 * Pure: IR in, files out (paths relative to the module folder).
 */
import type { RoutingIR } from '../../ir/types.ts';
import type { FileOutput } from '../../write/index.ts';
import type { Render } from '../handlebars.ts';
import { MESSAGES, type MessageKey } from './messages.ts';
import { moduleNames } from './names.ts';
import { phpString } from './values.ts';

export interface ActivityNames {
  /** The template `Type` and `.description.php` `CLASS`: `RdnDealsSyncContactsActivity`. */
  code: string;
  /** Folder and file name: the lowercased code. */
  folder: string;
  /** `CBP` + code. */
  className: string;
}

/** The activities a spec gets (none without `responsibleSync`). */
export function activityNames(ir: RoutingIR): ActivityNames[] {
  if (ir.responsibleSync === null) return [];
  const code = `${moduleNames(ir).namespace.replace('\\', '')}SyncContactsActivity`;
  return [{ code, folder: code.toLowerCase(), className: `CBP${code}` }];
}

const KEYS: readonly MessageKey[] = [
  'ACT_SYNC_NAME', 'ACT_SYNC_DESCRIPTION', 'ACT_SYNC_CHANGED', 'ACT_SYNC_DONE', 'ACT_SYNC_NOT_A_DEAL', 'ACT_SYNC_NO_MODULE', 'ACT_SYNC_FAILED',
];

export function emitActivities(ir: RoutingIR, render: Render, banner: string): FileOutput[] {
  const names = moduleNames(ir);
  const key = (k: MessageKey): string => phpString(`${names.langPrefix}${k}`);
  return activityNames(ir).flatMap((a) => {
    const dir = `install/activities/${a.folder}`;
    const view = {
      banner,
      className: a.className,
      code: a.code,
      codePhp: phpString(a.code),
      moduleIdPhp: phpString(names.moduleId),
      routerClass: `\\${names.namespace}\\Router`,
      groupPhp: phpString(names.installClass),
      modulePhp: phpString(ir.module.name),
      lang: {
        name: key('ACT_SYNC_NAME'), description: key('ACT_SYNC_DESCRIPTION'), changed: key('ACT_SYNC_CHANGED'), done: key('ACT_SYNC_DONE'),
        notADeal: key('ACT_SYNC_NOT_A_DEAL'), noModule: key('ACT_SYNC_NO_MODULE'), failed: key('ACT_SYNC_FAILED'),
      },
    };
    const langFile = (lang: 'ru' | 'en', keys: readonly MessageKey[]) => ({
      banner,
      messages: keys.map((k) => ({ keyPhp: phpString(`${names.langPrefix}${k}`), textPhp: phpString(MESSAGES[k][lang]) })),
    });
    return [
      { path: `${dir}/${a.folder}.php`, content: render('module/activities/synccontacts.php.hbs', view) },
      { path: `${dir}/.description.php`, content: render('module/activities/description.php.hbs', view) },
      ...ir.languages.flatMap((lang) => [
        { path: `${dir}/lang/${lang}/${a.folder}.php`, content: render('module/lang/install.php.hbs', langFile(lang, KEYS)) },
        { path: `${dir}/lang/${lang}/.description.php`, content: render('module/lang/install.php.hbs', langFile(lang, ['ACT_SYNC_NAME', 'ACT_SYNC_DESCRIPTION', 'ACT_SYNC_CHANGED'])) },
      ]),
    ];
  });
}
