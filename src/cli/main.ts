import { ConfigError } from '../platform/config.js';
import { StartError } from '../app.js';
import { adminCommand } from './admin-command.js';
import { dataCommand } from './data-command.js';
import { dbCommand } from './db-command.js';
import { exportCommand } from './export-command.js';
import { libraryCommand } from './library-command.js';
import { serveCommand } from './serve-command.js';
import { textCommand } from './text.js';
import { UsageError } from './usage-error.js';

const HELP = `Usage: senim <command> [options]

Commands:
  serve                     start Senim (database, reference data, API, web app)
  db migrate                apply database migrations
  data validate|load PATH   check or load reference data packs
  export --format json|csv  write the registry
  admin create              create a Secretariat administrator (the first account)
  text <operation>          the Kazakh text engine on stdin (normalize, sentences, tokens,
                            lemmas, translit, dates, entities)
  library import|search|reanalyse
                            file a folder of documents, search the library, re-run the analysis

Run 'senim <command> --help' for a command's options.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  serve: serveCommand,
  db: dbCommand,
  data: dataCommand,
  export: exportCommand,
  admin: adminCommand,
  text: textCommand,
  library: libraryCommand,
};

/** Runs one command; every expected failure becomes a one-line reason and exit code 2. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`senim: unknown command '${name}'; run 'senim --help'`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
      console.error(`senim ${name}: ${(error as Error).message}`);
      return 2;
    }
    if (error instanceof StartError) {
      console.error(`senim ${name}: ${error.message}`);
      return 2;
    }
    console.error(`senim ${name}: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
