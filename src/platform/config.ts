import path from 'node:path';
import { z } from 'zod';

/**
 * Everything Senim reads from the environment, validated once at start-up.
 * Every variable is documented in README.md; a bad value stops the start with a one-line reason.
 */
const Environment = z.object({
  SENIM_PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  SENIM_HOST: z.string().min(1).default('localhost'),
  SENIM_DATA_DIR: z.string().min(1).default('.senim'),
  SENIM_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  SENIM_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL')
    .optional(),
  SENIM_MAIL_FROM: z.string().min(3).default('Senim <no-reply@localhost>'),
  SENIM_PUBLIC_URL: z
    .url('expected the address users reach Senim at, e.g. https://senim.example.org')
    .optional(),
  SENIM_LIBRARY_MAX_MB: z.coerce.number().int().min(1).max(1024).default(20),
  SENIM_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Where the embedded PostgreSQL keeps its data when no database URL is given. */
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: z.infer<typeof Environment>['SENIM_LOG_LEVEL'];
  /** Where invitations and reminders are sent through; without it they wait in the outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** The address in links sent by mail; http://localhost:PORT when unset. */
  readonly publicUrl: string;
  /** The largest document the library takes. */
  readonly libraryMaxBytes: number;
}

export class ConfigError extends Error {}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<Config> = {},
): Config {
  // An empty variable (`SENIM_DATABASE_URL=`) means unset, as in most shells' habits.
  const set = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = Environment.safeParse(set);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.SENIM_PORT,
    host: e.SENIM_HOST,
    dataDir: path.resolve(e.SENIM_DATA_DIR),
    databaseUrl: e.SENIM_DATABASE_URL,
    logLevel: e.SENIM_LOG_LEVEL,
    smtpUrl: e.SENIM_SMTP_URL,
    mailFrom: e.SENIM_MAIL_FROM,
    libraryMaxBytes: e.SENIM_LIBRARY_MAX_MB * 1024 * 1024,
    publicUrl: (e.SENIM_PUBLIC_URL ?? `http://localhost:${e.SENIM_PORT}`).replace(/\/$/, ''),
    ...overrides,
  });
}
