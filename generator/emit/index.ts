/**
 * emit: IR → every file of a build, as data. The module folder `<module id>/…` and its upload archive.
 */
import type { RoutingIR } from '../ir/types.ts';
import type { FileOutput } from '../write/index.ts';
import { tarGz } from './archive.ts';
import { createRenderer, type TemplateSources } from './handlebars.ts';
import { phpBanner } from './php/banner.ts';
import { emitTemplates } from './bpt.ts';
import { emitActivities } from './php/activities.ts';
import { emitCore } from './php/core.ts';
import { emitModuleShell } from './php/module.ts';
import { emitRuntime, handlers } from './php/runtime.ts';

export interface EmitOptions {
  templates: TemplateSources;
  /** The spec path as given on the command line, for banners. */
  specPath: string;
}

export function emitBuild(ir: RoutingIR, options: EmitOptions): FileOutput[] {
  const render = createRenderer(options.templates);
  const banner = { specPath: options.specPath, hash: ir.hash };
  const versionDate = `${ir.module.releaseDate} 00:00:00`;
  const moduleFiles: FileOutput[] = [
    ...emitModuleShell({ ir, banner, handlers: handlers(ir), versionDate }, render),
    ...emitRuntime(ir, render, phpBanner(banner)),
    ...emitCore(ir, render, { banner: phpBanner(banner) }),
    ...emitActivities(ir, render, phpBanner(banner)),
    ...emitTemplates(ir),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const prefixed = moduleFiles.map((f) => ({ path: `${ir.module.id}/${f.path}`, content: f.content }));
  const mtime = Date.parse(`${ir.module.releaseDate}T00:00:00Z`) / 1000;
  return [...prefixed, { path: `${ir.module.id}.tar.gz`, content: tarGz(prefixed, mtime) }];
}
