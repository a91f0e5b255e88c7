/**
 * The module's own interface texts, in every language it ships. Keys get the module prefix in lang files.
 */
export type Language = 'ru' | 'en';

export const MESSAGES = {
  INSTALL_TITLE: { ru: 'Установка модуля', en: 'Module installation' },
  UNINSTALL_TITLE: { ru: 'Удаление модуля', en: 'Module removal' },
  TAB_SCHEDULES: { ru: 'Расписания', en: 'Schedules' },
  TAB_SCHEDULES_TITLE: { ru: 'Рабочее время отделов и сотрудников', en: 'Working time of departments and people' },
  TAB_PARAMETERS: { ru: 'Параметры', en: 'Parameters' },
  TAB_PARAMETERS_TITLE: { ru: 'Параметры модуля', en: 'Module parameters' },
  COL_WHO: { ru: 'Отдел или сотрудник', en: 'Department or person' },
  COL_SCHEDULE: { ru: 'Расписание', en: 'Schedule' },
  COL_ZONE: { ru: 'Часовой пояс', en: 'Time zone' },
  COL_HOURS: { ru: 'Рабочие часы', en: 'Working hours' },
  COL_BREAKS: { ru: 'Перерывы', en: 'Breaks' },
  COL_HOLIDAYS: { ru: 'Праздники', en: 'Holidays' },
  COL_EXTRA_DAYS: { ru: 'Рабочие дни вне графика', en: 'Extra working days' },
  SCHEDULES_NOTE: {
    ru: 'Расписания заданы в спецификации маршрутизации (routing.ts). Чтобы изменить их, измените спецификацию и пересоберите модуль.',
    en: 'Schedules are defined in the routing specification (routing.ts). To change them, edit the specification and rebuild the module.',
  },
  NO_SCHEDULES: { ru: 'Расписания не заданы.', en: 'No schedules are defined.' },
  SYNC_HEADING: { ru: 'Ответственные за контакты по сделкам', en: 'Contact responsibles from deals' },
  SYNC_IDLE: {
    ru: 'Не запущено или завершено. Последний проход: сделок — #DEALS#, изменено контактов — #CHANGED#, не удалось — #FAILED#.',
    en: 'Not running. Last pass: #DEALS# deals, #CHANGED# contacts changed, #FAILED# failed.',
  },
  SYNC_RUNNING: {
    ru: 'Идёт: сделок — #DEALS# (до сделки #CURSOR#), изменено контактов — #CHANGED#, не удалось — #FAILED#.',
    en: 'Running: #DEALS# deals (up to deal #CURSOR#), #CHANGED# contacts changed, #FAILED# failed.',
  },
  SYNC_START: { ru: 'Выровнять все сделки', en: 'Align all deals' },
  TZDATA: {
    ru: 'База часовых поясов PHP на этом сервере: версия #VERSION#. Правила поясов меняются; модуль считает время по этой базе, поэтому держите PHP обновлённым.',
    en: 'PHP time-zone database on this server: version #VERSION#. Zone rules change; the module reads time by this database, so keep PHP up to date.',
  },
  OPT_ENABLED: { ru: 'Маршрутизация включена', en: 'Routing is on' },
  OPT_DRY_RUN: { ru: 'Только журнал: решения записываются, но не применяются', en: 'Log only: decisions are logged but not applied' },
  OPT_LOG_DECISIONS: { ru: 'Записывать каждое решение в журнал событий', en: 'Write every decision to the event log' },
  SAVE: { ru: 'Сохранить', en: 'Save' },
  ACCESS_DENIED: { ru: 'Недостаточно прав для просмотра настроек модуля.', en: 'You are not allowed to view the module settings.' },
  SAVED: { ru: 'Параметры сохранены.', en: 'Parameters saved.' },
  ACT_PICK_NAME: { ru: 'Выбрать оператора линии', en: 'Pick the line’s operator' },
  ACT_PICK_DESCRIPTION: {
    ru: 'Кому очередь открытой линии отдала бы новый диалог сейчас — по правилам спецификации.',
    en: 'Who the open line’s queue would give a new dialog to now, by the specification’s rules.',
  },
  ACT_PICK_LINE: { ru: 'Открытая линия (ID)', en: 'Open line (ID)' },
  ACT_PICK_OPERATOR: { ru: 'Оператор', en: 'Operator' },
  ACT_PICK_OPERATOR_ID: { ru: 'ID оператора (0 — очередь)', en: 'Operator ID (0: the queue)' },
  ACT_PICK_REASON: { ru: 'Причина', en: 'Reason' },
  ACT_PICK_DONE: { ru: 'Линия #LINE#: оператор #OPERATOR# (#REASON#).', en: 'Line #LINE#: operator #OPERATOR# (#REASON#).' },
  ACT_PICK_NOT_MANAGED: { ru: 'Линия #LINE# не описана в спецификации модуля.', en: 'Line #LINE# is not in the module’s specification.' },
  ACT_CHECK_NAME: { ru: 'Проверить доступность сотрудника', en: 'Check an employee’s availability' },
  ACT_CHECK_DESCRIPTION: {
    ru: 'Доступен ли сотрудник сейчас (активен, не в отпуске, на работе, в сети) и кто его руководитель — по правилам спецификации.',
    en: 'Whether the employee is available now (active, not on vacation, at work, present) and who their supervisor is, by the specification’s rules.',
  },
  ACT_CHECK_USER: { ru: 'Сотрудник (ID)', en: 'Employee (ID)' },
  ACT_CHECK_AVAILABLE: { ru: 'Доступен', en: 'Available' },
  ACT_CHECK_REASON: { ru: 'Причина недоступности', en: 'Why not available' },
  ACT_CHECK_SUPERVISOR: { ru: 'Руководитель', en: 'Supervisor' },
  ACT_CHECK_SUPERVISOR_ID: { ru: 'ID руководителя (0 — нет)', en: 'Supervisor ID (0: none)' },
  ACT_CHECK_DONE: { ru: 'Сотрудник #USER#: #STATE#, руководитель #SUPERVISOR#.', en: 'Employee #USER#: #STATE#, supervisor #SUPERVISOR#.' },
  ACT_SYNC_NAME: { ru: 'Контакты — за ответственным сделки', en: 'Contacts follow the deal responsible' },
  ACT_SYNC_DESCRIPTION: {
    ru: 'Назначает контактам сделки её ответственного (если это их последняя сделка) и уведомляет тех, кого указывает спецификация.',
    en: 'Gives the deal’s contacts its responsible (when it is their latest deal) and tells the people the specification lists.',
  },
  ACT_SYNC_CHANGED: { ru: 'Изменено контактов', en: 'Contacts changed' },
  ACT_SYNC_DONE: { ru: 'Контактов получили ответственного сделки: #N#.', en: 'Contacts that got the deal’s responsible: #N#.' },
  ACT_SYNC_NOT_A_DEAL: { ru: 'Действие работает только в сделках.', en: 'The activity works on deals only.' },
  ACT_NO_MODULE: { ru: 'Модуль #MODULE# не установлен.', en: 'The module #MODULE# is not installed.' },
  ACT_FAILED: { ru: 'Сбой: #ERROR#', en: 'Failed: #ERROR#' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof MESSAGES;
