/**
 * Business-process templates compiled from the spec, as `.bpt` files for the admin to import
 * (Business processes of deals → Import). Standard activities plus the module's own. Pure.
 */
import { PhpArray, packBpt, type PhpValue } from '../bpt/index.ts';
import type { RoutingIR } from '../ir/types.ts';
import type { FileOutput } from '../write/index.ts';
import { activityNames } from './php/activities.ts';

const TITLES = {
  ru: { template: 'Контакты — за ответственным сделки', check: 'Ответственный изменился?', changed: 'Изменился', other: 'Иначе', follow: 'Контакты — за ответственным' },
  en: { template: 'Contacts follow the deal responsible', check: 'Did the responsible change?', changed: 'Changed', other: 'Otherwise', follow: 'Contacts follow' },
} as const;

const node = (type: string, name: string, props: Record<string, PhpValue>, children?: PhpValue[]): PhpArray =>
  PhpArray.of({ Type: type, Name: name, Properties: PhpArray.of(props), ...(children ? { Children: PhpArray.list(children) } : {}) });

/** The package of "contact responsible follows deal": on a deal edit that changed the responsible, the module's activity runs. */
export function contactFollowsDeal(ir: RoutingIR): PhpArray | null {
  const activity = activityNames(ir).find((a) => a.kind === 'sync-contacts');
  if (!activity) return null;
  // titles in Russian when the module speaks it (the portal's designer shows them as written)
  const t = TITLES[ir.languages.includes('ru') ? 'ru' : 'en'];
  return PhpArray.of({
    VERSION: 2,
    TEMPLATE: PhpArray.list([
      node('SequentialWorkflowActivity', 'Template', { Title: t.template, Permission: PhpArray.list([]) }, [
        node('IfElseActivity', 'A1_responsible', { Title: t.check }, [
          node('IfElseBranchActivity', 'A2_changed', {
            Title: t.changed,
            fieldcondition: PhpArray.list([PhpArray.list(['ASSIGNED_BY_ID', 'modified', '', 0])]),
          }, [node(activity.code, 'A3_follow', { Title: t.follow })]),
          node('IfElseBranchActivity', 'A4_other', { Title: t.other }, []),
        ]),
      ]),
    ]),
    PARAMETERS: PhpArray.list([]),
    VARIABLES: PhpArray.list([]),
    CONSTANTS: PhpArray.list([]),
    DOCUMENT_FIELDS: PhpArray.list([]),
  });
}

export function emitTemplates(ir: RoutingIR): FileOutput[] {
  const pkg = contactFollowsDeal(ir);
  return pkg === null ? [] : [{ path: 'install/bizproc/contact-follows-deal.bpt', content: packBpt(pkg) }];
}
