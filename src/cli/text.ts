import { runTextCommand } from './text-command.js';

/** `senim text …`: the Kazakh text engine over stdin (see packages/kazakh). */
export async function textCommand(args: string[]): Promise<number> {
  const wantsInput = !args.includes('--help');
  const chunks: Buffer[] = [];
  if (wantsInput) for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return runTextCommand(
    args,
    Buffer.concat(chunks),
    (s: string) => process.stdout.write(s),
    (s: string) => process.stderr.write(s),
  );
}
