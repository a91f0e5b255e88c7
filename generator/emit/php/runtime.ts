/**
 * The module's runtime around the decision core: the portal gateway (the only code naming Bitrix),
 * the world builder, the router, the agents and the event handlers. Pure: IR in, files out.
 */
import type { RoutingIR } from '../../ir/types.ts';
import type { FileOutput } from '../../write/index.ts';
import type { Render } from '../handlebars.ts';
import type { HandlerRegistration } from './module.ts';
import { moduleNames } from './names.ts';
import { phpString } from './values.ts';

/** Runtime files: output path → template. */
const FILES: readonly (readonly [string, string])[] = [
  ['lib/gateway/portal.php', 'module/lib/gateway/portal.php.hbs'],
  ['lib/gateway/effects.php', 'module/lib/gateway/effects.php.hbs'],
  ['lib/gateway/agents.php', 'module/lib/gateway/agents.php.hbs'],
  ['lib/gateway/moduletable.php', 'module/lib/gateway/moduletable.php.hbs'],
  ['lib/gateway/clienttable.php', 'module/lib/gateway/clienttable.php.hbs'],
  ['lib/gateway/kepttable.php', 'module/lib/gateway/kepttable.php.hbs'],
  ['lib/gateway/missingmodule.php', 'module/lib/gateway/missingmodule.php.hbs'],
  ['lib/gateway/settings.php', 'module/lib/gateway/eventlog.php.hbs'],
  ['lib/gateway/queueanswer.php', 'module/lib/gateway/queueanswer.php.hbs'],
  ['lib/gateway/queueload.php', 'module/lib/gateway/queueload.php.hbs'],
  ['lib/gateway/dealcontacts.php', 'module/lib/gateway/dealcontacts.php.hbs'],
  ['lib/world/builder.php', 'module/lib/world/builder.php.hbs'],
  ['lib/world/worldreader.php', 'module/lib/world/reader.php.hbs'],
  ['lib/world/clientreader.php', 'module/lib/world/clientreader.php.hbs'],
  ['lib/timing/nextrun.php', 'module/lib/timing/nextrun.php.hbs'],
  ['lib/router.php', 'module/lib/router.php.hbs'],
  ['lib/agent/retry.php', 'module/lib/agent/retry.php.hbs'],
  ['lib/agent/fault.php', 'module/lib/agent/fault.php.hbs'],
  ['lib/agent/checkagent.php', 'module/lib/agent/checkagent.php.hbs'],
  ['lib/agent/answeragent.php', 'module/lib/agent/answeragent.php.hbs'],
  ['lib/agent/routeagent.php', 'module/lib/agent/routeagent.php.hbs'],
  ['lib/agent/rejoinagent.php', 'module/lib/agent/rejoinagent.php.hbs'],
  ['lib/agent/syncagent.php', 'module/lib/agent/syncagent.php.hbs'],
  ['lib/agent/jobagent.php', 'module/lib/agent/jobagent.php.hbs'],
  ['lib/handler/openlines.php', 'module/lib/handler/openlines.php.hbs'],
];

/** The event handlers the install class registers. */
export function handlers(ir: RoutingIR): HandlerRegistration[] {
  const ns = moduleNames(ir).namespace;
  const cls = `\\${ns}\\Handler\\OpenLines`;
  return [
    { fromModule: 'imopenlines', event: 'OnSessionStart', class: cls, method: 'onSessionStart' },
    { fromModule: 'imopenlines', event: 'OnOperatorTransfer', class: cls, method: 'onOperatorTransfer' },
    { fromModule: 'imopenlines', event: 'OnBeforeSessionTransfer', class: cls, method: 'onBeforeSessionTransfer' },
  ];
}

export function emitRuntime(ir: RoutingIR, render: Render, banner: string): FileOutput[] {
  const names = moduleNames(ir);
  const view = {
    banner,
    namespace: names.namespace,
    namespaceEscaped: names.namespace.replace(/\\/g, '\\\\'),
    moduleIdPhp: phpString(names.moduleId),
    clientTablePhp: phpString(`b_${names.installClass}_client`),
    keptTablePhp: phpString(`b_${names.installClass}_kept`),
    auditPrefixPhp: phpString(names.langPrefix),
    delayMinutes: ir.availabilityCheck?.delayMinutes ?? 0,
  };
  return FILES.map(([path, template]) => ({ path, content: render(template, view) }));
}
