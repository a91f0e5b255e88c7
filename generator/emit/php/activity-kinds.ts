/**
 * The module's business-process activities as data: settings (drawn by the portal as the robot's and
 * the designer's form from `getPropertiesDialogMap`), return values, and the messages they speak.
 * `activities.ts` turns them into files; `steps/<kind>.php.hbs` holds each one's `run()`.
 */
import type { RoutingIR } from '../../ir/types.ts';
import type { MessageKey } from './messages.ts';

export type ActivityKind = 'pick-operator' | 'check-operator' | 'set-responsible' | 'add-to-dialog' | 'sync-contacts';

/** Bizproc field types the activities use (`Bitrix\Bizproc\FieldType`). */
export type FieldType = 'int' | 'user' | 'bool' | 'select' | 'text' | 'string';

export interface Setting {
  key: string;
  /** The form field's name. */
  field: string;
  type: FieldType;
  required: boolean;
  name: MessageKey;
  /** A PHP value, a message whose text is the default (`Loc::getMessage`), or the spec's first line. */
  default: { php: string } | { message: MessageKey } | 'first-line' | null;
  /** For `select`: value → message. */
  options?: readonly { value: string; message: MessageKey }[];
}

export interface Output {
  key: string;
  type: FieldType;
  name: MessageKey;
}

export interface KindSpec {
  suffix: string;
  /** Class docblock lines. */
  summary: readonly string[];
  /** Runs on a deal only: the description filters to deals and `run()` gets the deal id. */
  onDeal: boolean;
  requiredModules: readonly string[];
  /** `CATEGORY.ID` in the designer, `ROBOT_SETTINGS.CATEGORY` among the robots. */
  category: string;
  robotCategory: string;
  settings: readonly Setting[];
  outputs: readonly Output[];
  name: MessageKey;
  description: MessageKey;
  /** View key → message, for `run()` (besides the shared ones). */
  lang: Readonly<Record<string, MessageKey>>;
}

const DOCUMENT_RESPONSIBLE = { php: "'{=Document:ASSIGNED_BY_ID}'" };

export const KINDS: Readonly<Record<ActivityKind, KindSpec>> = {
  'pick-operator': {
    suffix: 'PickOperatorActivity',
    summary: [
      'Robot and designer activity (spec: companies[].lines[].mode): who the line\'s queue would give a new',
      'dialog to now, with the spec\'s availability. Returns `OperatorId` (0 for the queue), `Operator`',
      '(`user_<id>`, for other activities\' user fields) and `Reason`. Reads only; failures go to the log.',
    ],
    onDeal: false,
    requiredModules: ['imopenlines'],
    category: 'other',
    robotCategory: 'employee',
    settings: [{ key: 'LineId', field: 'line_id', type: 'int', required: true, name: 'ACT_PICK_LINE', default: 'first-line' }],
    outputs: [
      { key: 'OperatorId', type: 'int', name: 'ACT_PICK_OPERATOR_ID' },
      { key: 'Operator', type: 'user', name: 'ACT_PICK_OPERATOR' },
      { key: 'Reason', type: 'string', name: 'ACT_PICK_REASON' },
    ],
    name: 'ACT_PICK_NAME',
    description: 'ACT_PICK_DESCRIPTION',
    lang: { done: 'ACT_PICK_DONE', notManaged: 'ACT_PICK_NOT_MANAGED' },
  },
  'check-operator': {
    suffix: 'CheckOperatorActivity',
    summary: [
      'Robot and designer activity (spec: availability as the queue counts it, people.supervisors and the',
      'structure): whether a person is available now and who their supervisor is. Returns `Available`',
      '(Y/N), `Reason` (a reason code, empty when available), `Supervisor` (`user_<id>`) and `SupervisorId`',
      '(0 when there is none). Reads only; failures go to the log.',
    ],
    onDeal: false,
    requiredModules: [],
    category: 'other',
    robotCategory: 'employee',
    settings: [{ key: 'UserId', field: 'user_id', type: 'user', required: true, name: 'ACT_CHECK_USER', default: DOCUMENT_RESPONSIBLE }],
    outputs: [
      { key: 'Available', type: 'bool', name: 'ACT_CHECK_AVAILABLE' },
      { key: 'Reason', type: 'string', name: 'ACT_CHECK_REASON' },
      { key: 'Supervisor', type: 'user', name: 'ACT_CHECK_SUPERVISOR' },
      { key: 'SupervisorId', type: 'int', name: 'ACT_CHECK_SUPERVISOR_ID' },
    ],
    name: 'ACT_CHECK_NAME',
    description: 'ACT_CHECK_DESCRIPTION',
    lang: { done: 'ACT_CHECK_DONE' },
  },
  'set-responsible': {
    suffix: 'SetResponsibleActivity',
    summary: [
      'Robot and designer activity on a deal: makes someone responsible for the deal and, if asked, for',
      'the contacts whose latest deal it is. When the person is away (as the queue counts it): assign',
      'anyway, give it to their supervisor (people.supervisors, the structure), or leave the deal alone.',
      'Optionally tells the new and the previous responsible. Returns `Responsible`, `ResponsibleId`, `Changed`.',
    ],
    onDeal: true,
    requiredModules: ['crm'],
    category: 'document',
    robotCategory: 'employee',
    settings: [
      { key: 'UserId', field: 'user_id', type: 'user', required: true, name: 'ACT_SET_USER', default: null },
      { key: 'Contacts', field: 'contacts', type: 'bool', required: false, name: 'ACT_SET_CONTACTS', default: { php: "'Y'" } },
      {
        key: 'WhenAway', field: 'when_away', type: 'select', required: true, name: 'ACT_SET_WHEN_AWAY', default: { php: "'supervisor'" },
        options: [
          { value: 'supervisor', message: 'ACT_SET_AWAY_SUPERVISOR' },
          { value: 'assign', message: 'ACT_SET_AWAY_ASSIGN' },
          { value: 'skip', message: 'ACT_SET_AWAY_SKIP' },
        ],
      },
      { key: 'Notify', field: 'notify', type: 'bool', required: false, name: 'ACT_SET_NOTIFY', default: { php: "'N'" } },
      { key: 'Text', field: 'text', type: 'text', required: false, name: 'ACT_SET_TEXT', default: { message: 'ACT_SET_TEXT_DEFAULT' } },
    ],
    outputs: [
      { key: 'Responsible', type: 'user', name: 'ACT_SET_RESPONSIBLE' },
      { key: 'ResponsibleId', type: 'int', name: 'ACT_SET_RESPONSIBLE_ID' },
      { key: 'Changed', type: 'int', name: 'ACT_SET_CHANGED' },
    ],
    name: 'ACT_SET_NAME',
    description: 'ACT_SET_DESCRIPTION',
    lang: { done: 'ACT_SET_DONE', kept: 'ACT_SET_KEPT' },
  },
  'add-to-dialog': {
    suffix: 'AddToDialogActivity',
    summary: [
      'Robot and designer activity on a deal: adds an employee to the deal\'s open dialogs (the chats',
      'imopenlines bound to the deal) and, if asked, keeps them there: a transfer removes them, the module',
      'adds them back (spec: jobs[].stay). Returns `Added`, the number of dialogs joined.',
    ],
    onDeal: true,
    requiredModules: ['imopenlines'],
    category: 'document',
    robotCategory: 'employee',
    settings: [
      { key: 'UserId', field: 'user_id', type: 'user', required: true, name: 'ACT_JOIN_USER', default: null },
      { key: 'Stay', field: 'stay', type: 'bool', required: false, name: 'ACT_JOIN_STAY', default: { php: "'Y'" } },
    ],
    outputs: [{ key: 'Added', type: 'int', name: 'ACT_JOIN_ADDED' }],
    name: 'ACT_JOIN_NAME',
    description: 'ACT_JOIN_DESCRIPTION',
    lang: { done: 'ACT_JOIN_DONE', none: 'ACT_JOIN_NONE' },
  },
  'sync-contacts': {
    suffix: 'SyncContactsActivity',
    summary: [
      'Robot and designer activity on a deal (spec: responsibleSync.onDealChange): the deal\'s contacts whose',
      'latest deal it is take its responsible; the people the spec lists are told. Returns `Changed`.',
      'It has no settings, so the portal draws an empty form; every failure goes to the workflow log.',
    ],
    onDeal: true,
    requiredModules: ['crm'],
    category: 'document',
    robotCategory: 'employee',
    settings: [],
    outputs: [{ key: 'Changed', type: 'int', name: 'ACT_SYNC_CHANGED' }],
    name: 'ACT_SYNC_NAME',
    description: 'ACT_SYNC_DESCRIPTION',
    lang: { done: 'ACT_SYNC_DONE' },
  },
};

/** Messages every activity's class may speak. */
export const SHARED_LANG: Readonly<Record<string, MessageKey>> = {
  notADeal: 'ACT_NOT_A_DEAL', noModule: 'ACT_NO_MODULE', failed: 'ACT_FAILED', noUser: 'ACT_NO_USER', refused: 'ACT_REFUSED',
};

/** The kinds a spec gets: all but the sync, which comes with `responsibleSync`. */
export function kindsOf(ir: RoutingIR): ActivityKind[] {
  return ['pick-operator', 'check-operator', 'set-responsible', 'add-to-dialog', ...(ir.responsibleSync !== null ? ['sync-contacts' as const] : [])];
}
