import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, readPacks } from './read-packs.js';

const DATA = path.resolve(import.meta.dirname, '../../data');

async function packDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'senim-pack-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const kaz = `
pack: one
states:
  - id: KAZ
    numeric: "398"
    name: { kk: Қазақстан, ru: Казахстан, en: Kazakhstan }
    source: ISO 3166-1
`;

describe('readPacks', () => {
  it('accepts the packs shipped in data/', async () => {
    const result = await readPacks(DATA);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.packs.length).toBeGreaterThan(0);
  });

  it('reads a valid pack', async () => {
    const result = await readPacks(await packDir({ 'one.yaml': kaz }));
    expect(result.ok && result.packs[0]?.pack.states[0]?.name.en).toBe('Kazakhstan');
  });

  it('names file, path and reason for a schema error', async () => {
    const dir = await packDir({ 'bad.yaml': kaz.replace('id: KAZ', 'id: kz') });
    const result = await readPacks(dir);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toBe(
      `${path.join(dir, 'bad.yaml')}: states[0].id: expected an ISO 3166-1 alpha-3 code such as KAZ`,
    );
  });

  it('reports malformed YAML without a stack', async () => {
    const result = await readPacks(await packDir({ 'broken.yaml': 'pack: [unclosed' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('');
  });

  it('rejects a reference to an unknown state and a duplicate id across files', async () => {
    const other = `
pack: two
states:
  - id: KAZ
    name: { kk: Қазақстан, ru: Казахстан, en: Kazakhstan }
    source: ISO 3166-1
organizations:
  - id: CICA
    name: { kk: АӨСШК, ru: СВМДА, en: CICA }
    source: s-cica.org
memberships:
  - { organization: CICA, state: XYZ, status: member, from: "1999", source: s-cica.org }
`;
    const result = await readPacks(await packDir({ 'a.yaml': kaz, 'b.yaml': other }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => `${path.basename(p.file)} ${p.path}: ${p.message}`);
    expect(messages).toContain('b.yaml states[0].id: state id KAZ is already used by a state');
    expect(messages).toContain('b.yaml memberships[0].state: unknown state XYZ');
  });

  it('rejects an impossible date', async () => {
    const bad =
      kaz +
      `organizations:\n  - id: CICA\n    founded: "1999-02-30"\n    name: { kk: а, ru: б, en: c }\n    source: s-cica.org\n`;
    const result = await readPacks(await packDir({ 'a.yaml': bad }));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['organizations[0].founded']);
  });
});
