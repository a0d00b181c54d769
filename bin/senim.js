#!/usr/bin/env node
// The senim command. Runs the compiled sources (npm install builds them; `npm run build` rebuilds).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error(
    'senim: not built yet; run `npm install` (or `npm run build`) in the repository first',
  );
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
