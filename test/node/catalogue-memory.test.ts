import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCatalogue } from '../../src/catalogue/memory-catalogue.js';
import type { CatalogueQuery, CatalogueRecord } from '../../src/catalogue/adapter.js';
import { normalizeFrenchTerm } from '../../src/catalogue/french-terms.js';

const source = { kind: 'library', name: 'Médiathèque' } as const;
const record = (id: string, over: Partial<CatalogueRecord>): CatalogueRecord => ({
  id, title: `Titre ${id}`, authors: [], type: 'book', subjects: [], source: { ...source }, ...over,
});

const RECORDS: CatalogueRecord[] = [
  record('r01', { title: "L'Été meurtrier", authors: ['Japrisot, Sébastien'], year: 1977, subjects: ['Roman policier'] }),
  record('r02', { title: 'Histoire de la Révolution française', authors: ['Michelet, Jules'], year: 1847, subjects: ['France -- Histoire -- 1789-1799 (Révolution)'] }),
  record('r03', { title: 'Chevaux de Camargue', subtitle: 'photographies', authors: ['Blanc, Anne'], type: 'image', year: 2010, subjects: ['Cheval', 'Camargue (France)'] }),
  record('r04', { title: "Les châteaux de la Loire", authors: ['Durand, Paul'], year: 2003, subjects: ['Châteaux -- Loire, Vallée de la'] }),
  record('r05', { title: 'Révolution', authors: ['Hugo, Victor'], year: 1874, description: 'Roman sur la Terreur, dit Quatrevingt-treize.' }),
  record('r06', { title: 'Victor Hugo, une vie', authors: ['Martin, Léa'], year: 2002, subjects: ['Hugo, Victor (1802-1885)'] }),
  record('r07', { title: 'Le rap français', authors: ['Karim B.'], type: 'book', year: 2016, subjects: ['Rap (musique)'] }),
  record('r08', { title: 'Rap et révolution', subtitle: 'paroles de banlieue', authors: ['Diallo, Awa'], year: 2019, description: "Un essai sur l'histoire du rap" }),
  record('r09', { title: 'Une révolution tranquille', authors: ['Roy, Claire'], year: 1790, subjects: ['Québec'] }),
  record('r10', { title: "Le guide de l'alpiniste", authors: ["Club alpin d'Orient"], year: 1995, subjects: ['Alpinisme'] }),
];

const q = (over: Partial<CatalogueQuery>): CatalogueQuery => ({
  id: 'q', facet: 'subjects', entity: over.value ?? 'x', index: 'anywhere', value: 'x', ...over,
});
const ids = (records: CatalogueRecord[]) => records.map((r) => r.id);

describe('normalizeFrenchTerm', () => {
  it('folds accents and case, strips elisions, drops stop words, reduces plurals lightly', () => {
    assert.equal(normalizeFrenchTerm('Été'), 'ete');
    assert.equal(normalizeFrenchTerm("l'été"), 'ete');
    assert.equal(normalizeFrenchTerm('d’Orient'), 'orient');
    assert.equal(normalizeFrenchTerm('les'), null);
    assert.equal(normalizeFrenchTerm('l'), null);
    assert.equal(normalizeFrenchTerm('châteaux'), 'chateau');
    assert.equal(normalizeFrenchTerm('chevaux'), 'cheval');
    assert.equal(normalizeFrenchTerm('livres'), 'livre');
    assert.equal(normalizeFrenchTerm('1789'), '1789');
  });
});

describe('MemoryCatalogue', () => {
  const catalogue = new MemoryCatalogue(RECORDS);

  it('is accent- and case-insensitive', async () => {
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'ETE MEURTRIER' }))), ['r01']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'author', value: 'sebastien japrisot' }))), ['r01']);
  });

  it('strips elisions, in the records and in the query', async () => {
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: "l'été" }))), ['r01']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'author', value: 'Orient' }))), ['r10']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'alpiniste' }))), ['r10']);
  });

  it('matches singular and plural', async () => {
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'cheval' }))), ['r03']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'subject', value: 'château' }))), ['r04']);
  });

  it('restricts to the fields of the index', async () => {
    // "Hugo": author of r05, subject of r06, in the title of r06.
    assert.deepEqual(ids(await catalogue.search(q({ index: 'author', value: 'Hugo' }))), ['r05']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'subject', value: 'Hugo' }))), ['r06']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'Hugo' }))), ['r06']);
    assert.deepEqual(new Set(ids(await catalogue.search(q({ index: 'anywhere', value: 'Hugo' })))), new Set(['r05', 'r06']));
    // The description is searched by "anywhere" only.
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'Terreur' }))), []);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'anywhere', value: 'Terreur' }))), ['r05']);
    // The subtitle belongs to the title index.
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'banlieue' }))), ['r08']);
  });

  it('needs every word, like SRU "all"', async () => {
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'rap révolution' }))), ['r08']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'title', value: 'rap guitare' }))), []);
  });

  it('puts exact phrases first', async () => {
    const found = ids(await catalogue.search(q({ index: 'anywhere', value: 'révolution française' })));
    assert.equal(found[0], 'r02');
    const rap = ids(await catalogue.search(q({ index: 'anywhere', value: 'histoire du rap' })));
    assert.deepEqual(rap, ['r08']);
  });

  it('prefers the exact phrase over the same words scattered', async () => {
    const pair = new MemoryCatalogue([
      record('a', { title: "L'Europe blues, une terre" }),
      record('z', { title: 'Blues en Europe' }),
    ]);
    assert.deepEqual(ids(await pair.search(q({ index: 'title', value: 'blues Europe' }))), ['z', 'a']);
    assert.deepEqual(ids(await pair.search(q({ index: 'title', value: 'Europe blues' }))), ['a', 'z']);
  });

  it('filters by date, as an index or as a narrowing', async () => {
    assert.deepEqual(ids(await catalogue.search(q({ index: 'date', value: '1789/1799' }))), ['r09']);
    assert.deepEqual(ids(await catalogue.search(q({ index: 'date', value: '1977' }))), ['r01']);
    const narrowed = ids(await catalogue.search(q({ index: 'title', value: 'révolution', date: '1800/1900' })));
    assert.deepEqual(new Set(narrowed), new Set(['r02', 'r05']));
  });

  it('sets foundBy on copies and never mutates its input', async () => {
    const before = structuredClone(RECORDS);
    const query = q({ index: 'title', value: 'révolution', entity: 'La Révolution' });
    const found = await catalogue.search(query);
    assert.ok(found.length >= 3);
    found.forEach((r, i) => assert.deepEqual(r.foundBy, { query, entity: 'La Révolution', position: i + 1 }));
    found[0]!.authors.push('Intrus');
    found[0]!.source.name = 'Ailleurs';
    assert.deepEqual(RECORDS, before);
    assert.ok(RECORDS.every((r) => r.foundBy === undefined));
  });

  it('honours the limit, stop words alone find nothing, and an aborted signal rejects', async () => {
    assert.equal((await catalogue.search(q({ index: 'anywhere', value: 'révolution' }), { limit: 2 })).length, 2);
    assert.equal((await new MemoryCatalogue(RECORDS, { limit: 1 }).search(q({ index: 'anywhere', value: 'révolution' }))).length, 1);
    assert.deepEqual(await catalogue.search(q({ index: 'title', value: 'les de la' })), []);
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(catalogue.search(q({ value: 'rap' }), { signal: controller.signal }), { name: 'AbortError' });
  });

  it('is deterministic on ties and accepts duplicate ids', async () => {
    const twins = [record('b', { title: 'Jazz' }), record('a', { title: 'Jazz' }), record('a', { title: 'Jazz', year: 1999 })];
    const found = await new MemoryCatalogue(twins).search(q({ index: 'title', value: 'jazz' }));
    assert.deepEqual(ids(found), ['a', 'a', 'b']);
    assert.equal(found[0]!.year, undefined);
  });

  it('indexes a 250-record catalogue and searches it quickly', async () => {
    const big = Array.from({ length: 250 }, (_, i) =>
      record(`g${String(i).padStart(3, '0')}`, { title: `Volume ${i} des chroniques`, authors: [`Auteur ${i % 17}`], subjects: [`Sujet ${i % 23}`] }),
    );
    const started = performance.now();
    const big250 = new MemoryCatalogue(big);
    const found = await big250.search(q({ index: 'subject', value: 'Sujet 5' }), { limit: 50 });
    const elapsed = performance.now() - started;
    assert.ok(found.length > 0 && found.every((r) => r.subjects[0] === 'Sujet 5'));
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });
});
