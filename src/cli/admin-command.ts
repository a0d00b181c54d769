import { parseArgs } from 'node:util';
import { createAccount } from '../accounts/account.use-cases.js';
import { NewPassword } from '../accounts/account.schema.js';
import { startDatabase } from '../platform/db/start-database.js';
import { DATABASE_OPTIONS, databaseConfig } from './database-options.js';
import { UsageError } from './usage-error.js';

export const ADMIN_HELP = `Usage: senim admin create --email EMAIL --name NAME [--data-dir DIR] [--database-url URL]

Creates a Secretariat administrator, the first account of a real deployment; administrators
invite everyone else. The password is read from SENIM_ADMIN_PASSWORD or, failing that, from the
first line of stdin (at least 12 characters).`;

export async function adminCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...DATABASE_OPTIONS,
      email: { type: 'string' },
      name: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(ADMIN_HELP);
    return 0;
  }
  if (positionals[0] !== 'create' || positionals.length > 1)
    throw new UsageError(`expected 'senim admin create --email EMAIL --name NAME'`);
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email))
    throw new UsageError('--email: expected an e-mail address');
  if (!values.name?.trim()) throw new UsageError('--name: required');
  const password = process.env['SENIM_ADMIN_PASSWORD'] || (await firstLine());
  const checked = NewPassword.safeParse(password);
  if (!checked.success) throw new UsageError(`password: ${checked.error.issues[0]!.message}`);

  const database = await startDatabase(databaseConfig(values));
  try {
    const taken = await database.db
      .selectFrom('account')
      .select('id')
      .where('email', '=', values.email.toLowerCase())
      .executeTakeFirst();
    if (taken) throw new UsageError(`--email: an account with ${values.email} exists`);
    const account = await database.db.transaction().execute((trx) =>
      createAccount(trx, 'cli:admin-create', {
        email: values.email!,
        name: values.name!.trim(),
        role: 'admin',
        state: null,
        organization: null,
        password: checked.data,
      }),
    );
    console.log(`Created administrator ${account.email} (${account.id})`);
  } finally {
    await database.close();
  }
  return 0;
}

async function firstLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (Buffer.concat(chunks).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}
