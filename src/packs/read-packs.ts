import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { Pack } from './pack.schema.js';
import { checkReferences } from './check-references.js';

/** One problem in one pack: which file, where in it, and why. */
export interface PackProblem {
  file: string;
  path: string;
  message: string;
}

export interface LoadedPack {
  file: string;
  pack: Pack;
}

export type ReadPacksResult =
  { ok: true; packs: LoadedPack[] } | { ok: false; problems: PackProblem[] };

const PACK_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Lists pack files under a file or folder path, in name order so loading is repeatable. */
export async function listPackFiles(target: string): Promise<string[]> {
  const info = await stat(target);
  if (info.isFile()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && PACK_EXTENSIONS.has(path.extname(e.name)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads and validates every pack under `target`; all problems are collected, nothing is partial. */
export async function readPacks(target: string): Promise<ReadPacksResult> {
  let files: string[];
  try {
    files = await listPackFiles(target);
  } catch {
    return { ok: false, problems: [{ file: target, path: '', message: 'no such file or folder' }] };
  }
  if (files.length === 0) {
    return {
      ok: false,
      problems: [{ file: target, path: '', message: 'no .yaml, .yml or .json pack found' }],
    };
  }
  const problems: PackProblem[] = [];
  const packs: LoadedPack[] = [];
  for (const file of files) {
    const parsed = parseFile(file, await readFile(file, 'utf8'));
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const result = Pack.safeParse(parsed.value);
    if (result.success) packs.push({ file, pack: result.data });
    else problems.push(...result.error.issues.map((issue) => toProblem(file, issue)));
  }
  if (problems.length === 0) problems.push(...checkReferences(packs));
  return problems.length === 0 ? { ok: true, packs } : { ok: false, problems };
}

function parseFile(file: string, text: string): { value: unknown } | { problem: PackProblem } {
  try {
    return { value: file.endsWith('.json') ? JSON.parse(text) : parseYaml(text) };
  } catch (error) {
    const message =
      error instanceof YAMLParseError || error instanceof SyntaxError
        ? error.message.split('\n')[0]!
        : 'cannot be parsed';
    return { problem: { file, path: '', message } };
  }
}

function toProblem(file: string, issue: z.core.$ZodIssue): PackProblem {
  return { file, path: formatPath(issue.path), message: issue.message };
}

export function formatPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function formatProblem(p: PackProblem): string {
  return `${p.file}${p.path ? `: ${p.path}` : ''}: ${p.message}`;
}
