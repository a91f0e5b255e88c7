/**
 * Names of the generated module, derived once from the module id (`vendor.module`).
 */
import type { RoutingIR } from '../../ir/types.ts';

export interface ModuleNames {
  /** `rdn.router` */
  moduleId: string;
  /** The install class, the module id with the dot replaced: `rdn_router`. */
  installClass: string;
  /** The root namespace, without leading backslash: `Rdn\Router`. */
  namespace: string;
  /** Prefix for language message ids: `RDN_ROUTER_`. */
  langPrefix: string;
}

function pascal(part: string): string {
  return part.split(/[_-]/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}

export function moduleNames(ir: Pick<RoutingIR, 'module'>): ModuleNames {
  const [vendor = '', name = ''] = ir.module.id.split('.');
  return {
    moduleId: ir.module.id,
    installClass: ir.module.id.replace('.', '_'),
    namespace: `${pascal(vendor)}\\${pascal(name)}`,
    langPrefix: `${ir.module.id.replace('.', '_').toUpperCase()}_`,
  };
}
