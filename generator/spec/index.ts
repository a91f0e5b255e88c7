/**
 * The authoring entry point of b24route: `import { defineRouting } from 'b24route'`.
 */
import type { RoutingSpecInput } from './types.ts';

export type * from './types.ts';

/**
 * Declares a routing specification. It returns its argument unchanged; it exists so that an editor
 * checks the spec against {@link RoutingSpecInput} and offers completion and hover help.
 *
 * @example
 * export default defineRouting({
 *   module: { id: 'acme.router', name: 'Router', partner: { name: 'Acme', url: 'https://acme.example' } },
 *   timeZone: 'Europe/Moscow',
 *   companies: [{ id: 'north', name: 'North', lines: [{ id: 3 }], pipeline: { categoryId: 2 } }],
 * });
 */
export function defineRouting<const T extends RoutingSpecInput>(spec: T): T {
  return spec;
}
