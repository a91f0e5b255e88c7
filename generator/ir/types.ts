/**
 * The IR: a routing spec with every default applied, in canonical form.
 * Produced only by `normalize()`; everything downstream (model, emitters) reads this, never the input.
 * Times of day are minutes since midnight (0–1440); weekdays are ISO numbers 1 (Mon) – 7 (Sun).
 */

export const IR_SCHEMA_VERSION = 1 as const;

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface RoutingIR {
  schemaVersion: typeof IR_SCHEMA_VERSION;
  /** `sha256:` of the canonical JSON of everything else. */
  hash: string;
  module: ModuleIR;
  timeZone: string;
  languages: ('ru' | 'en')[];
  /** The spec's first language: default texts and the titles of the business-process templates speak it. */
  language: 'ru' | 'en';
  /** Absence types that count as vacation (the portal's `intranet/vacation_types`). */
  vacationTypes: string[];
  companies: CompanyIR[];
  departments: DepartmentIR[];
  users: UserIR[];
  roles: RoleIR[];
  supervisors: { user: number; supervisor: number }[];
  schedules: ScheduleIR[];
  assignment: AssignmentIR;
  /** Null when the spec asks for no delayed check. */
  availabilityCheck: AvailabilityCheckIR | null;
  jobs: JobIR[];
  /** `responsibleSync`, or null when the spec has none. */
  responsibleSync: ResponsibleSyncIR | null;
}

export interface ResponsibleSyncIR {
  batchSize: number;
  everyMinutes: number;
  /** User ids, in spec order. */
  notify: number[];
  /** The summary template (`{deals}`, `{changed}`). */
  text: string;
  onDealChange: {
    notify: ('deal-responsible' | 'previous-responsible' | number)[];
    /** `{contact}`, `{deal}`, `{responsible}`. */
    text: string;
  };
}

export interface ModuleIR {
  id: string;
  name: string;
  description: string;
  partner: { name: string; url: string };
  version: string;
  /** `YYYY-MM-DD`. */
  releaseDate: string;
}

export interface CompanyIR {
  id: string;
  name: string;
  lines: LineIR[];
  phones: string[];
  pipeline: { categoryId: number; name: string };
  headOfSales: number | null;
  crm: CrmIR;
}

export interface LineIR {
  id: number;
  name: string;
  mode: 'evenly' | 'strictly' | 'all';
  schedule: string | null;
  /** Dialogs per operator in this line (`MAX_CHAT`); 0 = only the portal-wide cap. */
  maxDialogs: number;
  /** Which open dialogs count (`TYPE_MAX_CHAT`). */
  countUntil: 'answered' | 'answered-new' | 'closed';
  /** `CHECK_AVAILABLE`: false leaves only the dismissal check. */
  checkAvailability: boolean;
  /** Off hours of `schedule`: the client's reply and where the dialog goes; null = as in working hours. */
  offHours: { reply: string | null; to: 'queue' | 'duty' | { line: number } } | null;
  /** Duty staff for breaks (and off hours with `to: 'duty'`), in order. */
  duty: number[];
  /** Only queue members inside their own hours get dialogs. */
  personalHours: boolean;
  /** The module's own choice among available queue members; null = the mode. */
  strategy: { type: 'least-loaded'; by: 'open-dialogs' | 'open-deals' } | { type: 'weighted'; weights: { userId: number; weight: number }[] } | null;
  /** The client's last operator first. */
  sticky: boolean;
  /** What happens while a new dialog is not taken, by minutes after it was given (KPI notices, then escalation). */
  watch: WatchIR[];
  /** Skills a dialog needs (sorted), and when the need is dropped; null = none. */
  skills: { require: SkillIR[]; relaxAfterMinutes: number | null } | null;
  /**
   * Who is a VIP (phones as digits, contact types, a field's values), who takes their dialogs first, and
   * the watch of a VIP's dialog (the line's, with the VIP escalation minutes); null = no VIPs.
   */
  vip: VipIR | null;
  /** Offices by phone prefix (digits) or region; null = no geography. */
  geography: { regionField: string | null; offices: OfficeIR[] } | null;
}

export interface VipIR {
  phones: string[];
  contactTypes: string[];
  field: { name: string; values: string[] } | null;
  to: number[];
  watch: WatchIR[];
}

export interface OfficeIR {
  name: string;
  prefixes: string[];
  regions: string[];
  users: number[];
}

/** A point in time after a dialog was given: tell people (KPI), or pass the dialog on (escalation, the last point). */
export type WatchIR =
  | { minutes: number; kind: 'kpi'; notify: ('supervisor' | 'head-of-sales' | number)[]; text: string }
  | { minutes: number; kind: 'escalate'; to: 'next' | 'supervisor' | { line: number } };

export interface CrmIR {
  contactScope: 'company';
  repeatContact: 'reuse-open-deal' | 'new-deal';
  dealTitle: string;
}

export interface DepartmentIR {
  id: number;
  name: string;
  parent: number | null;
  head: number | null;
  schedule: string | null;
}

export interface UserIR {
  id: number;
  name: string;
  schedule: string | null;
  timeZone: string | null;
  /** Skills by name, sorted. */
  skills: SkillIR[];
}

export interface SkillIR {
  skill: string;
  level: number;
}

export interface RoleIR {
  id: string;
  name: string;
  users: number[];
  departments: number[];
  /** Heads of every department (`all`), of the listed ones, or none. */
  departmentHeads: { all: boolean; departments: number[] };
}

export interface WindowIR {
  /** Days the window starts on, sorted. */
  days: IsoWeekday[];
  /** Minutes since midnight, inclusive. */
  from: number;
  /** Minutes since midnight, exclusive; `to <= from` means the window ends the next day. */
  to: number;
}

export interface ScheduleIR {
  id: string;
  timeZone: string;
  windows: WindowIR[];
  breaks: WindowIR[];
  /** Sorted `YYYY-MM-DD`. */
  holidays: string[];
  /** Sorted by date. */
  extraWorkingDays: { date: string; from: number; to: number }[];
}

export interface AssignmentIR {
  firstContact: 'queue';
  repeatContact: 'contact-responsible' | 'queue';
  setResponsible: { deal: boolean; contact: boolean };
}

export type WorkdayStateIR = 'not-started' | 'opened' | 'paused' | 'closed';

/** A condition tree. Keys of one input object become an `all` in the fixed order of `CONDITION_KEYS`. */
export type ConditionIR =
  | { kind: 'always' }
  | { kind: 'all'; of: ConditionIR[] }
  | { kind: 'any'; of: ConditionIR[] }
  | { kind: 'not'; of: ConditionIR }
  | { kind: 'vacation'; value: boolean }
  | { kind: 'workday'; states: WorkdayStateIR[] }
  | { kind: 'online'; value: boolean }
  | { kind: 'department'; ids: number[] }
  | { kind: 'role'; ids: string[] }
  | { kind: 'schedule'; inside: boolean }
  | { kind: 'time'; window: WindowIR; timeZone: string }
  | { kind: 'openDialogs'; atLeast: number; atMost: number | null };

export type NotifyTargetIR = number | 'supervisor' | 'head-of-sales' | 'operator';

export interface ActionIR {
  type: 'keep' | 'supervisor' | 'queue' | 'user' | 'line';
  /** User id for `user`, line id for `line`, otherwise null. */
  target: number | null;
  comment: string | null;
  notify: { to: NotifyTargetIR[]; text: string } | null;
}

export interface RuleIR {
  /** `rule-<n>`, 1-based position in the spec. */
  id: string;
  name: string;
  when: ConditionIR;
  then: ActionIR;
}

export interface AvailabilityCheckIR {
  delayMinutes: number;
  rules: RuleIR[];
  fallback: ActionIR;
  /** Whether the spec wrote the fallback (false: the default `keep` was applied). */
  fallbackExplicit: boolean;
}

export interface JobIR {
  id: string;
  /** Minutes since midnight. */
  at: number;
  timeZone: string;
  days: IsoWeekday[];
  /** Company ids, in spec order. */
  companies: string[];
  action: { type: 'add-head-of-sales'; user: null } | { type: 'add-user'; user: number };
  /** The added users stay: re-added after a transfer removes them, until the dialog closes. */
  stay: boolean;
}
