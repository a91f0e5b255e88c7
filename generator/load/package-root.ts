/** The b24route package root, found from this module's location (works from sources and from the bundle). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'b24route') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`b24route: cannot find the package root above ${from}`);
    dir = parent;
  }
}
