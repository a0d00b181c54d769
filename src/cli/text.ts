/** `senim text …`: the Kazakh text engine over stdin (see packages/kazakh). */
export async function textCommand(args: string[]): Promise<number> {
  // Loaded on demand: the engine and its lexicon are not needed to serve the registry.
  const { runTextCommand } = await import('./text-command.js');
  const chunks: Buffer[] = [];
  if (!args.includes('--help'))
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return runTextCommand(
    args,
    Buffer.concat(chunks),
    (s: string) => process.stdout.write(s),
    (s: string) => process.stderr.write(s),
  );
}
