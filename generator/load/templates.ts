/** Reads every `templates/**\/*.hbs` file of the package into memory for the (pure) emitters. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TemplateSources } from '../emit/handlebars.ts';
import { packageRoot } from './package-root.ts';

export function loadTemplates(dir = path.join(packageRoot(), 'templates')): TemplateSources {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.hbs')) out[path.relative(dir, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}
