import type { LoadedPack, PackProblem } from './read-packs.js';

/**
 * Checks what a schema cannot: ids are unique across all packs, and every reference
 * (a membership's state, an event's actors, a catalogue's coordinators) points at something that exists.
 */
export function checkReferences(packs: readonly LoadedPack[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const states = new Set<string>();
  const organizations = new Set<string>();
  const bodies = new Set<string>();
  const actors = new Map<string, string>();
  const instruments = new Set<string>();
  const events = new Set<string>();
  const packNames = new Set<string>();

  const claim = (
    file: string,
    at: string,
    id: string,
    kind: string,
    seen: Set<string> | Map<string, string>,
  ) => {
    const taken = seen instanceof Map ? seen.get(id) : seen.has(id) ? kind : undefined;
    if (taken !== undefined)
      problems.push({ file, path: at, message: `${kind} id ${id} is already used by a ${taken}` });
    else if (seen instanceof Map) seen.set(id, kind);
    else seen.add(id);
  };

  for (const { file, pack } of packs) {
    claim(file, 'pack', pack.pack, 'pack', packNames);
    pack.states.forEach((s, i) => {
      claim(file, `states[${i}].id`, s.id, 'state', actors);
      states.add(s.id);
    });
    pack.organizations.forEach((o, i) => {
      claim(file, `organizations[${i}].id`, o.id, 'organization', actors);
      organizations.add(o.id);
      o.bodies.forEach((b, j) => {
        claim(file, `organizations[${i}].bodies[${j}].id`, b.id, 'body', actors);
        bodies.add(b.id);
      });
    });
    pack.instruments.forEach((d, i) =>
      claim(file, `instruments[${i}].id`, d.id, 'instrument', instruments),
    );
    pack.events.forEach((e, i) => claim(file, `events[${i}].id`, e.id, 'event', events));
  }

  const need = (
    file: string,
    at: string,
    id: string | undefined,
    set: Set<string>,
    kind: string,
  ) => {
    if (id !== undefined && !set.has(id))
      problems.push({ file, path: at, message: `unknown ${kind} ${id}` });
  };
  const needActor = (file: string, at: string, id: string) => {
    if (!actors.has(id))
      problems.push({
        file,
        path: at,
        message: `unknown actor ${id} (not a state, organization or body)`,
      });
  };
  const needOrder = (
    file: string,
    at: string,
    from: string | undefined,
    to: string | undefined,
  ) => {
    if (from !== undefined && to !== undefined && to < from)
      problems.push({ file, path: at, message: `ends (${to}) before it starts (${from})` });
  };

  for (const { file, pack } of packs) {
    pack.memberships.forEach((m, i) => {
      const at = `memberships[${i}]`;
      need(file, `${at}.organization`, m.organization, organizations, 'organization');
      need(file, `${at}.state`, m.state, states, 'state');
      need(file, `${at}.memberOrganization`, m.memberOrganization, organizations, 'organization');
      needOrder(file, `${at}.to`, m.from, m.to);
    });
    pack.chairmanships.forEach((c, i) => {
      const at = `chairmanships[${i}]`;
      need(file, `${at}.organization`, c.organization, organizations, 'organization');
      need(file, `${at}.state`, c.state, states, 'state');
      needOrder(file, `${at}.to`, c.from, c.to);
    });
    pack.instruments.forEach((d, i) => {
      const at = `instruments[${i}]`;
      need(file, `${at}.organization`, d.organization, organizations, 'organization');
      need(file, `${at}.body`, d.body, bodies, 'body');
      d.parties.forEach((p, j) => need(file, `${at}.parties[${j}]`, p, states, 'state'));
    });
    pack.events.forEach((e, i) => {
      const at = `events[${i}]`;
      e.actors.forEach((a, j) => needActor(file, `${at}.actors[${j}]`, a));
      e.instruments.forEach((d, j) =>
        need(file, `${at}.instruments[${j}]`, d, instruments, 'instrument'),
      );
    });
    pack.catalogues.forEach((c, i) => {
      const at = `catalogues[${i}]`;
      need(file, `${at}.organization`, c.organization, organizations, 'organization');
      const versions = new Set(c.versions.map((v) => v.id));
      c.versions.forEach((v, j) =>
        need(file, `${at}.versions[${j}].instrument`, v.instrument, instruments, 'instrument'),
      );
      const slugs = new Set<string>();
      const unique = (p: string, id: string) => {
        if (slugs.has(id))
          problems.push({ file, path: p, message: `catalogue id ${id} is used twice` });
        slugs.add(id);
      };
      c.dimensions.forEach((d, j) => {
        const dAt = `${at}.dimensions[${j}]`;
        unique(`${dAt}.id`, d.id);
        d.coordinators.forEach((k, n) =>
          need(file, `${dAt}.coordinators[${n}].state`, k.state, states, 'state'),
        );
        d.areas.forEach((a, n) => {
          const aAt = `${dAt}.areas[${n}]`;
          unique(`${aAt}.id`, a.id);
          need(file, `${aAt}.since`, a.since, versions, 'catalogue version');
          a.coordinators.forEach((k, q) =>
            need(file, `${aAt}.coordinators[${q}].state`, k.state, states, 'state'),
          );
          a.measures.forEach((m, q) => {
            unique(`${aAt}.measures[${q}].id`, m.id);
            need(file, `${aAt}.measures[${q}].since`, m.since, versions, 'catalogue version');
          });
        });
      });
    });
  }
  return problems;
}
