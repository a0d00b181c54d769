import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrokenLink, listAuditEntries } from '../../src/platform/audit/audit-entry.js';
import { buildAccount, signIn, type Session } from '../support/accounts.js';
import { DAMAGED_KAZAKH, ENGLISH_TEXT, RUSSIAN_TEXT, upload } from '../support/library.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const as: Record<string, Session> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  // A small configured limit, so the test can cross it (the default is 20 MB).
  t = await startTestApp({ config: { libraryMaxBytes: 2 * 1024 * 1024 } });
  for (const role of ['officer', 'focal-point', 'observer'] as const) {
    const account = await buildAccount(t, role);
    as[role] = await signIn(t, account.email);
  }
  for (const [key, text, query] of [
    ['kk', DAMAGED_KAZAKH, { name: 'astana.txt', type: 'news', date: '2024-09-12' }],
    ['ru', RUSSIAN_TEXT, { name: 'zayavlenie.txt', type: 'statement', author: 'KAZ' }],
    ['en', ENGLISH_TEXT, { name: 'nuclear.md', visibility: 'members', type: 'statement' }],
  ] as const) {
    const response = await upload(t, as['officer'], text, query);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    ids[key] = response.body.id;
  }
});
afterAll(async () => {
  await t?.stop();
});

const search = async (q: string, extra = '', session?: Session) =>
  t.request('GET', `/api/search?q=${encodeURIComponent(q)}${extra}`, { as: session });

describe('filing documents', () => {
  it('detects the language, keeps the original and its hash, and analyses the text', async () => {
    const doc = await t.request('GET', `/api/library/documents/${ids['kk']}`, {
      as: as['officer'],
    });
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({
      title: 'astana',
      language: 'kk',
      detectedLanguage: 'kk',
      format: 'txt',
      text: DAMAGED_KAZAKH,
      date: '2024-09-12',
    });
    expect(doc.body.languageConfidence).toBeGreaterThan(0.5);
    const reasons = doc.body.analysis.changes.map((c: { reason: string }) => c.reason).join(' ');
    expect(reasons).toMatch(/lookalike/);
    expect(reasons).toMatch(/lost-hyphen/);
    expect(doc.body.analysis.normalizedText).toContain('ШЫҰ-ның');
    const entities = doc.body.analysis.entities.map((e: { id: string }) => e.id);
    expect(entities).toEqual(expect.arrayContaining(['CICA', 'KAZ', 'CHN', 'SCO', 'AZE']));
    expect(doc.body.analysis.dates[0]).toMatchObject({ value: '2024-09-12', precision: 'day' });

    const original = await fetch(`${t.url}/api/library/documents/${ids['kk']}/original`);
    expect(original.status).toBe(200);
    expect(await original.text()).toBe(DAMAGED_KAZAKH);

    const ru = await t.request('GET', `/api/library/documents/${ids['ru']}`);
    expect(ru.body).toMatchObject({ language: 'ru', author: 'KAZ', title: 'zayavlenie' });
  });

  it('refuses the same file twice, unknown authors, and files that are not documents', async () => {
    const again = await upload(t, as['officer'], RUSSIAN_TEXT, { name: 'copy.txt' });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('file');
    const author = await upload(t, as['officer'], 'Жаңа мәтін.', { name: 'a.txt', author: 'XXX' });
    expect(author.status).toBe(400);
    expect(author.body.error.field).toBe('author');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const refused = await upload(t, as['officer'], png, { name: 'scan.pdf' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ field: 'file' });
    const large = await upload(t, as['officer'], 'ә'.repeat(1024 * 1024 + 1), { name: 'big.txt' });
    expect(large.status).toBe(413);
    expect(large.body.error).toMatchObject({
      field: 'file',
      message: 'the file is larger than 2 MB',
    });
    const count = await t.request('GET', '/api/library/documents', { as: as['officer'] });
    expect(count.body.total).toBe(3);
  });

  it('lets the public and observers read public documents only, and not file any', async () => {
    expect((await t.request('GET', `/api/library/documents/${ids['en']}`)).status).toBe(404);
    expect(
      (await t.request('GET', `/api/library/documents/${ids['en']}`, { as: as['observer'] }))
        .status,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/library/documents/${ids['en']}`, { as: as['focal-point'] }))
        .status,
    ).toBe(200);
    const byObserver = await upload(t, as['observer'], 'Мәтін.', { name: 'o.txt' });
    expect(byObserver.status).toBe(404);
  });
});

describe('correcting what was said about a document', () => {
  it('re-indexes a new title, replaces linked instruments, and refuses unknown ones by field', async () => {
    const id = (
      await upload(t, as['focal-point'], 'Бейбітшілік туралы қысқа жазба.', { name: 'note.txt' })
    ).body.id;
    const patched = await t.request('PATCH', `/api/library/documents/${id}`, {
      body: { title: 'Алматы актісі туралы', instruments: ['almaty-act'], type: 'article' },
      as: as['focal-point'],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Алматы актісі туралы', type: 'article' });
    const found = await search('актісі', '&lang=kk', as['focal-point']);
    expect(found.body.items.map((i: { document: string }) => i.document)).toContain(id);
    const doc = await t.request('GET', `/api/library/documents/${id}`, { as: as['focal-point'] });
    expect(doc.body.links).toEqual([{ kind: 'instrument', id: 'almaty-act', source: 'metadata' }]);
    const unknown = await t.request('PATCH', `/api/library/documents/${id}`, {
      body: { instruments: ['no-such-treaty'] },
      as: as['focal-point'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('instruments');
    // Another state's person cannot touch it; the Secretariat can.
    const other = await buildAccount(t, 'focal-point', { state: 'TUR' });
    const turkey = await signIn(t, other.email);
    expect(
      (
        await t.request('PATCH', `/api/library/documents/${id}`, {
          body: { type: 'news' },
          as: turkey,
        })
      ).status,
    ).toBe(404);
    const entries = await listAuditEntries(t.app.database.db, {
      entity: 'library-document',
      entityId: id,
    });
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
  });
});

describe('search', () => {
  it('finds a damaged Kazakh document and a Russian one with a Kazakh query in base form', async () => {
    const result = await search('қауіпсіздік');
    expect(result.status, JSON.stringify(result.body)).toBe(200);
    const found = result.body.items.map((i: { document: string }) => i.document);
    expect(found).toEqual(expect.arrayContaining([ids['kk'], ids['ru']]));
    const kk = result.body.items.find((i: { document: string }) => i.document === ids['kk']);
    const [from, to] = kk.highlights[0];
    expect(kk.snippet.slice(from, to)).toBe('кауіпсіздігі');
    expect(result.body.expansions).toContainEqual({ term: 'security', kind: 'glossary' });
  });

  it('matches every inflected form and repaired words', async () => {
    for (const q of ['мемлекет', 'ынтымақтастық', 'министр', 'Шанхай ынтымақтастық ұйымы']) {
      const result = await search(q, '&lang=kk');
      expect(
        result.body.items.map((i: { document: string }) => i.document),
        q,
      ).toContain(ids['kk']);
    }
  });

  it('carries a query across languages through entities and the glossary', async () => {
    const china = await search('Қытай');
    expect(china.body.items.map((i: { document: string }) => i.document)).toEqual(
      expect.arrayContaining([ids['kk'], ids['ru']]),
    );
    const nuclear = await search('ядролық қару', '', as['officer']);
    expect(nuclear.body.items.map((i: { document: string }) => i.document)).toEqual([ids['en']]);
    const ru = await search('ядерное оружие', '', as['officer']);
    expect(ru.body.items[0].document).toBe(ids['en']);
    expect(ru.body.items[0].snippet.slice(...ru.body.items[0].highlights[0])).toMatch(/nuclear/i);
  });

  it('forgives a typo by searching the nearest word the library has', async () => {
    const result = await search('қауыпсіздік', '&lang=kk');
    expect(result.body.corrections).toEqual([{ from: 'қауыпсіздік', to: 'қауіпсіздік' }]);
    expect(result.body.items.map((i: { document: string }) => i.document)).toContain(ids['kk']);
    // Typed on a Russian keyboard, without the Kazakh letters.
    const folded = await search('кауипсиздик');
    expect(folded.body.corrections).toEqual([{ from: 'кауипсиздик', to: 'қауіпсіздік' }]);
    // An English typo is compared through its stem.
    const english = await search('weapns', '', as['officer']);
    expect(english.body.corrections).toEqual([{ from: 'weapns', to: 'weapon' }]);
    expect(english.body.items.map((i: { document: string }) => i.document)).toEqual([ids['en']]);
  });

  it('honours visibility, filters and facets', async () => {
    const anonymous = await search('nuclear');
    expect(anonymous.body.items).toEqual([]);
    const member = await search('nuclear', '', as['focal-point']);
    expect(member.body.items.map((i: { document: string }) => i.document)).toEqual([ids['en']]);

    const all = await search('Қазақстан', '', as['officer']);
    expect(all.body.total).toBe(3);
    expect(all.body.facets.language).toEqual(
      expect.arrayContaining([
        { value: 'kk', count: 1 },
        { value: 'ru', count: 1 },
        { value: 'en', count: 1 },
      ]),
    );
    expect(all.body.facets.state).toContainEqual({ value: 'KAZ', count: 3 });
    const ru = await search('Қазақстан', '&language=ru&author=KAZ', as['officer']);
    expect(ru.body.items.map((i: { document: string }) => i.document)).toEqual([ids['ru']]);
    const dated = await search('Қазақстан', '&from=2024-09&to=2024', as['officer']);
    expect(dated.body.items.map((i: { document: string }) => i.document)).toEqual([ids['kk']]);
    const bad = await search('Қазақстан', '&from=вчера');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('from');
  });
});

describe('suggested events', () => {
  it('proposes a dated sentence with its actors; confirmed, it enters the timeline linked to the sentence', async () => {
    const list = await t.request('GET', `/api/library/suggestions?document=${ids['kk']}`, {
      as: as['officer'],
    });
    expect(list.status).toBe(200);
    const event = list.body.items.find((s: { kind: string }) => s.kind === 'event');
    expect(event).toMatchObject({ date: '2024-09-12', status: 'pending' });
    expect(event.actors).toEqual(expect.arrayContaining(['CICA']));
    expect(DAMAGED_KAZAKH.slice(event.sentence.start, event.sentence.end)).toBe(
      event.sentence.text,
    );

    expect(
      (await t.request('GET', '/api/library/suggestions', { as: as['focal-point'] })).status,
    ).toBe(404);

    const confirmed = await t.request('POST', `/api/library/suggestions/${event.id}/confirm`, {
      body: { type: 'ministerial', title: { en: 'CICA foreign ministers meet in Astana' } },
      as: as['officer'],
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.status).toBe('confirmed');
    const timeline = await t.request('GET', '/api/events?from=2024-09-12&to=2024-09-12');
    const entered = timeline.body.items.find((e: { id: string }) => e.id === confirmed.body.event);
    expect(entered).toMatchObject({
      date: '2024-09-12',
      type: 'ministerial',
      title: { en: 'CICA foreign ministers meet in Astana', kk: event.title },
      source: `library:${ids['kk']}#${event.sentence.start}-${event.sentence.end}`,
    });

    const twice = await t.request('POST', `/api/library/suggestions/${event.id}/confirm`, {
      body: {},
      as: as['officer'],
    });
    expect(twice.status).toBe(400);
    const entries = await listAuditEntries(t.app.database.db, {
      entity: 'library-suggestion',
      entityId: event.id,
    });
    expect(entries.map((e) => e.action)).toEqual(['confirm']);
    expect(await findBrokenLink(t.app.database.db)).toBeNull();
  });

  it('proposes events from Russian and English documents too', async () => {
    const filed = await upload(
      t,
      as['officer'],
      'Итоги саммита\nСаммит СВМДА прошёл 12–13 октября 2022 года в Астане.\n' +
        'Казахстан и Китай 5 ноября подписали меморандум. Наблюдатель от АСЕАН присутствовал.',
      { name: 'itogi.txt' },
    );
    expect(filed.status, JSON.stringify(filed.body)).toBe(200);
    const events = async (id: string) =>
      (
        await t.request('GET', `/api/library/suggestions?document=${id}`, { as: as['officer'] })
      ).body.items
        .filter((s: { kind: string }) => s.kind === 'event')
        .map((s: { date: string; actors: string[] }) => [s.date, [...s.actors].sort()]);
    // the range gives its first day; the later sentence takes the year named before it; the
    // summit is the registry's body CICA-SUMMIT, and its link says so
    expect(await events(filed.body.id)).toEqual([
      ['2022-10-12', ['CICA-SUMMIT']],
      ['2022-11-05', ['CHN', 'KAZ']],
    ]);
    const links = (
      await t.request('GET', `/api/library/suggestions?document=${filed.body.id}`, {
        as: as['officer'],
      })
    ).body.items
      .filter((s: { kind: string }) => s.kind === 'link')
      .map((s: { target: { kind: string; id: string } }) => `${s.target.kind}:${s.target.id}`)
      .sort();
    expect(links).toEqual(['body:CICA-SUMMIT', 'organization:CICA', 'state:CHN', 'state:KAZ']);
    // confirmed, the document is joined to the body
    const suggestion = (
      await t.request('GET', `/api/library/suggestions?document=${filed.body.id}`, {
        as: as['officer'],
      })
    ).body.items.find(
      (s: { kind: string; target: { id: string } | null }) =>
        s.kind === 'link' && s.target?.id === 'CICA-SUMMIT',
    );
    const confirmed = await t.request('POST', `/api/library/suggestions/${suggestion.id}/confirm`, {
      body: {},
      as: as['officer'],
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const doc = await t.request('GET', `/api/library/documents/${filed.body.id}`, {
      as: as['officer'],
    });
    expect(doc.body.links).toContainEqual({
      kind: 'body',
      id: 'CICA-SUMMIT',
      source: 'suggestion',
    });
    // the summit's organisation is among those the document names (the search filter)
    const named = await search('меморандум', '&organization=CICA', as['officer']);
    expect(named.body.items.map((i: { document: string }) => i.document)).toContain(filed.body.id);
    // each entity says what the registry knows it as, if anything (the reader links by it)
    const registry = Object.fromEntries(
      doc.body.analysis.entities.map((e: { id: string; registry: string | null }) => [
        e.id,
        e.registry,
      ]),
    );
    expect(registry).toMatchObject({
      'CICA-SUMMIT': 'body',
      KAZ: 'state',
      CHN: 'state',
      ASEAN: null,
    });
    expect(await events(ids['en']!)).toEqual([['1991', ['KAZ']]]);
  });

  it('rejects a suggestion and confirms a link to the registry', async () => {
    const list = await t.request('GET', `/api/library/suggestions?document=${ids['ru']}`, {
      as: as['officer'],
    });
    const link = list.body.items.find(
      (s: { kind: string; target: { id: string } | null }) =>
        s.kind === 'link' && s.target?.id === 'CHN',
    );
    const confirmed = await t.request('POST', `/api/library/suggestions/${link.id}/confirm`, {
      body: {},
      as: as['officer'],
    });
    expect(confirmed.status).toBe(200);
    const doc = await t.request('GET', `/api/library/documents/${ids['ru']}`, {
      as: as['officer'],
    });
    expect(doc.body.links).toContainEqual({ kind: 'state', id: 'CHN', source: 'suggestion' });
    const other = list.body.items.find((s: { id: string }) => s.id !== link.id);
    const rejected = await t.request('POST', `/api/library/suggestions/${other.id}/reject`, {
      body: {},
      as: as['officer'],
    });
    expect(rejected.body.status).toBe('rejected');
  });
});

describe('glossary', () => {
  it('lets the Secretariat add a term that searches use at once', async () => {
    const before = await search('жарылғыш', '', as['officer']);
    expect(before.body.items).toEqual([]);
    const saved = await t.request('PUT', '/api/library/glossary/test-site', {
      body: { kk: ['жарылғыш сынақ алаңы'], ru: ['испытательный полигон'], en: ['test site'] },
      as: as['officer'],
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const after = await search('жарылғыш сынақ алаңы', '', as['officer']);
    expect(after.body.items.map((i: { document: string }) => i.document)).toEqual([ids['en']]);
    const refused = await t.request('PUT', '/api/library/glossary/Bad_Id', {
      body: { kk: ['а'], ru: [], en: ['x'] },
      as: as['officer'],
    });
    expect(refused.status).toBe(400);
    expect(
      (
        await t.request('PUT', '/api/library/glossary/other', {
          body: { kk: ['сынақ'], ru: ['испытание'], en: ['test'] },
          as: as['focal-point'],
        })
      ).status,
    ).toBe(404);
  });
});
