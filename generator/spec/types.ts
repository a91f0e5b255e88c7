/**
 * The routing specification an integrator writes in `routing.ts`.
 *
 * Every optional field names its default; `normalize()` in `generator/ir` applies them, once.
 * Ids of Bitrix objects (users, departments, open lines, deal pipelines) are the portal's numeric ids.
 */

/** A Bitrix user id (`b_user.ID`). @example 17 */
export type UserId = number;
/** A Bitrix department id (a section of the intranet structure iblock). @example 5 */
export type DepartmentId = number;
/** An open line id (`b_imopenlines_config.ID`). @example 3 */
export type LineId = number;

/** Days of the week, ISO order. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** A set of weekdays: a list, or a preset (`weekdays` = mon–fri, `weekend` = sat–sun, `daily` = all seven). */
export type Days = readonly Weekday[] | 'weekdays' | 'weekend' | 'daily';
/** A wall-clock time `HH:MM`, 24-hour, `00:00`–`23:59`; `24:00` is allowed as the end of a window. @example '09:30' */
export type ClockTime = `${number}:${number}`;
/** A calendar date `YYYY-MM-DD`. @example '2026-01-01' */
export type IsoDate = `${number}-${number}-${number}`;
/** An IANA time zone name. @example 'Europe/Moscow' */
export type TimeZone = string;

export interface RoutingSpecInput {
  /** The Bitrix module the spec compiles into. */
  module: ModuleInput;
  /**
   * The portal's time zone: times in jobs and schedules without their own zone are read in it.
   * Agents run in server time, so every clock in the generated module is converted from this zone.
   * @example 'Europe/Moscow'
   */
  timeZone: TimeZone;
  /**
   * Languages of the module's texts (settings page, install guide, comments). The first one is the
   * language of default texts and of the business-process templates' titles.
   * @default ['ru', 'en']
   * @example ['ru']
   */
  languages?: readonly ('ru' | 'en')[];
  /** The companies hosted on the portal, each with its own open lines, phones and deal pipeline. */
  companies: readonly CompanyInput[];
  /** Departments, people, roles and supervisors the rules refer to. @default {} */
  people?: PeopleInput;
  /**
   * Named working schedules, referred to by departments and people.
   * @default []
   * @example [{ id: 'office', windows: [{ days: 'weekdays', from: '09:00', to: '18:00' }] }]
   */
  schedules?: readonly ScheduleInput[];
  /** How contacts and deals are found or created. @default { contactScope: 'company', repeatContact: 'reuse-open-deal' } */
  crm?: CrmInput;
  /** How the operator of a new dialog is chosen. @default { firstContact: 'queue', repeatContact: 'contact-responsible' } */
  assignment?: AssignmentInput;
  /** The delayed check that the assigned operator is really at work. Omit it to never re-check. */
  availabilityCheck?: AvailabilityCheckInput;
  /**
   * Jobs run by an agent at a time of day.
   * @default []
   * @example [{ id: 'night-watch', at: '23:00', action: { type: 'add-head-of-sales' } }]
   */
  jobs?: readonly JobInput[];
  /**
   * Keep each contact's responsible equal to the responsible of its deals. The iterator aligns every
   * existing deal once, in batches run by an agent, resumable and safe to run again.
   * @example { iterator: { batchSize: 50, everyMinutes: 1, notify: [1] } }
   */
  responsibleSync?: ResponsibleSyncInput;
}

export interface ResponsibleSyncInput {
  /**
   * When a deal's responsible changes, its contacts follow (those whose latest deal it is), and these
   * people are told: `deal-responsible` (the new one), `previous-responsible` (the contact's former one)
   * or user ids.
   * @default { notify: ['deal-responsible'] }
   * @example { notify: ['deal-responsible', 'previous-responsible', 1], text: 'Contact {contact} is yours now.' }
   */
  onDealChange?: {
    /** @default ['deal-responsible'] */
    notify?: readonly ('deal-responsible' | 'previous-responsible' | UserId)[];
    /**
     * The notification; `{contact}` (id), `{deal}` (id) and `{responsible}` (name) are filled in.
     * @default a sentence in the spec's first language
     */
    text?: string;
  };
  /** The one-off alignment of existing deals, started from the module's settings page. */
  iterator?: {
    /** Deals per agent run. @default 50 @example 100 */
    batchSize?: number;
    /** Minutes between agent runs. @default 1 @example 5 */
    everyMinutes?: number;
    /** People who get the summary when the iterator is done. @default [] @example [1, 10] */
    notify?: readonly UserId[];
    /**
     * The summary; `{deals}` and `{changed}` are filled in.
     * @default a sentence in the spec's first language
     * @example 'Done: {deals} deals, {changed} contacts changed.'
     */
    text?: string;
  };
}

export interface ModuleInput {
  /**
   * The module id `vendor.module`: lowercase latin letters and digits, one dot.
   * @example 'acme.router'
   */
  id: string;
  /** The module name shown in the module list. @example 'Open-line router' */
  name: string;
  /** A one-line description. @default the name */
  description?: string;
  /** The partner that ships the module. @example { name: 'Acme Integration', url: 'https://acme.example' } */
  partner: { /** @example 'Acme Integration' */ name: string; /** @example 'https://acme.example' */ url: string };
  /** Semantic version `X.Y.Z`. @default '1.0.0' */
  version?: string;
  /**
   * Release date of this version, written to `install/version.php`.
   * @default the release date of the b24route version that compiles it
   * @example '2026-12-01'
   */
  releaseDate?: IsoDate;
}

export interface CompanyInput {
  /** A short id used in logs and references: lowercase letters, digits and dashes. @example 'north' */
  id: string;
  /** The company's name. @example 'North Trading LLC' */
  name: string;
  /**
   * Open lines that belong to the company. A line belongs to one company only.
   * @example [{ id: 3, name: 'WhatsApp' }, { id: 4 }]
   */
  lines: readonly LineInput[];
  /**
   * Phone numbers of the company, as dialled by clients, in E.164.
   * @default []
   * @example ['+74951234567']
   */
  phones?: readonly string[];
  /** The deal pipeline of the company. @example { categoryId: 2 } */
  pipeline: PipelineInput;
  /** The head of sales, added to open dialogs by jobs and notified by rules. @example 17 */
  headOfSales?: UserId;
  /** Overrides of the spec-wide CRM policy for this company. @default the spec's `crm` */
  crm?: Partial<CrmInput>;
}

export interface LineInput {
  /** The open line id in the portal. @example 3 */
  id: LineId;
  /** A label for logs and explanations. @default `line <id>` */
  name?: string;
  /**
   * How the line's queue hands out dialogs, as set in the line's settings.
   * `evenly`: the operator idle the longest; `strictly`: queue order; `all`: offered to every available operator.
   * @default 'evenly'
   */
  mode?: 'evenly' | 'strictly' | 'all';
  /** Working schedule of the line (by schedule id); outside it the line's off-hours setting applies. @default none */
  schedule?: string;
  /**
   * How many dialogs of this line an operator may hold at once, as the line's settings say (`MAX_CHAT`,
   * `TYPE_MAX_CHAT`); an operator at the limit is skipped, like an absent one. Besides, nobody gets a new
   * dialog with 1000 or more open-line chats in their messenger, whatever the line.
   * @default { maxDialogs: 0, countUntil: 'answered' } (no per-line limit)
   * @example { maxDialogs: 5, countUntil: 'closed' }
   */
  capacity?: CapacityInput;
  /**
   * Whether the queue checks that an operator is at work (the line's "check operator availability",
   * `CHECK_AVAILABLE`): not on vacation, the workday open (with time tracking) or online (without).
   * When false only a dismissed operator is skipped, as the portal does.
   * @default true
   */
  checkAvailability?: boolean;
  /**
   * What happens to a new dialog outside the line's `schedule` (off hours, holidays). Without it the
   * portal's way holds: the dialog is given out as in working hours.
   * @default none
   * @example { reply: 'We are closed until 9:00 and will answer in the morning.', to: 'duty' }
   */
  offHours?: OffHoursInput;
  /**
   * People who take the line's new dialogs during the breaks of its `schedule` (lunch), and off hours
   * with `offHours.to: 'duty'`: the first available one in this order. Nobody available → the queue.
   * @default []
   * @example [31, 32]
   */
  duty?: readonly UserId[];
  /**
   * Give dialogs only to queue members inside their own working hours (their schedule, else their
   * department's), read in their own time zone. The portal itself has no per-person hours.
   * @default false
   */
  personalHours?: boolean;
  /**
   * The module's own choice among the available queue members, instead of the line's mode (the portal
   * has none): `least-loaded` gives the dialog to whoever holds the fewest open dialogs in all lines
   * (`by: 'open-dialogs'`) or the fewest deals in progress (`by: 'open-deals'`); `weighted` shares the
   * day's dialogs in proportion to `weights`. Ties go by the mode. Not for lines offered to all.
   * @default none: the line's mode decides
   * @example { type: 'least-loaded', by: 'open-dialogs' }
   */
  strategy?: StrategyInput;
  /**
   * A client who wrote before goes to the operator of their last dialog on the company's lines, when
   * that operator is available and has a free slot; otherwise as usual (the contact's responsible, the queue).
   * @default false
   */
  sticky?: boolean;
  /**
   * A new dialog its operator has not taken ("answered") `afterMinutes` after it was given is passed on:
   * `next`, to the next operator by the line's queue; `supervisor`, to the operator's supervisor;
   * `{ line }`, to another line's queue. The portal has only its queue timer, for everyone alike.
   * @default none
   * @example { afterMinutes: 5, to: 'supervisor' }
   */
  escalation?: EscalationInput;
  /**
   * Answer-time thresholds: when a new dialog is still not taken `afterMinutes` after it was given, these
   * people are told — `supervisor` (the operator's), `head-of-sales`, or user ids. Text placeholders:
   * {operator}, {minutes}, {line}, {dialog}.
   * @default []
   * @example [{ afterMinutes: 3, notify: ['supervisor'] }, { afterMinutes: 10, notify: ['head-of-sales'] }]
   */
  kpi?: readonly KpiInput[];
  /**
   * Skills a dialog of this line needs, each at a level or above: only queue members who have them get
   * it. Nobody qualified available → the dialog waits; `relaxAfterMinutes` after it came, anyone may take it.
   * The portal has no skills.
   * @default none
   * @example { require: { english: 2 }, relaxAfterMinutes: 5 }
   */
  skills?: SkillsInput;
  /**
   * VIP clients (a phone in a list, a contact of a listed type, or a contact field with a listed value)
   * go first to `to`, the first of them available, then as usual; a new dialog of a client who is not a
   * VIP never takes an operator from the line's queue while a VIP dialog of the line waits there; and
   * `escalateAfterMinutes` replaces the escalation's minutes for them. The portal has no VIP priority.
   * @default none
   * @example { phones: ['+7 495 100-00-01'], contactTypes: ['VIP'], to: [31], escalateAfterMinutes: 2 }
   */
  vip?: VipInput;
  /**
   * Offices by the client's phone prefix (the longest listed prefix wins) or by a contact field holding a
   * region: queue members of the client's office get the dialog first; none of them available, the
   * rest of the queue. The portal does not route by place.
   * @default none
   * @example { regionField: 'UF_CRM_REGION', offices: [{ name: 'Moscow', prefixes: ['7495', '7499'], users: [31, 32] }] }
   */
  geography?: GeographyInput;
}

export interface VipInput {
  /** Client phones, compared by their digits only. @default [] @example ['+7 495 100-00-01'] */
  phones?: readonly string[];
  /** The client's segment as the contact's type (`TYPE_ID`, the CRM's contact types). @default [] @example ['VIP'] */
  contactTypes?: readonly string[];
  /** A contact field (`UF_CRM_…` or a standard one) and the values that make a VIP. @default none @example { name: 'UF_CRM_VIP', values: ['1'] } */
  field?: { name: string; values: readonly string[] };
  /** People who take a VIP's new dialog first, in this order; they need not be in the queue. @default [] */
  to?: readonly UserId[];
  /** For a VIP's dialog, the escalation comes this many minutes after it was given (1 to 1440). @default the line's escalation */
  escalateAfterMinutes?: number;
}

export interface GeographyInput {
  /** A contact field holding the client's region, compared with `offices[].regions`. @default none */
  regionField?: string;
  offices: readonly OfficeInput[];
}

export interface OfficeInput {
  /** A label for explanations. @example 'Moscow' */
  name: string;
  /** Phone prefixes, digits with the country code. @default [] @example ['7495', '7499'] */
  prefixes?: readonly string[];
  /** Values of `regionField` that belong to this office. @default [] @example ['Moscow', 'Moscow Oblast'] */
  regions?: readonly string[];
  /** The office's people; those in the line's queue get its clients first. */
  users: readonly UserId[];
}

export interface SkillsInput {
  /** Skill → the lowest level that will do, 1 to 5. */
  require: Readonly<Record<string, number>>;
  /** Minutes after the dialog came when the requirement is dropped. @default never */
  relaxAfterMinutes?: number;
}

export interface EscalationInput {
  /** Minutes after the dialog was given, 1 to 1440. */
  afterMinutes: number;
  to: 'next' | 'supervisor' | { line: LineId };
}

export interface KpiInput {
  /** Minutes after the dialog was given, 1 to 1440. */
  afterMinutes: number;
  notify: readonly ('supervisor' | 'head-of-sales' | UserId)[];
  /** @default a sentence naming the dialog, the line, the operator and the minutes, in the spec's first language */
  text?: string;
}

/**
 * `least-loaded`: the fewest open dialogs (`by: 'open-dialogs'`) or deals in progress (`by: 'open-deals'`).
 * `weighted`: weighted round robin — over the day each gets the line's dialogs in proportion to their
 * weight (`weights` by user id, 1 for those not listed): the smallest share of dialogs given today per weight.
 */
export type StrategyInput =
  | { type: 'least-loaded'; /** What counts as load. @default 'open-dialogs' */ by?: 'open-dialogs' | 'open-deals' }
  | { type: 'weighted'; /** Weight per user id, 1 to 100. @example { 31: 2, 33: 1 } */ weights: Readonly<Record<number, number>> };

export interface OffHoursInput {
  /** A message the client gets at once, in the channel they wrote to. @default none */
  reply?: string;
  /**
   * Where the dialog goes: `queue`, it waits in the line's queue for working hours; `duty`, the line's
   * duty staff; `{ line }`, the queue of another line.
   * @default 'queue'
   */
  to?: 'queue' | 'duty' | { line: LineId };
}

export interface CapacityInput {
  /** At most this many dialogs per operator in this line; 0 means only the portal-wide 1000. @default 0 @example 5 */
  maxDialogs?: number;
  /**
   * Until when a dialog counts against the limit (`TYPE_MAX_CHAT`): `answered`, until the operator has
   * answered it (status below 40); `answered-new`, until the operator has answered and the client has not
   * written again (below 25); `closed`, until it is closed (below 50, waiting for the client).
   * @default 'answered'
   */
  countUntil?: 'answered' | 'answered-new' | 'closed';
}

export interface PipelineInput {
  /** The deal category id (`CATEGORY_ID`); 0 is the general pipeline. @example 2 */
  categoryId: number;
  /** A label for logs. @default `pipeline <categoryId>` */
  name?: string;
}

export interface PeopleInput {
  /**
   * Departments the spec refers to, with their Bitrix ids.
   * @default []
   * @example [{ id: 5, name: 'Sales North', parent: 1, schedule: 'office' }]
   */
  departments?: readonly DepartmentInput[];
  /**
   * People the spec refers to by id (heads of sales, role members, transfer targets).
   * @default []
   * @example [{ id: 17, name: 'Irina Smirnova' }]
   */
  users?: readonly UserInput[];
  /**
   * Roles, each a set of people: listed users, members of departments, department heads.
   * @default []
   * @example [{ id: 'senior-manager', name: 'Senior manager', users: [21, 22] }]
   */
  roles?: readonly RoleInput[];
  /**
   * Explicit direct supervisors that win over the department structure.
   * @default []
   * @example [{ user: 21, supervisor: 17 }]
   */
  supervisors?: readonly SupervisorOverrideInput[];
}

export interface DepartmentInput {
  /** The department id in the portal structure. @example 5 */
  id: DepartmentId;
  /** A label. @example 'Sales North' */
  name: string;
  /** The parent department id, when the spec relies on climbing the structure. @default none */
  parent?: DepartmentId;
  /** The department head, when known at compile time; the portal's own value is used at run time. @default none */
  head?: UserId;
  /** The department's schedule (schedule id). @default the portal-wide schedule, if any */
  schedule?: string;
}

export interface UserInput {
  /** The user id. @example 17 */
  id: UserId;
  /** The person's name, for explanations and the settings page. @example 'Irina Smirnova' */
  name: string;
  /** A personal schedule (schedule id) that wins over the department's. @default none */
  schedule?: string;
  /** The person's time zone, when it differs from the schedule's. @default the schedule's zone */
  timeZone?: TimeZone;
  /**
   * Skills and their levels, 1 (basic) to 5 (expert), for lines that require skills.
   * @default {}
   * @example { english: 3, b2b: 1 }
   */
  skills?: Readonly<Record<string, number>>;
}

export interface RoleInput {
  /** The role id used in rules. @example 'senior-manager' */
  id: string;
  /** A label. @example 'Senior manager' */
  name: string;
  /** Members by user id. @default [] */
  users?: readonly UserId[];
  /** Everybody in these departments. @default [] */
  departments?: readonly DepartmentId[];
  /** Heads of any department (`true`) or of the listed departments. @default false */
  departmentHeads?: boolean | readonly DepartmentId[];
}

export interface SupervisorOverrideInput {
  /** The person. @example 21 */
  user: UserId;
  /** Their direct supervisor. @example 17 */
  supervisor: UserId;
}

export interface ScheduleInput {
  /** The schedule id. @example 'office' */
  id: string;
  /** The zone the schedule's wall-clock times are in. @default the spec's `timeZone` */
  timeZone?: TimeZone;
  /**
   * Weekly working windows. A window whose `to` is before its `from` crosses midnight into the next day;
   * `from` and `to` must differ, and a whole day is `00:00`–`24:00`.
   * @example [{ days: 'weekdays', from: '09:00', to: '18:00' }, { days: ['sat'], from: '22:00', to: '06:00' }]
   */
  windows: readonly WindowInput[];
  /** Breaks inside the windows, on the given days. @default [] @example [{ days: 'weekdays', from: '13:00', to: '14:00' }] */
  breaks?: readonly WindowInput[];
  /** Days off by date, whatever the weekday. @default [] @example ['2026-01-01', '2026-01-02'] */
  holidays?: readonly IsoDate[];
  /**
   * Working days by date (a working Saturday), with their hours.
   * @default []
   * @example [{ date: '2026-11-07', from: '10:00', to: '16:00' }]
   */
  extraWorkingDays?: readonly { date: IsoDate; from: ClockTime; to: ClockTime }[];
}

export interface WindowInput {
  /** The days the window starts on. @default 'daily' */
  days?: Days;
  /** Start, inclusive. @example '09:00' */
  from: ClockTime;
  /** End, exclusive; before `from` means the next day; `24:00` is midnight at the end of the day. @example '18:00' */
  to: ClockTime;
}

export interface CrmInput {
  /**
   * Scope of a client's contact: `company` keeps one contact per client per company across its lines.
   * @default 'company'
   */
  contactScope?: 'company';
  /**
   * On a repeat contact: reuse the client's open deal in the company pipeline, or always open a new one.
   * @default 'reuse-open-deal'
   */
  repeatContact?: 'reuse-open-deal' | 'new-deal';
  /** Title of a created deal; `{company}`, `{line}` and `{client}` are replaced. @default '{company}: {line}' */
  dealTitle?: string;
}

export interface AssignmentInput {
  /** Who gets a first contact: the line's queue by its mode. @default 'queue' */
  firstContact?: 'queue';
  /**
   * Who gets a repeat contact: the contact's responsible (when available), or the queue.
   * @default 'contact-responsible'
   */
  repeatContact?: 'contact-responsible' | 'queue';
  /** Whether the chosen operator becomes responsible for the deal and the contact. @default { deal: true, contact: true } */
  setResponsible?: { /** @default true */ deal?: boolean; /** @default true */ contact?: boolean };
}

export interface AvailabilityCheckInput {
  /** Minutes after the assignment when the check runs. @default 3 @example 5 */
  delayMinutes?: number;
  /**
   * Absence types that count as vacation (the portal's `intranet/vacation_types`).
   * @default ['VACATION', 'LEAVESICK', 'LEAVEMATERINITY', 'LEAVEUNPAYED']
   */
  vacationTypes?: readonly string[];
  /** Rules, tried in order; the first whose `when` holds decides. */
  rules: readonly RuleInput[];
  /** What happens when no rule holds. @default { action: 'keep' } (with a warning) */
  fallback?: ActionInput;
}

export interface RuleInput {
  /** The rule's name, shown in traces, logs and docblocks. @example 'On vacation → supervisor' */
  name: string;
  /** The condition; all keys must hold. @example { vacation: true } */
  when: Condition;
  /** What to do. @example { action: 'supervisor', comment: 'Operator is on vacation' } */
  then: ActionInput;
}

/** Workday state of the operator today, from time tracking. `not-started`: no day opened today. */
export type WorkdayState = 'not-started' | 'opened' | 'paused' | 'closed';

/** A condition over the operator and the moment; every present key must hold. `{}` always holds. */
export interface Condition {
  /** Whether the operator is on a vacation-type absence now. @example true */
  vacation?: boolean;
  /** The operator's workday state today is one of these. @example 'not-started' */
  workday?: WorkdayState | readonly WorkdayState[];
  /** Whether the operator is online. @example false */
  online?: boolean;
  /** The operator is in one of these departments. @example 5 */
  department?: DepartmentId | readonly DepartmentId[];
  /** The operator has one of these roles (role ids). @example 'senior-manager' */
  role?: string | readonly string[];
  /**
   * Whether now is inside (`'inside'`) or outside (`'outside'`) the operator's schedule
   * (personal, else their department's).
   * @example 'outside'
   */
  schedule?: 'inside' | 'outside';
  /** Now is inside this time window, in the spec's time zone unless given. @example { days: 'weekdays', from: '10:00', to: '19:00' } */
  time?: WindowInput & { /** @default the spec's `timeZone` */ timeZone?: TimeZone };
  /** The operator's count of open dialogs is within bounds. @example { atLeast: 10 } */
  openDialogs?: { /** @default 0 */ atLeast?: number; /** @default unbounded */ atMost?: number };
  /** All of these hold. */
  all?: readonly Condition[];
  /** At least one of these holds. */
  any?: readonly Condition[];
  /** This does not hold. */
  not?: Condition;
}

/** Who is notified by an action. */
export interface NotifyInput {
  /** People to notify; `'supervisor'` and `'head-of-sales'` are resolved at run time. @example ['head-of-sales'] */
  to: readonly (UserId | 'supervisor' | 'head-of-sales' | 'operator')[];
  /** The text. `{operator}`, `{line}`, `{company}` are replaced. @example 'Dialog on {line} moved from {operator}' */
  text: string;
}

interface ActionBase {
  /** A hidden comment posted in the chat (seen by staff only). @default none */
  comment?: string;
  /** People to notify as well. @default none */
  notify?: NotifyInput;
}

/** What a rule does with the dialog. */
export type ActionInput =
  | (ActionBase & { /** The operator keeps the dialog. */ action: 'keep' })
  | (ActionBase & { /** Transfer to the operator's direct supervisor; to the queue if there is none available. */ action: 'supervisor' })
  | (ActionBase & { /** Return the dialog to the line's queue. */ action: 'queue' })
  | (ActionBase & { /** Transfer to a person. */ action: 'user'; /** @example 17 */ user: UserId })
  | (ActionBase & { /** Transfer to another open line's queue. */ action: 'line'; /** @example 4 */ line: LineId });

export interface JobInput {
  /** The job id. @example 'night-watch' */
  id: string;
  /** Wall-clock time the job runs at. @example '23:00' */
  at: ClockTime;
  /** The zone of `at`. @default the spec's `timeZone` */
  timeZone?: TimeZone;
  /** Days the job runs. @default 'daily' */
  days?: Days;
  /** Companies whose lines the job covers (company ids). @default every company */
  companies?: readonly string[];
  /** What the job does. */
  action: JobActionInput;
  /**
   * Whoever the job adds stays in the dialog until it closes: when a later transfer removes them
   * (a transfer removes every other participant), they are added again right after it.
   * @default true
   * @example false
   */
  stay?: boolean;
}

export type JobActionInput =
  | { /** Add each company's head of sales to every open dialog of its lines. */ type: 'add-head-of-sales' }
  | { /** Add a person to every open dialog of the covered lines. */ type: 'add-user'; /** @example 17 */ user: UserId };
