import type { Severity } from './types.ts';

/** Every diagnostic code b24route emits. Codes are stable: never renumber, only add. */
export interface CodeInfo {
  readonly severity: Severity;
  /** A short name for docs and `--json` consumers. */
  readonly name: string;
  readonly summary: string;
}

export const CODES = {
  // Loading (0xxx)
  B24R0001: { severity: 'error', name: 'type-error', summary: 'The spec file does not type-check.' },
  B24R0002: { severity: 'error', name: 'load-failed', summary: 'The spec file cannot be read or evaluated.' },
  B24R0003: { severity: 'error', name: 'no-default-export', summary: 'The spec file has no `export default defineRouting({...})`.' },
  B24R0004: { severity: 'error', name: 'import-not-allowed', summary: 'The spec imports something other than `b24route`.' },
  B24R0005: { severity: 'error', name: 'not-plain-data', summary: 'The spec holds a value that is not plain data (function, class instance, NaN…).' },
  // Inputs of explain and simulate (01xx)
  B24R0101: { severity: 'error', name: 'invalid-world', summary: 'The world snapshot is not valid JSON of the expected shape.' },
  B24R0102: { severity: 'error', name: 'invalid-event', summary: 'The event is not one of the known forms.' },
  B24R0103: { severity: 'error', name: 'invalid-instant', summary: 'The `--at` value is not an ISO date-time.' },
  // References (10xx)
  B24R1001: { severity: 'error', name: 'unknown-line', summary: 'A line id is not declared by any company.' },
  B24R1002: { severity: 'error', name: 'unknown-department', summary: 'A department id is not declared in `people.departments`.' },
  B24R1003: { severity: 'error', name: 'unknown-schedule', summary: 'A schedule id is not declared in `schedules`.' },
  B24R1004: { severity: 'error', name: 'unknown-person', summary: 'A user id is not declared in `people.users`.' },
  B24R1005: { severity: 'error', name: 'unknown-role', summary: 'A role id is not declared in `people.roles`.' },
  B24R1006: { severity: 'error', name: 'unknown-company', summary: 'A company id is not declared in `companies`.' },
  // Uniqueness and ownership
  B24R1010: { severity: 'error', name: 'duplicate-id', summary: 'Two entries of one list share an id.' },
  B24R1011: { severity: 'error', name: 'line-claimed-twice', summary: 'One open line is listed by two companies.' },
  B24R1012: { severity: 'error', name: 'phone-claimed-twice', summary: 'One phone number is listed by two companies.' },
  // Time
  B24R1020: { severity: 'error', name: 'invalid-time', summary: 'A time is not `HH:MM` within 00:00–24:00.' },
  B24R1021: { severity: 'error', name: 'empty-window', summary: 'A time window covers no time (no days, or `from` equals `to`).' },
  B24R1022: { severity: 'error', name: 'invalid-date', summary: 'A date is not a real `YYYY-MM-DD` date.' },
  B24R1023: { severity: 'error', name: 'invalid-time-zone', summary: 'A time zone is not a known IANA zone.' },
  B24R1024: { severity: 'error', name: 'holiday-and-working-day', summary: 'A date is both a holiday and an extra working day.' },
  B24R1025: { severity: 'warning', name: 'break-outside-window', summary: 'A break lies outside every working window of its days.' },
  B24R1026: { severity: 'warning', name: 'recent-zone-rules', summary: 'A time zone changed its rules recently; older PHP time-zone data reads it differently.' },
  // Rules
  B24R1030: { severity: 'warning', name: 'unreachable-rule', summary: 'A rule can never decide: an earlier rule holds whenever it does.' },
  B24R1031: { severity: 'warning', name: 'missing-fallback', summary: 'The availability check has no explicit fallback.' },
  B24R1032: { severity: 'warning', name: 'never-holds', summary: 'A condition can never hold.' },
  B24R1033: { severity: 'error', name: 'no-rules', summary: 'The availability check has no rules.' },
  // Structure
  B24R1040: { severity: 'error', name: 'supervisor-cycle', summary: 'Supervisor overrides form a cycle.' },
  B24R1041: { severity: 'error', name: 'self-supervisor', summary: 'A person is declared their own supervisor.' },
  B24R1042: { severity: 'error', name: 'department-cycle', summary: 'Department parents form a cycle.' },
  // Companies and CRM
  B24R1050: { severity: 'error', name: 'missing-pipeline', summary: 'A company has no deal pipeline.' },
  B24R1051: { severity: 'warning', name: 'company-without-lines', summary: 'A company has no open lines, so nothing is routed for it.' },
  B24R1052: { severity: 'error', name: 'no-companies', summary: 'The spec declares no company.' },
  B24R1053: { severity: 'warning', name: 'hours-without-schedule', summary: 'A line has off-hours handling or duty staff but no schedule, so they never apply.' },
  B24R1054: { severity: 'error', name: 'duty-missing', summary: 'Off-hours dialogs go to the duty staff, but the line lists none.' },
  B24R1055: { severity: 'warning', name: 'portal-fights', summary: 'The spec relies on something the portal’s own queue would undo (a strategy or personal hours on a line offered to all, off-hours lines passing dialogs in a circle).' },
  B24R1056: { severity: 'warning', name: 'kpi-after-escalation', summary: 'A KPI threshold comes after the escalation, which ends the watch; nobody is told.' },
  B24R1057: { severity: 'warning', name: 'skill-nobody', summary: 'A line needs a skill at a level no person in the spec has.' },
  // Module identity and values
  B24R1058: { severity: 'error', name: 'client-match-empty', summary: 'A VIP or office definition can never match a client (nothing to match on, regions without a region field, an office without people).' },
  B24R1059: { severity: 'warning', name: 'vip-escalation-unused', summary: 'VIP escalation minutes on a line without an escalation, or not shorter than it.' },
  B24R1060: { severity: 'error', name: 'invalid-module-id', summary: 'The module id is not `vendor.module` in lowercase latin letters and digits.' },
  B24R1061: { severity: 'error', name: 'invalid-version', summary: 'The module version is not `X.Y.Z`.' },
  B24R1062: { severity: 'error', name: 'invalid-url', summary: 'The partner URL is not an http(s) URL.' },
  B24R1063: { severity: 'error', name: 'invalid-id', summary: 'An id is not a positive integer (portal ids) or a lowercase slug (spec ids).' },
  B24R1064: { severity: 'error', name: 'invalid-number', summary: 'A number is out of range.' },
  B24R1065: { severity: 'error', name: 'invalid-phone', summary: 'A phone number is not in E.164 form (`+` and 8–15 digits).' },
  B24R1066: { severity: 'error', name: 'empty-text', summary: 'A name, comment or notification text is empty.' },
  B24R1067: { severity: 'error', name: 'unknown-property', summary: 'An object has a property the spec language does not know (often a typo).' },
  // Jobs and actions
  B24R1080: { severity: 'error', name: 'no-head-of-sales', summary: 'A job adds the head of sales, but a company it covers has none.' },
  B24R1081: { severity: 'warning', name: 'notify-without-head', summary: 'A notification goes to the head of sales, but some company has none.' },
  // Business-process templates, `.bpt` (20xx)
  B24R2001: { severity: 'error', name: 'bpt-unreadable', summary: 'The file is not a business-process template the portal can unpack.' },
  B24R2002: { severity: 'error', name: 'bpt-package-key', summary: 'A package key (VERSION, TEMPLATE, PARAMETERS, VARIABLES, CONSTANTS, DOCUMENT_FIELDS) is missing or of the wrong type.' },
  B24R2003: { severity: 'error', name: 'bpt-root', summary: 'TEMPLATE does not hold exactly one root activity named `Template`.' },
  B24R2004: { severity: 'error', name: 'bpt-node-shape', summary: 'An activity lacks a string `Type`, a `Name` of [A-Za-z0-9_], an array `Properties`, or has non-list `Children`.' },
  B24R2005: { severity: 'error', name: 'bpt-duplicate-name', summary: 'Two activities share a `Name` (the workflow fails to start).' },
  B24R2006: { severity: 'warning', name: 'bpt-unknown-type', summary: 'An activity `Type` is neither a standard bizproc activity nor one this module installs.' },
  B24R2007: { severity: 'error', name: 'bpt-undeclared-property', summary: 'An activity has a property its type does not declare.' },
  B24R2008: { severity: 'error', name: 'bpt-condition', summary: 'A branch condition is not in the format its condition type reads.' },
  B24R2009: { severity: 'error', name: 'bpt-invalid-json', summary: 'The JSON given to `bpt pack` is not a PHP value in b24route’s JSON form.' },
  B24R2010: { severity: 'error', name: 'bpt-reference', summary: 'An expression or condition names a variable, parameter or activity the template does not have.' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;
