/**
 * The module shell: install class, version, include, default options, settings page, lang files, guides.
 * Pure: IR in, `{ path, content }[]` out (paths relative to the module folder).
 */
import type { RoutingIR } from '../../ir/types.ts';
import type { FileOutput } from '../../write/index.ts';
import type { Render } from '../handlebars.ts';
import { activityNames } from './activities.ts';
import { markdownBanner, phpBanner, type BannerInput } from './banner.ts';
import { MESSAGES, type Language, type MessageKey } from './messages.ts';
import { moduleNames, type ModuleNames } from './names.ts';
import { scheduleRow } from './schedule-text.ts';
import { phpString, phpValue } from './values.ts';

/** The module's switches: option name, label message, default. */
export const PARAMETERS = [
  { key: 'enabled', label: 'OPT_ENABLED', default: 'Y' },
  { key: 'dry_run', label: 'OPT_DRY_RUN', default: 'N' },
  { key: 'log_decisions', label: 'OPT_LOG_DECISIONS', default: 'Y' },
] as const satisfies readonly { key: string; label: MessageKey; default: 'Y' | 'N' }[];

/** A handler the install class registers: `[from module, event, class, method]`. */
export interface HandlerRegistration {
  fromModule: string;
  event: string;
  /** Fully qualified, with a leading backslash. */
  class: string;
  method: string;
}

export interface ModuleShellInput {
  ir: RoutingIR;
  banner: BannerInput;
  handlers: readonly HandlerRegistration[];
  /** `VERSION_DATE` of install/version.php, `YYYY-MM-DD HH:MM:SS`. */
  versionDate: string;
}

export function langKey(names: ModuleNames, key: string): string {
  return `${names.langPrefix}${key}`;
}

function messageLines(names: ModuleNames, lang: Language, keys: readonly MessageKey[], extra: Record<string, string> = {}) {
  const rows = Object.entries(extra).map(([k, text]) => ({ keyPhp: phpString(langKey(names, k)), textPhp: phpString(text) }));
  for (const k of keys) rows.push({ keyPhp: phpString(langKey(names, k)), textPhp: phpString(MESSAGES[k][lang]) });
  return rows;
}

function scheduleRows(ir: RoutingIR, names: ModuleNames, lang: Language): unknown[] {
  const rows: unknown[] = [];
  const add = (who: string, scheduleId: string | null): void => {
    const s = ir.schedules.find((x) => x.id === scheduleId);
    if (!s) return;
    const t = scheduleRow(s, lang);
    rows.push({
      who,
      fields: [
        [langKey(names, 'COL_SCHEDULE'), s.id],
        [langKey(names, 'COL_ZONE'), s.timeZone],
        [langKey(names, 'COL_HOURS'), t.hours],
        [langKey(names, 'COL_BREAKS'), t.breaks],
        [langKey(names, 'COL_HOLIDAYS'), t.holidays],
        [langKey(names, 'COL_EXTRA_DAYS'), t.extraDays],
      ],
    });
  };
  for (const d of ir.departments) add(`${d.name} (${lang === 'ru' ? 'отдел' : 'department'} ${d.id})`, d.schedule);
  for (const u of ir.users) add(`${u.name} (#${u.id})`, u.schedule);
  for (const c of ir.companies) for (const l of c.lines) add(`${l.name} (${lang === 'ru' ? 'линия' : 'line'} ${l.id})`, l.schedule);
  return rows;
}

const OPTION_KEYS: readonly MessageKey[] = [
  'ACCESS_DENIED', 'TAB_SCHEDULES', 'TAB_SCHEDULES_TITLE', 'TAB_PARAMETERS', 'TAB_PARAMETERS_TITLE', 'COL_SCHEDULE', 'COL_ZONE',
  'COL_HOURS', 'COL_BREAKS', 'COL_HOLIDAYS', 'COL_EXTRA_DAYS', 'SCHEDULES_NOTE', 'NO_SCHEDULES', 'TZDATA', 'SYNC_HEADING', 'SYNC_IDLE', 'SYNC_RUNNING', 'SYNC_START', 'OPT_ENABLED', 'OPT_DRY_RUN',
  'OPT_LOG_DECISIONS', 'SAVE',
];

export function emitModuleShell(input: ModuleShellInput, render: Render): FileOutput[] {
  const { ir } = input;
  const names = moduleNames(ir);
  const banner = phpBanner(input.banner);
  const k = (key: string): string => phpString(langKey(names, key));
  const files: FileOutput[] = [];
  const add = (path: string, template: string, view: object): void => {
    files.push({ path, content: render(template, view) });
  };
  const common = { banner, moduleId: names.moduleId, moduleIdPhp: phpString(names.moduleId), namespace: names.namespace };

  add('install/version.php', 'module/install/version.php.hbs', {
    banner, versionPhp: phpString(ir.module.version), versionDatePhp: phpString(input.versionDate),
  });
  add('include.php', 'module/include.php.hbs', common);
  add('default_option.php', 'module/default_option.php.hbs', {
    banner,
    defaultOptionVar: `${names.installClass}_default_option`,
    options: PARAMETERS.map((p) => ({ keyPhp: phpString(p.key), defaultPhp: phpString(p.default) })),
  });
  add('install/index.php', 'module/install/index.php.hbs', {
    ...common,
    installClass: names.installClass,
    activityFolders: activityNames(ir).map((a) => phpString(a.folder)),
    partnerUriPhp: phpString(ir.module.partner.url),
    lang: { name: k('MODULE_NAME'), description: k('MODULE_DESCRIPTION'), partner: k('PARTNER_NAME') },
    handlers: input.handlers.map((h) => ({
      fromModulePhp: phpString(h.fromModule), eventPhp: phpString(h.event), classPhp: phpString(h.class), methodPhp: phpString(h.method),
    })),
  });
  const schedules: Record<string, unknown[]> = {};
  for (const lang of ir.languages) schedules[lang] = scheduleRows(ir, names, lang);
  add('options.php', 'module/options.php.hbs', {
    ...common,
    lang: {
      accessDenied: k('ACCESS_DENIED'), tabSchedules: k('TAB_SCHEDULES'), tabSchedulesTitle: k('TAB_SCHEDULES_TITLE'),
      tabParameters: k('TAB_PARAMETERS'), tabParametersTitle: k('TAB_PARAMETERS_TITLE'), schedulesNote: k('SCHEDULES_NOTE'),
      noSchedules: k('NO_SCHEDULES'), save: k('SAVE'), tzdata: k('TZDATA'),
      syncHeading: k('SYNC_HEADING'), syncIdle: k('SYNC_IDLE'), syncRunning: k('SYNC_RUNNING'), syncStart: k('SYNC_START'),
    },
    sync: ir.responsibleSync !== null,
    syncAgentClass: `\\${names.namespace}\\Agent\\SyncAgent`,
    settingsClass: `\\${names.namespace}\\Gateway\\Settings`,
    parameters: PARAMETERS.map((p) => ({ keyPhp: phpString(p.key), labelPhp: k(p.label) })),
    schedulesPhp: phpValue(schedules),
    defaultLanguagePhp: phpString(ir.languages.includes('en') ? 'en' : ir.languages[0] ?? 'en'),
  });
  for (const lang of ir.languages) {
    add(`lang/${lang}/install/index.php`, 'module/lang/install.php.hbs', {
      banner,
      messages: messageLines(names, lang, ['INSTALL_TITLE', 'UNINSTALL_TITLE'], {
        MODULE_NAME: ir.module.name, MODULE_DESCRIPTION: ir.module.description, PARTNER_NAME: ir.module.partner.name,
      }),
    });
    add(`lang/${lang}/options.php`, 'module/lang/install.php.hbs', { banner, messages: messageLines(names, lang, OPTION_KEYS) });
  }
  const COUNT = {
    en: { answered: 'until answered', 'answered-new': 'until answered, and again when the client writes', closed: 'until closed' },
    ru: { answered: 'до ответа оператора', 'answered-new': 'до ответа оператора и снова при новом сообщении клиента', closed: 'до закрытия' },
  } as const;
  const lines = ir.companies.flatMap((c) => c.lines.map((l) => ({
    id: l.id, name: l.name, mode: l.mode,
    limitEn: l.maxDialogs > 0 ? `${l.maxDialogs}, counted ${COUNT.en[l.countUntil]}` : 'no limit (0)',
    limitRu: l.maxDialogs > 0 ? `${l.maxDialogs}, считать ${COUNT.ru[l.countUntil]}` : 'без ограничения (0)',
    offHours: l.offHours !== null,
    reply: l.offHours?.reply != null,
    watch: l.watch.length > 0,
    phones: (l.vip !== null && l.vip.phones.length > 0) || (l.geography?.offices.some((o) => o.prefixes.length > 0) ?? false),
    fields: [
      ...(l.vip !== null && l.vip.contactTypes.length > 0 ? ['TYPE_ID'] : []),
      ...(l.vip?.field ? [l.vip.field.name] : []),
      ...(l.geography?.regionField ? [l.geography.regionField] : []),
    ].filter((f, i, all) => all.indexOf(f) === i).join(', '),
    vip: l.vip !== null,
  })));
  const delay = ir.availabilityCheck?.delayMinutes ?? 0;
  const guide = {
    banner: markdownBanner(input.banner),
    moduleName: ir.module.name,
    moduleId: names.moduleId,
    version: ir.module.version,
    companyCount: ir.companies.length,
    lines,
    hoursLines: lines.filter((l) => l.offHours),
    replyLines: lines.filter((l) => l.reply),
    watchLines: lines.filter((l) => l.watch),
    phoneLines: lines.filter((l) => l.phones),
    fieldLines: lines.filter((l) => l.fields !== ''),
    vipLines: lines.filter((l) => l.vip),
    timeZone: ir.timeZone,
    hasCheck: ir.availabilityCheck !== null,
    delayText: `${delay} minute${delay === 1 ? '' : 's'}`,
    delayTextRu: `${delay} мин.`,
    hasJobs: ir.jobs.length > 0,
    jobsText: ir.jobs.length > 0 ? ir.jobs.map((j) => j.id).join(', ') : '—',
    sync: ir.responsibleSync,
    robotsSection: ir.responsibleSync !== null ? 7 : 6,
    companies: ir.companies.map((c) => ({ id: c.id, name: c.name })),
  };
  add('INSTALL.en.md', 'module/guide.en.md.hbs', guide);
  add('INSTALL.ru.md', 'module/guide.ru.md.hbs', guide);
  return files;
}
