/**
 * Business-process templates compiled from the spec, as `.bpt` files for the admin to import
 * (CRM → Deals → Business processes → Import). Standard activities plus the module's own; titles in
 * the spec's first language. Pure.
 */
import { PhpArray, packBpt, type PhpValue } from '../bpt/index.ts';
import type { CompanyIR, RoutingIR } from '../ir/types.ts';
import type { FileOutput } from '../write/index.ts';
import { activityNames, type ActivityKind } from './php/activities.ts';

const TITLES = {
  ru: {
    follow: 'Контакты — за ответственным сделки', check: 'Ответственный изменился?', changed: 'Изменился', other: 'Иначе',
    followStep: 'Контакты — за ответственным',
    first: 'Первое обращение', pick: 'Выбрать оператора линии', assign: 'Назначить ответственным', wait: 'Подождать',
    available: 'Доступен ли ответственный', store: 'Запомнить ответ', branch: 'Ответственный на месте?', away: 'Нет, есть руководитель',
    escalate: 'Передать руководителю', atWork: 'Да', availableVar: 'Ответственный доступен', supervisorVar: 'Руководитель',
    escalated: 'Сделка #{deal} передана вам: {previous} недоступен.',
  },
  en: {
    follow: 'Contacts follow the deal responsible', check: 'Did the responsible change?', changed: 'Changed', other: 'Otherwise',
    followStep: 'Contacts follow',
    first: 'First contact', pick: 'Pick the line’s operator', assign: 'Make responsible', wait: 'Wait',
    available: 'Is the responsible available', store: 'Keep the answer', branch: 'Is the responsible at work?', away: 'No, and there is a supervisor',
    escalate: 'Give to the supervisor', atWork: 'Yes', availableVar: 'Responsible available', supervisorVar: 'Supervisor',
    escalated: 'Deal #{deal} is yours now: {previous} is away.',
  },
} as const;

const node = (type: string, name: string, props: Record<string, PhpValue>, children?: PhpValue[]): PhpArray =>
  PhpArray.of({ Type: type, Name: name, Properties: PhpArray.of(props), ...(children ? { Children: PhpArray.list(children) } : {}) });

const empty = (): PhpArray => PhpArray.list([]);

const pkg = (title: string, children: PhpValue[], variables: PhpArray = empty()): PhpArray => PhpArray.of({
  VERSION: 2,
  TEMPLATE: PhpArray.list([node('SequentialWorkflowActivity', 'Template', { Title: title, Permission: empty() }, children)]),
  PARAMETERS: empty(),
  VARIABLES: variables,
  CONSTANTS: empty(),
  DOCUMENT_FIELDS: empty(),
});

function codeOf(ir: RoutingIR, kind: ActivityKind): string | null {
  return activityNames(ir).find((a) => a.kind === kind)?.code ?? null;
}

/** The package of "contact responsible follows deal": on a deal edit that changed the responsible, the module's activity runs. */
export function contactFollowsDeal(ir: RoutingIR): PhpArray | null {
  const activity = codeOf(ir, 'sync-contacts');
  if (activity === null) return null;
  const t = TITLES[ir.language];
  return pkg(t.follow, [
    node('IfElseActivity', 'A1_responsible', { Title: t.check }, [
      node('IfElseBranchActivity', 'A2_changed', {
        Title: t.changed,
        fieldcondition: PhpArray.list([PhpArray.list(['ASSIGNED_BY_ID', 'modified', '', 0])]),
      }, [node(activity, 'A3_follow', { Title: t.followStep })]),
      node('IfElseBranchActivity', 'A4_other', { Title: t.other }, []),
    ]),
  ]);
}

const variable = (name: string, type: string, value: string): PhpArray =>
  PhpArray.of({ Name: name, Description: '', Type: type, Required: 0, Multiple: 0, Options: '', Default: value });

/**
 * "First contact" of a company, the business-process alternative to the module's handlers, started on
 * a new deal: the company's first line picks the operator, who becomes responsible for the deal and
 * its contacts; with an availability check in the spec, after its delay the responsible is checked and,
 * when away, the deal goes to their supervisor, who is told.
 */
export function firstContact(ir: RoutingIR, company: CompanyIR): PhpArray | null {
  const [pick, check, set] = [codeOf(ir, 'pick-operator'), codeOf(ir, 'check-operator'), codeOf(ir, 'set-responsible')];
  const line = company.lines[0];
  if (pick === null || check === null || set === null || line === undefined) return null;
  const t = TITLES[ir.language];
  const steps: PhpValue[] = [
    node(pick, 'A1_pick', { Title: t.pick, LineId: line.id }),
    node(set, 'A2_assign', { Title: t.assign, UserId: '{=A1_pick:Operator}', Contacts: 'Y', WhenAway: 'skip', Notify: 'N', Text: '' }),
  ];
  const delay = ir.availabilityCheck?.delayMinutes;
  if (delay === undefined) return pkg(`${t.first}: ${company.name}`, steps);
  steps.push(
    node('DelayActivity', 'A3_wait', { Title: t.wait, TimeoutDuration: delay, TimeoutDurationType: 'm' }),
    node(check, 'A4_check', { Title: t.available, UserId: '{=Document:ASSIGNED_BY_ID}' }),
    node('SetVariableActivity', 'A5_store', {
      Title: t.store, VariableValue: PhpArray.of({ Available: '{=A4_check:Available}', Supervisor: '{=A4_check:Supervisor}' }),
    }),
    node('IfElseActivity', 'A6_branch', { Title: t.branch }, [
      node('IfElseBranchActivity', 'A7_away', {
        Title: t.away,
        propertyvariablecondition: PhpArray.list([PhpArray.list(['Available', '=', 'N', 0]), PhpArray.list(['Supervisor', '!empty', '', 0])]),
      }, [
        node(set, 'A8_escalate', { Title: t.escalate, UserId: '{=Variable:Supervisor}', Contacts: 'Y', WhenAway: 'assign', Notify: 'Y', Text: t.escalated }),
      ]),
      node('IfElseBranchActivity', 'A9_at_work', { Title: t.atWork }, []),
    ]),
  );
  return pkg(`${t.first}: ${company.name}`, steps, PhpArray.of({
    Available: variable(t.availableVar, 'bool', 'Y'),
    Supervisor: variable(t.supervisorVar, 'user', ''),
  }));
}

export function emitTemplates(ir: RoutingIR): FileOutput[] {
  const out: FileOutput[] = [];
  for (const company of ir.companies) {
    const first = firstContact(ir, company);
    if (first !== null) out.push({ path: `install/bizproc/first-contact-${company.id}.bpt`, content: packBpt(first) });
  }
  const follow = contactFollowsDeal(ir);
  if (follow !== null) out.push({ path: 'install/bizproc/contact-follows-deal.bpt', content: packBpt(follow) });
  return out;
}
