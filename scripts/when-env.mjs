#!/usr/bin/env node
// Runs a command only when an environment variable is set: `when-env.mjs VAR cmd args…`.
// Used for the integration suite against an external PostgreSQL, which CI provides.
import { spawnSync } from 'node:child_process';

const [name, command, ...args] = process.argv.slice(2);
if (!name || !command) {
  console.error('usage: when-env.mjs VAR command [args…]');
  process.exit(2);
}
if (!process.env[name]) {
  console.log(`(${name} is not set: skipping '${[command, ...args].join(' ')}')`);
  process.exit(0);
}
const result = spawnSync(command, args, { stdio: 'inherit', shell: false, env: process.env });
process.exit(result.status ?? 1);
