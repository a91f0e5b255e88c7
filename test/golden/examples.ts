/** The examples and where their goldens live. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Example {
  name: string;
  /** Relative to the repository root, as banners show it. */
  spec: string;
  golden: string;
}

export function examples(): Example[] {
  return readdirSync(path.join(ROOT, 'examples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => ({ name, spec: `examples/${name}/routing.ts`, golden: path.join(ROOT, 'dist-php', name) }));
}
