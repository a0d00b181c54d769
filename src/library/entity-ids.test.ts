// The engine's entity matcher (packages/kazakh, entities/gazetteer.ts) names what it finds with
// registry ids, and the library's reader links each mention to its registry page. The engine
// cannot read the registry (it has no data folder in the browser), so this test keeps the two in
// step: every state, organisation and body of the shipped packs is one the engine can find.
import path from 'node:path';
import { GAZETTEER } from '@senim/kazakh';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, readPacks, type LoadedPack } from '../packs/read-packs.js';

const DATA = path.resolve(import.meta.dirname, '../../data');

describe('registry ids and the engine gazetteer', () => {
  let packs: LoadedPack[] = [];
  beforeAll(async () => {
    const result = await readPacks(DATA);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    packs = result.packs;
  });

  it('the engine finds every organisation and body of the registry, under its registry id', () => {
    const ids: string[] = [];
    for (const { pack } of packs)
      for (const o of pack.organizations) ids.push(o.id, ...o.bodies.map((b) => b.id));
    expect(ids.length).toBeGreaterThan(30);
    const engine = new Set(GAZETTEER.filter((e) => e.type === 'organization').map((e) => e.id));
    expect(ids.filter((id) => !engine.has(id))).toEqual([]);
  });

  it('the engine knows the organisation of every registry body', () => {
    const registry = packs.flatMap(({ pack }) =>
      pack.organizations.flatMap((o) => o.bodies.map((b) => `${b.id} → ${o.id}`)),
    );
    expect(registry.length).toBeGreaterThan(10);
    const engine = new Set(GAZETTEER.map((e) => `${e.id} → ${e.parent ?? '(none)'}`));
    expect(registry.filter((pair) => !engine.has(pair))).toEqual([]);
  });

  it('the engine finds every state of the registry, under its ISO code', () => {
    const ids = packs.flatMap(({ pack }) => pack.states.map((s) => s.id));
    expect(ids.length).toBeGreaterThan(30);
    const engine = new Set(GAZETTEER.filter((e) => e.type === 'state').map((e) => e.id));
    expect(ids.filter((id) => !engine.has(id))).toEqual([]);
  });
});
