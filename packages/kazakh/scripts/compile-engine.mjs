// The builds of generated data (lexicon, frequencies) run the engine's own analyser over their
// input. They compile the package's TypeScript sources to a temporary folder with the
// repository's TypeScript (so run them from a checkout with node_modules installed) and import
// the modules from there; the caller removes the folder when done.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Compiles `entries` (paths under src/, e.g. 'morph/index.ts') and what they import into a new
 * temporary folder, laid out as under src/, and returns the folder.
 */
export function compileEngine(prefix, entries) {
  const out = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(
    process.execPath,
    [
      here('../../../node_modules/typescript/bin/tsc'),
      '--outDir',
      out,
      '--rootDir',
      here('../src'),
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2023',
      '--skipLibCheck',
      ...entries.map((e) => here(`../src/${e}`)),
    ],
    { stdio: 'inherit' },
  );
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return out;
}
