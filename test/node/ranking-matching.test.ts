/** Evidence: which entity matches which field, and what must never match. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rank } from '../../src/ranking/index.js';
import type { RecommendationItem } from '../../src/sdk/schemas.js';
import { describe, ids, record } from './ranking-fixtures.js';

const evidence = (item: RecommendationItem | undefined) => item?.why.map((e) => `${e.value}@${e.field}`) ?? [];

test('acronym trap: "SCH" matches the rapper, never Schubert, "Schéma" or a lower-case word', () => {
  const description = describe(
    { people: [{ label: 'SCH', weight: 0.95 }], places: [{ label: 'Marseille', weight: 0.5 }] },
    'inclusion',
  );
  const candidates = [
    record({ id: 'album-jvlivs', title: 'JVLIVS', authors: ['SCH (1993-....)'], type: 'audio', year: 2018, subjects: ['Rap -- France'] }),
    record({ id: 'album-rooftop', title: 'Rooftop', authors: ['SCH'], type: 'audio', year: 2019, subjects: ['Rap'] }),
    record({ id: 'schubert', title: 'Winterreise', authors: ['Schubert, Franz (1797-1828)'], type: 'audio', subjects: ['Lieder'] }),
    record({ id: 'schema', title: 'Schéma directeur de la région', authors: ['Institut Paris Région'] }),
    record({ id: 'lower-case', title: 'Le son sch en orthophonie', authors: ['Petit, Anne'], subjects: ['Orthophonie'] }),
    record({ id: 'auction-sch', title: 'Catalogue des livres rares de M. Sch***, vente du 3 mars 1887' }),
    record({ id: 'auction-caps', title: 'Vente SCH : livres anciens, 1887' }),
    record({ id: 'map', title: 'Marseille : plan de la ville', type: 'map' }),
  ];
  const items = rank({ description, candidates });
  const order = ids(items);
  assert.deepEqual(order.slice(0, 2).sort(), ['album-jvlivs', 'album-rooftop']);
  for (const absent of ['schubert', 'schema', 'lower-case', 'auction-sch']) assert.ok(!order.includes(absent), absent);
  for (const noise of ['auction-caps', 'map']) {
    if (order.includes(noise)) assert.ok(order.indexOf(noise) > 1, `${noise} below the albums`);
  }
  assert.deepEqual(evidence(items[0]).filter((e) => e.startsWith('SCH')), ['SCH@author']);
});

test('author forms: "Last First", "Last, First", "First Last", capitals and life dates are one exact match', () => {
  const description = describe({ people: [{ label: 'Camille Desmoulins', weight: 1 }] });
  const forms = ['Desmoulins Camille', 'Desmoulins, Camille', 'Camille Desmoulins', 'DESMOULINS, Camille (1760-1794)'];
  const candidates = forms.map((author, i) => record({ id: `form-${i}`, title: `Écrits ${i}`, authors: [author] }));
  const items = rank({ description, candidates }, { lambda: 1 });
  assert.equal(items.length, forms.length);
  for (const item of items) {
    const entityEvidence = item.why.filter((e) => e.facet !== 'profile');
    assert.deepEqual(entityEvidence, [{ facet: 'people', value: 'Camille Desmoulins', field: 'author', weight: 1 }]);
  }
});

test('author forms: one part of a longer name is the person when no heading is that name alone, else a namesake', () => {
  const description = describe({ people: [{ label: 'Michelet', weight: 1 }, { label: 'Paul', weight: 1 }] });
  const candidates = [
    record({ id: 'inverted', title: 'Histoire de France', authors: ['Michelet, Jules'] }),
    record({ id: 'direct', title: 'La Mer', authors: ['Jules Michelet'] }),
    record({ id: 'given-name', title: 'Robespierre', authors: ['Martin, Paul'] }),
  ];
  const weightOf = (items: RecommendationItem[], id: string) => items.find((item) => item.id === id)?.why.find((e) => e.facet === 'people')?.weight;
  const items = rank({ description, candidates }, { floor: 0 });
  // Both Michelet headings name one person (they share the name): the surname given alone is probably him.
  assert.equal(weightOf(items, 'inverted'), 0.6);
  assert.equal(weightOf(items, 'direct'), 0.6);
  assert.equal(weightOf(items, 'given-name'), 0.15, '"Paul" is the given name in "Martin, Paul": a namesake at best');
  // A heading that is "Michelet" alone makes the longer names namesakes.
  const withWhole = rank({ description, candidates: [...candidates, record({ id: 'alone', title: 'Michelet', authors: ['Michelet (1990-....)'] })] }, { floor: 0 });
  assert.equal(weightOf(withWhole, 'alone'), 1);
  assert.ok((weightOf(withWhole, 'inverted') ?? 1) <= 0.25, 'a namesake of the name alone');
});

test('author forms: accents folded, and a place is never read as an author', () => {
  const description = describe({ people: [{ label: 'Sophie Lefevre', weight: 0.9 }], places: [{ label: 'Paris', weight: 0.9 }] });
  const candidates = [
    record({ id: 'accented', title: 'Instagram pour les nuls', authors: ['Lefèvre, Sophie'] }),
    record({ id: 'namesake', title: 'Souvenirs', authors: ['Paris, Gaston'] }),
  ];
  const order = ids(rank({ description, candidates }, { floor: 0 }));
  assert.deepEqual(order, ['accented']);
});

test('word boundaries: "Paris" is no prefix of "Parisiens", but matches "Paris-Match", capitals and headings', () => {
  const description = describe({ places: [{ label: 'Paris', weight: 1 }] });
  const candidates = [
    record({ id: 'prefix', title: 'Les Parisiens', authors: ['Durand, Claire'], subjects: ['Parisiens -- Mœurs et coutumes'] }),
    record({ id: 'hyphen', title: 'Paris-Match : soixante ans', authors: ['Collectif'] }),
    record({ id: 'capitals', title: 'PARIS EN 1900', authors: ['Atget, Eugène'] }),
    record({ id: 'heading', title: 'Guide des musées', subjects: ['Paris (France) -- Musées'] }),
    record({ id: 'plural-other', title: 'Parisien malgré lui', authors: ['X'], description: 'Un parisianisme assumé.' }),
  ];
  const items = rank({ description, candidates }, { floor: 0 });
  assert.deepEqual(ids(items).sort(), ['capitals', 'heading', 'hyphen']);
  assert.deepEqual(evidence(items.find((item) => item.id === 'heading')), ['Paris@subject']);
});

test('title phrase: all words, in order, on word boundaries', () => {
  const description = describe({ works: [{ label: 'Le Vieux Cordelier', weight: 1 }] });
  const candidates = [
    record({ id: 'phrase', title: 'Le Vieux Cordelier : journal', authors: ['Desmoulins, Camille'] }),
    record({ id: 'scattered', title: 'Le cordelier et le vieux moulin', authors: ['Roy, Jean'] }),
    record({ id: 'subtitle', title: 'Journalistes de la Révolution', subtitle: 'du Vieux Cordelier au Père Duchesne', authors: ['Roy, Jean'] }),
  ];
  const items = rank({ description, candidates }, { floor: 0 });
  assert.deepEqual(ids(items), ['phrase', 'subtitle']);
  assert.deepEqual(evidence(items[1]), ['Le Vieux Cordelier@subtitle']);
});

test('dates: a year meets the record year and a year or range in a subject heading, nothing else', () => {
  // Every record is also about the Revolution: a date adds to a record, it never brings one in alone.
  const description = describe({ dates: [{ label: '1789', weight: 1 }], subjects: [{ label: 'Révolution', weight: 0.8 }] });
  const candidates = [
    record({ id: 'printed-1789', title: 'Cahiers de doléances de la Révolution', authors: ['Anonyme'], year: 1789 }),
    record({ id: 'range', title: 'La Révolution', authors: ['Soboul, Albert'], subjects: ['France -- 1789-1799 (Révolution)'] }),
    record({ id: 'single', title: 'La Bastille', authors: ['Durand, Claire'], subjects: ['Révolution -- Prise de la Bastille (1789)'] }),
    record({ id: 'outside', title: 'Le Consulat', authors: ['Tulard, Jean'], subjects: ['Révolution -- 1799-1804 (Consulat)'], year: 1998 }),
  ];
  const items = rank({ description, candidates }, { floor: 0 });
  const byId = new Map(items.map((item) => [item.id, evidence(item).filter((e) => e.startsWith('1789@'))]));
  assert.deepEqual(byId.get('printed-1789'), ['1789@year']);
  assert.deepEqual(byId.get('range'), ['1789@subject']);
  assert.deepEqual(byId.get('single'), ['1789@subject']);
  assert.deepEqual(byId.get('outside'), [], '1799-1804 and 1998 are not 1789');
  const weightOf = (id: string) => items.find((item) => item.id === id)?.why.find((e) => e.value === '1789')?.weight ?? 0;
  assert.ok(weightOf('single') > weightOf('range'), 'a tight date says more than a decade-wide period');
  assert.ok(weightOf('range') > weightOf('printed-1789'), 'the year of printing counts least');
});

test('dates: a date alone never brings a record in, whatever its strength', () => {
  const description = describe({ dates: [{ label: '2023', weight: 1 }], subjects: [{ label: 'Climat', weight: 0.9 }] });
  const candidates = [
    record({ id: 'climate', title: 'Le climat en 2023', authors: ['Jouzel, Jean'], subjects: ['Climat -- Changements'], year: 2023 }),
    record({ id: 'decade', title: 'JVLIVS II', authors: ['SCH'], type: 'audio', subjects: ['Rap (musique) -- France -- 2021-2030'], year: 2023 }),
    record({ id: 'year-only', title: 'Annuaire 2023', authors: ['INSEE'], subjects: ['Statistiques -- 2023'], year: 2023 }),
  ];
  for (const floor of [undefined, 0]) {
    const items = rank({ description, candidates }, { floor });
    assert.deepEqual(ids(items), ['climate'], `floor ${floor}: only the record about the climate`);
    assert.ok(evidence(items[0]).includes('2023@title'), 'the date adds to it');
  }
});

test('dates: a range entity overlaps years; a date written in words keeps its phrase and gains its year', () => {
  const description = describe({
    dates: [{ label: '1914/1918', weight: 1 }],
    keywords: [{ label: '11 novembre 1918', weight: 0.8 }, { label: 'poilus', weight: 0.6 }],
  });
  const candidates = [
    record({ id: 'in-range', title: 'Lettres de poilus', authors: ['Collectif'], year: 1916 }),
    record({ id: 'armistice', title: 'Le 11 novembre 1918', authors: ['Cochet, François'] }),
  ];
  const items = rank({ description, candidates }, { floor: 0 });
  const byId = new Map(items.map((item) => [item.id, evidence(item)]));
  assert.deepEqual(byId.get('in-range'), ['poilus@title', '1914/1918@year']);
  assert.ok(byId.get('armistice')?.includes('11 novembre 1918@title'), 'the phrase in the title');
  assert.ok(byId.get('armistice')?.includes('1914/1918@title'), '1918 in the title is in 1914/1918');
});

test('evidence is recomputed for every entity, whichever search found the record', () => {
  const description = describe({
    people: [{ label: 'Robespierre', weight: 0.9 }],
    places: [{ label: 'Arras', weight: 0.6 }],
    subjects: [{ label: 'Révolution française', weight: 0.7 }],
  });
  const query = { id: 'q1', facet: 'people' as const, entity: 'Robespierre', index: 'author' as const, value: 'Robespierre' };
  const found = record({
    id: 'found-by-robespierre',
    title: "Robespierre, l'avocat d'Arras",
    authors: ['Gauthier, Florence'],
    subjects: ['Révolution française', 'Arras (Pas-de-Calais) -- Histoire'],
    foundBy: { query, entity: 'Robespierre', position: 3 },
  });
  const [item] = rank({ description, candidates: [found] });
  assert.deepEqual(new Set(item?.why.map((e) => e.value)), new Set(['Robespierre', 'Arras', 'Révolution française']));
});

test('other scripts: a phrase with non-Latin words matches the same words, never its Latin first word alone', () => {
  const description = describe({ people: [{ label: 'Fiodor Достоевский', weight: 0.9 }, { label: 'Лев Толстой', weight: 0.9 }] });
  const candidates = [
    record({ id: 'latin-only', title: 'Fiodor et les autres', authors: ['Roy, Jean'] }),
    record({ id: 'cyrillic', title: 'Лев Толстой : Война и мир', authors: ['Roy, Jean'] }),
  ];
  assert.deepEqual(ids(rank({ description, candidates }, { floor: 0 })), ['cyrillic']);
});
