/** Scores: type priors per relation type, penalties, the floor, and weights overrides. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_WEIGHTS, rank } from '../../src/ranking/index.js';
import type { CatalogueRecord } from '../../src/catalogue/adapter.js';
import { describe, ids, record } from './ranking-fixtures.js';

const scoreOf = (items: { id: string; score: number }[], id: string) => items.find((item) => item.id === id)?.score;

test('inclusion (a music clip): recordings and scores above a book with the same evidence, a map penalised', () => {
  const entities = { people: [{ label: 'Aya Nakamura', weight: 0.95 }], works: [{ label: 'Djadja', weight: 0.8 }] };
  const candidates = [
    record({ id: 'album', title: 'Djadja', authors: ['Nakamura, Aya'], type: 'audio', year: 2018 }),
    record({ id: 'sheet', title: 'Djadja : piano, chant, guitare', authors: ['Nakamura, Aya'], type: 'score' }),
    record({ id: 'lyrics', title: 'Djadja : les paroles', authors: ['Nakamura, Aya'], type: 'book' }),
    record({ id: 'map', title: 'Djadja : carte', authors: ['Nakamura, Aya'], type: 'map' }),
  ];
  const clip = rank({ description: describe(entities, 'inclusion'), candidates }, { lambda: 1, floor: 0 });
  assert.ok(scoreOf(clip, 'sheet')! > scoreOf(clip, 'lyrics')!, 'score above book');
  assert.ok(scoreOf(clip, 'album')! > scoreOf(clip, 'lyrics')!, 'recording above book');
  assert.ok(scoreOf(clip, 'lyrics')! > scoreOf(clip, 'map')!, 'map is foreign to a music clip');
  assert.equal(ids(clip).at(-1), 'map');
  // The same records for a tutorial: the book comes first, so the order above is the prior, not the data.
  const tutorial = rank({ description: describe(entities, 'pedagogy'), candidates }, { lambda: 1, floor: 0 });
  assert.ok(scoreOf(tutorial, 'lyrics')! > scoreOf(tutorial, 'sheet')!, 'book first for a tutorial');
});

test('pedagogy (a photography tutorial): books, e-books and a training above a recording and a map', () => {
  const description = describe(
    { subjects: [{ label: 'Photographie numérique', weight: 0.9 }], keywords: [{ label: 'exposition', weight: 0.5 }] },
    'pedagogy',
  );
  const subjects = ['Photographie numérique -- Manuels'];
  const candidates: CatalogueRecord[] = [
    record({ id: 'book', title: 'La photo numérique pour débutants', authors: ['Dupont, Marc'], subjects }),
    record({ id: 'ebook', title: 'Réussir ses photos', authors: ['Leroy, Anne'], subjects, type: 'ebook' }),
    record({ id: 'training', title: 'Atelier : bien régler son appareil', authors: ['Médiathèque'], subjects, type: 'training' }),
    record({ id: 'podcast', title: 'Parlons photo', authors: ['Radio Image'], subjects, type: 'audio' }),
    record({ id: 'image', title: 'Tirage argentique', authors: ['Anonyme'], subjects, type: 'image' }),
  ];
  const items = rank({ description, candidates }, { lambda: 1, floor: 0 });
  for (const good of ['book', 'ebook', 'training']) {
    for (const other of ['podcast', 'image']) assert.ok(scoreOf(items, good)! > scoreOf(items, other)!, `${good} > ${other}`);
  }
});

test('emi (a news debate): books, periodicals and resources above a recording; maps and images penalised', () => {
  const description = describe(
    { subjects: [{ label: 'Retraites', weight: 0.9 }], people: [{ label: 'Thomas Piketty', weight: 0.5 }] },
    'emi',
    { title: 'Réforme des retraites : le débat', category: 25 },
  );
  const subjects = ['Retraites -- France -- 2000-....'];
  const candidates: CatalogueRecord[] = [
    record({ id: 'essay', title: 'Les retraites en question', authors: ['Martin, Léa'], subjects }),
    record({ id: 'magazine', title: 'Alternatives économiques : les retraites', authors: ['Collectif'], subjects, type: 'periodical' }),
    record({ id: 'database', title: 'Retraites : chiffres clés', authors: ['INSEE'], subjects, type: 'resource' }),
    record({ id: 'song', title: 'La chanson des retraites', authors: ['Trenet, Charles'], subjects, type: 'audio' }),
    record({ id: 'map', title: 'Carte des retraites', authors: ['IGN'], subjects, type: 'map' }),
  ];
  const items = rank({ description, candidates }, { lambda: 1, floor: 0 });
  for (const good of ['essay', 'magazine', 'database']) assert.ok(scoreOf(items, good)! > scoreOf(items, 'song')!, good);
  assert.ok(scoreOf(items, 'song')! > (scoreOf(items, 'map') ?? 0), 'map below a neutral type');
});

test('penalty: a record with neither author nor subject scores below the same record with them', () => {
  const description = describe({ keywords: [{ label: 'prise de la Bastille', weight: 0.9 }] });
  const candidates = [
    record({ id: 'bare', title: 'La prise de la Bastille' }),
    record({ id: 'authored', title: 'La prise de la Bastille : un récit', authors: ['Durand, Claire'] }),
    record({ id: 'catalogued', title: 'Prise de la Bastille, 1789', subjects: ['Architecture militaire'] }),
  ];
  const items = rank({ description, candidates }, { floor: 0, lambda: 1 });
  assert.ok(scoreOf(items, 'authored')! > scoreOf(items, 'bare')!, 'penalised without author and subject');
  assert.equal(scoreOf(items, 'authored'), scoreOf(items, 'catalogued'), 'an author or a subject is enough');
  const unpenalised = rank({ description, candidates }, { floor: 0, lambda: 1, weights: { noAuthorNoSubjectPenalty: 0 } });
  assert.equal(scoreOf(unpenalised, 'bare'), scoreOf(unpenalised, 'authored'), 'the penalty is the only difference');
});

test('penalty: a foreign type sinks under its relation type only', () => {
  const entities = { places: [{ label: 'Marseille', weight: 0.9 }] };
  const candidates = [record({ id: 'map', title: 'Marseille : plan', authors: ['IGN'], type: 'map' })];
  const underClip = scoreOf(rank({ description: describe(entities, 'inclusion'), candidates }, { floor: 0 }), 'map') ?? 0;
  const underNeutral = scoreOf(rank({ description: describe(entities, 'general'), candidates }, { floor: 0 }), 'map') ?? 0;
  assert.ok(underNeutral > underClip, `${underNeutral} > ${underClip}`);
});

test('penalty: with no relation type, a map is foreign when the profile holds none, not when it holds maps', () => {
  const entities = { places: [{ label: 'Marseille', weight: 0.9 }] };
  const map = record({ id: 'map', title: 'Marseille : plan', authors: ['IGN'], type: 'map' });
  const books = ['Histoire de Marseille', 'Marseille, ville portuaire'].map((title, i) => record({ id: `book${i}`, title, authors: [`Roy, Jean${i}`], subjects: ['Marseille (Bouches-du-Rhône)'], type: 'book' }));
  const maps = ['Marseille : carte', 'Marseille : atlas'].map((title, i) => record({ id: `map${i}`, title, authors: [`IGN ${i}`], subjects: ['Marseille (Bouches-du-Rhône)'], type: 'map' }));
  const amongBooks = scoreOf(rank({ description: describe(entities, 'general'), candidates: [map, ...books] }, { floor: 0 }), 'map') ?? 0;
  const amongMaps = scoreOf(rank({ description: describe(entities, 'general'), candidates: [map, ...maps] }, { floor: 0 }), 'map') ?? 0;
  assert.ok(amongMaps > amongBooks, `${amongMaps} > ${amongBooks}`);
});

test('floor: weak evidence is dropped; every item kept scores at least the floor', () => {
  const description = describe({ keywords: [{ label: 'gardes-françaises', weight: 0.4 }], people: [{ label: 'Robespierre', weight: 0.9 }] });
  const candidates = [
    record({ id: 'passing', title: 'Uniformes', authors: ['Roy, Jean'], description: 'Des gardes-françaises aux hussards.' }),
    record({ id: 'strong', title: 'Robespierre', authors: ['Martin, Paul'], subjects: ['Robespierre, Maximilien de (1758-1794)'] }),
  ];
  assert.deepEqual(ids(rank({ description, candidates })), ['strong']);
  assert.deepEqual(ids(rank({ description, candidates }, { floor: 0 })).sort(), ['passing', 'strong']);
  for (const floor of [0.3, 0.5, 0.7]) {
    for (const item of rank({ description, candidates }, { floor })) assert.ok(item.score >= floor - 1e-4, `${item.score} ≥ ${floor}`);
  }
  assert.deepEqual(rank({ description, candidates }, { floor: 0.99 }), []);
});

test('weights override: named weights change the ranking; defaults are untouched', () => {
  const description = describe({ people: [{ label: 'Victor Hugo', weight: 0.9 }] });
  const candidates = [
    record({ id: 'by-hugo', title: 'Les Contemplations', authors: ['Hugo, Victor'] }),
    record({ id: 'about-hugo', title: 'Victor Hugo', authors: ['Gallo, Max'], subjects: ['Hugo, Victor (1802-1885)'] }),
  ];
  const defaults = ids(rank({ description, candidates }, { lambda: 1 }));
  assert.deepEqual(defaults, ['by-hugo', 'about-hugo'], 'an exact author outweighs a title and a heading');
  const aboutFirst = ids(rank({ description, candidates }, { lambda: 1, weights: { authorExact: 0.5 } }));
  assert.deepEqual(aboutFirst, ['about-hugo', 'by-hugo']);
  const noTitles = rank({ description, candidates }, { weights: { title: 0, subject: 0 } });
  assert.deepEqual(ids(noTitles), ['by-hugo']);
  assert.equal(DEFAULT_WEIGHTS.authorExact, 1);
  assert.ok(Object.isFrozen(DEFAULT_WEIGHTS), 'defaults frozen');
});

test('scores stay within 0..1 and evidence weights within 0..1 even with large weights', () => {
  const description = describe({ people: [{ label: 'Victor Hugo', weight: 1 }], dates: [{ label: '1862', weight: 1 }] });
  const candidates = [record({ id: 'm', title: 'Victor Hugo 1862', authors: ['Hugo, Victor'], year: 1862, subjects: ['Hugo, Victor'] })];
  const [item] = rank({ description, candidates }, { weights: { authorExact: 5, title: 3 } });
  assert.ok(item && item.score <= 1 && item.score > 0.5, 'score in 0..1');
  for (const e of item.why) assert.ok(e.weight >= 0 && e.weight <= 1, `${e.weight} in 0..1`);
});
