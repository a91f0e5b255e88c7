/**
 * The reference model's inputs and outputs: plain JSON data, the same shapes the generated PHP
 * decision core reads and writes, so the two can be compared case by case.
 */

/** An ISO 8601 instant with an offset or `Z`. @example '2026-03-02T09:15:00+03:00' */
export type Instant = string;

/** Workday record state as time tracking reports it (`CTimeManUser::State()`). */
export type TimemanState = 'OPENED' | 'PAUSED' | 'CLOSED' | 'EXPIRED';

export interface WorldUser {
  id: number;
  /** False for a dismissed (deactivated) user. */
  active: boolean;
  /** Departments the user belongs to (`UF_DEPARTMENT`), first is the main one. */
  departments: number[];
  online: boolean;
  /** Absences from the absence chart; `type` is the portal's absence type code. */
  absences: { type: string; from: Instant; to: Instant }[];
  /**
   * The latest workday record, or null when the user is not under time tracking.
   * `openedAt` is when that day was opened; a day opened on an earlier date is not "started today".
   */
  workday: { state: TimemanState; openedAt: Instant | null } | null;
  /**
   * Open-line chats in the user's messenger, all lines (the portal caps every operator at 1000).
   * Absent means 0.
   */
  openLineChats?: number;
  /** Load for `least-loaded` lines: open dialogs held in all lines, deals in progress as responsible. Absent means none. */
  load?: { dialogs: number; deals: number };
}

export interface WorldDepartment {
  id: number;
  parent: number | null;
  /** `UF_HEAD`, or null when the department has no head. */
  head: number | null;
}

export interface WorldLine {
  id: number;
  /**
   * The line's queue in its sort order, with when each operator was last given a dialog, the statuses
   * (`STATUS`) of the open dialogs of this line they hold (absent: none) and, for a weighted line, how
   * many of the line's dialogs of today are theirs (absent: 0).
   */
  queue: { userId: number; lastAssignedAt: Instant | null; dialogs?: number[]; today?: number }[];
}

export interface WorldSession {
  id: number;
  chatId: number;
  lineId: number;
  /** The client's identity across lines (the connector user resolved to a person). */
  clientId: string;
  /** The current operator, 0 when in the queue. */
  operatorId: number;
  status: 'open' | 'closed';
  /** Users in the chat besides the client. */
  participants: number[];
  /** Operators already offered this session (the queue history), for the `strictly` mode. */
  queueHistory: number[];
  /**
   * Users a job put into this chat who stay until it closes (the module's own record): a transfer
   * removes them, and they are added again. Absent means none.
   */
  kept?: number[];
  /** Pinned to its operator (the portal's "pin the dialog"): never goes back to the queue. Absent means false. */
  pinned?: boolean;
  /** The operator of the client's previous dialog on the company's lines (`lines[].sticky`); absent or 0: none. */
  lastOperatorId?: number;
  /** When the operator took the dialog (the portal's `DATE_OPERATOR_ANSWER`); absent or null: not yet. */
  answeredAt?: Instant | null;
  /** When the dialog came (`DATE_CREATE`), for `lines[].skills.relaxAfterMinutes`; absent: now. */
  createdAt?: Instant;
  /** The client's phone as the channel gave it (`lines[].vip.phones`, `geography`); absent: unknown. */
  phone?: string;
}

export interface WorldContact {
  id: number;
  clientId: string;
  companyId: string;
  responsibleId: number;
  /** Every deal the contact is bound to (for the responsible sync); absent means unknown. */
  dealIds?: number[];
  /** The contact's type (`TYPE_ID`), for `lines[].vip.contactTypes`; absent: none. */
  typeId?: string;
  /** Values of the contact fields the spec names (`vip.field`, `geography.regionField`); a multiple field gives a list. */
  fields?: Record<string, string | string[]>;
}

export interface WorldDeal {
  id: number;
  contactId: number;
  categoryId: number;
  /** Stage semantics: P in progress, S won, F lost. */
  stage: 'P' | 'S' | 'F';
  responsibleId: number;
  /** Every contact bound to the deal; absent means just `contactId`. */
  contactIds?: number[];
}

/** A snapshot of everything a decision may look at. */
export interface World {
  now: Instant;
  /** Which portal modules are present; without them their facts are unknown. */
  features: { timeman: boolean; intranet: boolean };
  users: WorldUser[];
  departments: WorldDepartment[];
  lines: WorldLine[];
  sessions: WorldSession[];
  contacts: WorldContact[];
  deals: WorldDeal[];
  /** The responsible sync's progress: deals up to `cursor` are done; running totals. */
  sync?: { cursor: number; deals: number; changed: number };
}

export type RoutingEvent =
  | { type: 'dialog.started'; sessionId: number }
  | { type: 'check.due'; sessionId: number; operatorId: number }
  | { type: 'job.due'; jobId: string }
  /** A managed dialog was transferred (imopenlines `OnOperatorTransfer`); the world is read after the move. */
  | { type: 'dialog.transferred'; sessionId: number }
  /**
   * The portal's queue is about to move a dialog on by itself (imopenlines `OnBeforeSessionTransfer`);
   * `portalPick`: the operator its evenly queue chose and already stamped (absent or 0: none).
   */
  | { type: 'queue.redistributing'; sessionId: number; portalPick?: number }
  /** One run of the responsible sync: `world.deals` holds the next deals after `world.sync.cursor`. */
  | { type: 'sync.batch' }
  /** A deal's responsible changed (a business process or robot reports it); its contacts may follow. */
  | { type: 'deal.responsibleChanged'; dealId: number }
  /** A business process asks who the line's queue would give a new dialog to now. */
  | { type: 'operator.pick'; lineId: number }
  /** A business process asks whether a person is available now, and who their supervisor is. */
  | { type: 'operator.check'; userId: number }
  /**
   * A business process makes `userId` responsible for a deal (and, with `contacts`, for the deal's
   * contacts whose latest deal it is). `whenAway`: assign anyway, give it to the person's supervisor, or
   * leave the deal as it is. With `notify`, the new and the previous responsible get `text`
   * (placeholders {deal}, {responsible}, {previous}).
   */
  | { type: 'responsible.set'; dealId: number; userId: number; contacts: boolean; whenAway: WhenAway; notify: boolean; text: string }
  /**
   * A business process adds `userId` to the deal's open dialogs (`world.sessions` holds them); with
   * `stay`, they are added again after a transfer removes them.
   */
  | { type: 'dialog.join'; dealId: number; userId: number; stay: boolean }
  /** Point `step` of the line's answer watch (`lines[].kpi`, `escalation`) is due for the dialog given to `operatorId`. */
  | { type: 'answer.due'; sessionId: number; operatorId: number; step: number };

/** What `responsible.set` does when the person is not available. */
export type WhenAway = 'assign' | 'supervisor' | 'skip';

/** Why something was chosen, excluded or decided. Stable codes shared with the PHP core. */
export type ReasonCode =
  // candidates
  | 'UNKNOWN_USER'
  | 'INACTIVE'
  | 'VACATION'
  | 'NONWORKING'
  | 'OFFLINE'
  | 'SELF'
  | 'LONGEST_IDLE'
  | 'MORE_RECENTLY_ASSIGNED'
  | 'QUEUE_ORDER'
  | 'LATER_IN_ORDER'
  | 'ALREADY_OFFERED'
  | 'OFFERED_TO_ALL'
  | 'CONTACT_RESPONSIBLE'
  | 'SUPERVISOR_OVERRIDE'
  | 'DEPARTMENT_HEAD'
  | 'RULE_TARGET'
  // decisions
  | 'FIRST_CONTACT'
  | 'REPEAT_CONTACT'
  | 'DEAL_REUSED'
  | 'DEAL_CREATED'
  | 'LINE_NOT_MANAGED'
  | 'SESSION_UNKNOWN'
  | 'SESSION_CLOSED'
  | 'OPERATOR_CHANGED'
  | 'NO_AVAILABLE_OPERATOR'
  | 'NO_SUPERVISOR'
  | 'TARGET_UNAVAILABLE'
  | 'KEEP_BLOCKED'
  | 'RULE_MATCHED'
  | 'FALLBACK'
  | 'NO_CHECK'
  | 'UNKNOWN_JOB'
  | 'NO_HEAD_OF_SALES'
  | 'ALREADY_IN_CHAT'
  | 'REJOINED'
  | 'NOTHING_KEPT'
  | 'REDISTRIBUTED'
  | 'NO_SYNC'
  | 'CONTACT_ALIGNED'
  | 'ALREADY_ALIGNED'
  | 'CONTACT_UNKNOWN'
  | 'LATER_DEAL'
  | 'DEAL_UNKNOWN'
  | 'AVAILABLE'
  | 'SYNC_DONE'
  | 'RESPONSIBLE_SET'
  | 'ALREADY_RESPONSIBLE'
  | 'ASSIGNED_WHILE_AWAY'
  | 'NO_OPEN_DIALOG'
  | 'JOINED'
  | 'LINE_FULL'
  | 'ALL_LINES_FULL'
  | 'PINNED'
  | 'LINE_CLOSED'
  | 'LINE_BREAK'
  | 'ON_DUTY'
  | 'OUTSIDE_HOURS'
  | 'LEAST_LOADED'
  | 'MORE_LOADED'
  | 'LAST_MANAGER'
  | 'ANSWERED'
  | 'NO_WATCH'
  | 'ANSWER_LATE'
  | 'ESCALATED'
  | 'NO_SKILL'
  | 'WEIGHTED_TURN'
  | 'AHEAD_OF_SHARE'
  | 'VIP_CLIENT'
  | 'VIP_TARGET'
  | 'VIP_WAITING'
  | 'CLIENT_OFFICE'
  | 'OTHER_OFFICE';

export type TransferTarget = { type: 'user'; userId: number } | { type: 'queue'; lineId: number };

export type Decision =
  | {
      kind: 'route';
      companyId: string;
      firstContact: boolean;
      contact: { mode: 'existing'; id: number } | { mode: 'create' };
      deal: { mode: 'existing'; id: number } | { mode: 'create'; categoryId: number };
      /** The chosen operator, or the line's queue when nobody is available (or the line offers to all). */
      owner: TransferTarget;
    }
  | { kind: 'keep'; operatorId: number }
  | { kind: 'transfer'; to: TransferTarget }
  | { kind: 'job'; added: number }
  /** Kept users added back to a chat after a transfer removed them. */
  | { kind: 'rejoin'; added: number }
  /** The module's pick replaces the portal's own when its queue moves a dialog on. */
  | { kind: 'steer'; to: TransferTarget }
  /** One batch of the responsible sync. */
  | { kind: 'sync'; deals: number; changed: number; done: boolean }
  /** Whether a person is available now (as the queue counts it), why not, and their supervisor. */
  | { kind: 'availability'; userId: number; available: boolean; reason: ReasonCode | null; supervisor: number | null }
  /** The operator the line's queue gives a new dialog to now (or the queue itself). */
  | { kind: 'pick'; lineId: number; owner: TransferTarget }
  /** The contacts that follow a deal whose responsible changed. */
  | { kind: 'follow'; dealId: number; changed: number }
  /** The deal's new responsible (the asked person or their supervisor), and how many records changed. */
  | { kind: 'assign'; dealId: number; userId: number; changed: number }
  /** A person added to the deal's open dialogs. */
  | { kind: 'join'; dealId: number; userId: number; added: number }
  /** An answer-time threshold passed: people told. */
  | { kind: 'kpi'; sessionId: number; notified: number }
  | { kind: 'ignore'; reason: ReasonCode };

/** What the portal gateway must do, in order. `new-contact`/`new-deal` refer to entities created earlier in the list. */
export type Effect =
  | { type: 'contact.create'; companyId: string; clientId: string; responsibleId: number | null }
  | { type: 'deal.create'; categoryId: number; contactId: number | 'new-contact'; responsibleId: number | null; title: string }
  | { type: 'contact.setResponsible'; contactId: number; userId: number }
  | { type: 'deal.setResponsible'; dealId: number; userId: number }
  | { type: 'session.bindDeal'; sessionId: number; dealId: number | 'new-deal' }
  | { type: 'session.assign'; sessionId: number; userId: number }
  | { type: 'session.toQueue'; sessionId: number; lineId: number }
  /** The evenly queue's turn: the operator was just given a dialog of the line (`LAST_ACTIVITY_DATE`). */
  | { type: 'queue.stamp'; lineId: number; userId: number }
  /**
   * The portal's evenly queue stamped its own pick for this dialog before the module saw it; the module
   * gave the dialog to someone else, so the pick goes back to the head of the turn: just before `before`,
   * the earliest stamp of the others.
   */
  | { type: 'queue.turnBack'; lineId: number; userId: number; before: Instant }
  /**
   * Ask the portal's queue to look at a waiting dialog at its next run (a VIP's, `lines[].vip`), when an
   * operator was kept free for it.
   */
  | { type: 'queue.wake'; sessionId: number }
  | { type: 'chat.comment'; chatId: number; text: string }
  /** A message the client gets, in the channel they wrote to (`lines[].offHours.reply`). */
  | { type: 'chat.reply'; chatId: number; text: string }
  | { type: 'chat.addUser'; chatId: number; userId: number }
  /** Record that `userId` stays in the session's chat until it closes (`jobs[].stay`). */
  | { type: 'session.keepUser'; sessionId: number; userId: number }
  | { type: 'notify'; userId: number; text: string }
  | { type: 'check.schedule'; sessionId: number; operatorId: number; at: Instant }
  /** Run point `step` of the line's answer watch for the dialog at `at`. */
  | { type: 'answer.watch'; sessionId: number; operatorId: number; step: number; at: Instant }
  /** The responsible sync's new progress (running totals); `done` ends it. */
  | { type: 'sync.progress'; cursor: number; deals: number; changed: number; done: boolean }
  | { type: 'log'; code: ReasonCode; message: string };

export interface CandidateTrace {
  userId: number;
  /** Why this person was looked at. */
  as: 'queue' | 'responsible' | 'operator' | 'supervisor' | 'target' | 'duty' | 'last-manager' | 'vip-target';
  verdict: 'chosen' | 'excluded' | 'passed-over';
  reasons: ReasonCode[];
}

export interface RuleTrace {
  ruleId: string;
  name: string;
  matched: boolean;
  /** For a rule that did not match: the first condition kind that failed, e.g. `vacation`. */
  failed: string | null;
}

export interface Trace {
  /** The spec element that decided: a rule id, `fallback`, `assignment.firstContact`, `jobs.<id>`, … */
  decidedBy: string;
  reasons: ReasonCode[];
  candidates: CandidateTrace[];
  rules: RuleTrace[];
}

export interface DecideResult {
  decision: Decision;
  effects: Effect[];
  trace: Trace;
}
