import {
  dates,
  entities,
  lemmas,
  normalize,
  sentences,
  toCyrillic,
  toLatin,
  tokens,
  type LatinAlphabet,
} from '@senim/kazakh';

/**
 * `senim text <subcommand>`: the Kazakh text engine over stdin. The whole input is one document.
 * `normalize` and `translit` write text line for line; the others write JSON Lines with `line`
 * (1-based), `start`/`end` (JavaScript string offsets into the input) and `text` (original surface).
 */

const SUBCOMMANDS = [
  'normalize',
  'sentences',
  'tokens',
  'lemmas',
  'translit',
  'dates',
  'entities',
] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

const USAGE = `Usage: senim text <subcommand> [options] < input.txt

Subcommands (UTF-8 text on stdin; the whole input is one document):
  normalize [--explain]     repair damaged text, line for line; --explain writes the changes as JSON Lines
  sentences                 JSON Lines: line, start, end, text
  tokens                    JSON Lines: line, start, end, text, kind
  lemmas                    JSON Lines: line, start, end, text, lemma, pos, features, normalized
  translit --to latin|cyrillic [--from auto|2021|2018|2017]
                            Cyrillic <-> 2021 Latin, line for line (--from picks the Latin alphabet read)
  dates                     JSON Lines: line, start, end, text, value (ISO 8601), precision
  entities                  JSON Lines: line, start, end, text, id, type

Offsets are JavaScript string indices into the input. Exit codes: 0 ok, 2 bad usage or input.
`;

interface Options {
  readonly subcommand: Subcommand;
  readonly explain: boolean;
  readonly to?: 'latin' | 'cyrillic';
  readonly from: LatinAlphabet;
}

type Parsed =
  | { readonly ok: true; readonly options: Options }
  | { readonly ok: false; readonly help: boolean; readonly reason?: string };

function parseArgs(args: readonly string[]): Parsed {
  if (args.includes('--help') || args.includes('-h')) return { ok: false, help: true };
  let subcommand: Subcommand | undefined;
  let explain = false;
  let to: 'latin' | 'cyrillic' | undefined;
  let from: LatinAlphabet = 'auto';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--explain' && inline === undefined) explain = true;
    else if (flag === '--to') {
      const v = value();
      if (v !== 'latin' && v !== 'cyrillic')
        return {
          ok: false,
          help: false,
          reason: `--to must be latin or cyrillic, got ${JSON.stringify(v ?? '')}`,
        };
      to = v;
    } else if (flag === '--from') {
      const v = value();
      if (v !== 'auto' && v !== '2021' && v !== '2018' && v !== '2017')
        return {
          ok: false,
          help: false,
          reason: `--from must be auto, 2021, 2018 or 2017, got ${JSON.stringify(v ?? '')}`,
        };
      from = v;
    } else if (arg.startsWith('-'))
      return { ok: false, help: false, reason: `unknown option ${arg}` };
    else if (subcommand === undefined) {
      if (!(SUBCOMMANDS as readonly string[]).includes(arg))
        return {
          ok: false,
          help: false,
          reason: `unknown subcommand ${JSON.stringify(arg)} (expected one of ${SUBCOMMANDS.join(', ')})`,
        };
      subcommand = arg as Subcommand;
    } else return { ok: false, help: false, reason: `unexpected argument ${JSON.stringify(arg)}` };
  }
  if (subcommand === undefined)
    return {
      ok: false,
      help: false,
      reason: `missing subcommand (one of ${SUBCOMMANDS.join(', ')}); see --help`,
    };
  if (explain && subcommand !== 'normalize')
    return { ok: false, help: false, reason: '--explain applies to normalize only' };
  if (to !== undefined && subcommand !== 'translit')
    return { ok: false, help: false, reason: '--to applies to translit only' };
  if (from !== 'auto' && subcommand !== 'translit')
    return { ok: false, help: false, reason: '--from applies to translit only' };
  if (subcommand === 'translit' && to === undefined)
    return { ok: false, help: false, reason: 'translit needs --to latin or --to cyrillic' };
  return { ok: true, options: { subcommand, explain, from, ...(to ? { to } : {}) } };
}

/** Decodes stdin, refusing binary-looking or invalid UTF-8 input with a one-line reason. */
function decodeInput(input: Buffer): { ok: true; text: string } | { ok: false; reason: string } {
  const nul = input.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `input looks binary (NUL byte at offset ${nul})` };
  let text: string;
  try {
    // Keep a byte-order mark so offsets match the input as read with Buffer.toString('utf8').
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
  } catch {
    return { ok: false, reason: 'input is not valid UTF-8' };
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  if (control > 0 && control * 20 > text.length)
    return { ok: false, reason: `input looks binary (${control} control characters)` };
  return { ok: true, text };
}

/** Maps offsets to 1-based line numbers. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Buffers writes so a large document is not written one record at a time. */
function bufferedWriter(out: (s: string) => void): { write(s: string): void; flush(): void } {
  let buffer = '';
  return {
    write(s) {
      buffer += s;
      if (buffer.length >= 1 << 16) {
        out(buffer);
        buffer = '';
      }
    },
    flush() {
      if (buffer.length > 0) out(buffer);
      buffer = '';
    },
  };
}

/**
 * Runs `senim text` with the given arguments (after `text`) over stdin bytes.
 * Returns the exit code: 0 on success, 2 for bad usage or input (with a one-line reason on `err`).
 */
export async function runTextCommand(
  args: string[],
  input: Buffer,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed.ok) {
    if (parsed.help) {
      out(USAGE);
      return 0;
    }
    err(`senim text: ${parsed.reason}\n`);
    return 2;
  }
  const decoded = decodeInput(input);
  if (!decoded.ok) {
    err(`senim text: ${decoded.reason}\n`);
    return 2;
  }
  const text = decoded.text;
  const { subcommand } = parsed.options;
  const line = lineIndex(text);
  const writer = bufferedWriter(out);
  const record = (
    r: { start: number; end: number; text: string } & Record<string, unknown>,
  ): void => {
    const { start, end, text: surface, ...rest } = r;
    writer.write(`${JSON.stringify({ line: line(start), start, end, text: surface, ...rest })}\n`);
  };
  switch (subcommand) {
    case 'normalize': {
      const result = normalize(text);
      if (parsed.options.explain) {
        for (const c of result.changes)
          writer.write(
            `${JSON.stringify({ line: line(c.start), start: c.start, end: c.end, before: c.before, after: c.after, reason: c.reason })}\n`,
          );
      } else writer.write(result.text);
      break;
    }
    case 'translit':
      writer.write(
        parsed.options.to === 'latin'
          ? toLatin(text)
          : toCyrillic(text, { from: parsed.options.from }),
      );
      break;
    case 'sentences':
      for (const s of sentences(text)) record({ start: s.start, end: s.end, text: s.text });
      break;
    case 'tokens':
      for (const t of tokens(text))
        record({ start: t.start, end: t.end, text: t.text, kind: t.kind });
      break;
    case 'lemmas':
      for (const t of lemmas(text))
        record({
          start: t.start,
          end: t.end,
          text: t.text,
          lemma: t.lemma,
          pos: t.pos,
          features: t.features,
          normalized: t.normalized,
        });
      break;
    case 'dates':
      for (const d of dates(text))
        record({
          start: d.start,
          end: d.end,
          text: d.text,
          value: d.value,
          precision: d.precision,
        });
      break;
    case 'entities':
      for (const e of entities(text))
        record({ start: e.start, end: e.end, text: e.text, id: e.id, type: e.type });
      break;
  }
  writer.flush();
  return 0;
}
