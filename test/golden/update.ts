/**
 * `npm run golden`: rebuilds `dist-php/<example>/` from every `examples/<example>/routing.ts`.
 */
import path from 'node:path';
import { build } from '../../generator/api/build.ts';
import { formatDiagnostics } from '../../generator/diagnostics/format.ts';
import { examples, ROOT } from './examples.ts';

let failed = false;
for (const ex of examples()) {
  const result = build(path.join(ROOT, ex.spec), { out: ex.golden, specLabel: ex.spec });
  if (!result.ok) {
    failed = true;
    console.error(formatDiagnostics(result.check.diagnostics, { sources: result.check.sources, cwd: ROOT }));
  } else {
    console.log(`${path.relative(ROOT, ex.golden)}: ${result.files.length} files`);
  }
}
process.exitCode = failed ? 1 : 0;
