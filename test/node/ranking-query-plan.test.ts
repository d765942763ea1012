/** Step 1 and 2: entity normalisation and the query plan. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeEntities, planQueries } from '../../src/ranking/index.js';
import type { Entities } from '../../src/sdk/schemas.js';

const many = (prefix: string, count: number, weight = 0.9) =>
  Array.from({ length: count }, (_, i) => ({ label: `${prefix} ${String.fromCharCode(97 + i)}`, weight: weight - i * 0.01 }));

test('entities: trimmed, NFC, stop words, short labels and bare numbers dropped, years kept as dates', () => {
  const entities = normalizeEntities({
    entities: {
      keywords: [
        { label: '  Bastille  ', weight: 0.9 },
        { label: 'le', weight: 0.9 },
        { label: 'x', weight: 0.9 },
        { label: '10', weight: 0.9 },
        { label: '1789', weight: 0.7 },
        { label: 'Cafe\u0301', weight: 0.5 },
        { label: 'Zero', weight: 0 },
      ],
    },
  });
  assert.deepEqual(
    entities.map((e) => [e.facet, e.label, e.weight]),
    [['keywords', 'Bastille', 0.9], ['dates', '1789', 0.7], ['keywords', 'Café', 0.5]],
  );
  assert.deepEqual(entities[1]?.years, { from: 1789, to: 1789 });
});

test('entities: a duplicate across facets is one entity, in its most specific facet, with its highest weight', () => {
  const entities = normalizeEntities({
    entities: {
      people: [{ label: 'Robespierre', weight: 0.6 }],
      keywords: [{ label: 'ROBESPIERRE', weight: 0.9 }, { label: 'robespierre', weight: 0.3 }],
      subjects: [{ label: 'Révolution', weight: 0.8 }],
      places: [{ label: 'revolution', weight: 0.8 }],
    },
  });
  assert.deepEqual(
    entities.map((e) => [e.facet, e.label, e.weight]),
    [['people', 'Robespierre', 0.9], ['places', 'revolution', 0.8]],
  );
  assert.equal(entities[0]?.acronym, false, 'the person, as the video names them');
});

test('entities: a keyword that is part of a name given in the same video is that name', () => {
  const entities = normalizeEntities({
    entities: { people: [{ label: 'Antoine Dupont', weight: 0.7 }], keywords: [{ label: 'Dupont', weight: 0.8 }, { label: 'rugby', weight: 0.9 }] },
  });
  assert.deepEqual(entities.map((e) => [e.facet, e.label, e.weight]), [['keywords', 'rugby', 0.9], ['people', 'Antoine Dupont', 0.8]]);
});

test('query plan: each facet on its indexes; a date narrows the top subject', () => {
  const entities: Entities = {
    people: [{ label: 'Camille Desmoulins', weight: 0.9 }],
    works: [{ label: 'Le Vieux Cordelier', weight: 0.8 }],
    subjects: [{ label: 'Révolution française', weight: 0.85 }],
    places: [{ label: 'Paris', weight: 0.7 }],
    dates: [{ label: '1789-07-14', weight: 0.6 }],
    organizations: [{ label: 'Club des cordeliers', weight: 0.5 }],
    keywords: [{ label: 'Bastille', weight: 0.95 }],
  };
  const plan = planQueries({ entities });
  const got = plan.map((q) => [q.facet, q.index, q.value, q.date ?? null]);
  assert.deepEqual(new Set(got.map((row) => JSON.stringify(row))), new Set([
    ['people', 'author', 'Camille Desmoulins', null],
    ['people', 'subject', 'Camille Desmoulins', null],
    ['works', 'title', 'Le Vieux Cordelier', null],
    ['subjects', 'subject', 'Révolution française', null],
    ['places', 'subject', 'Paris', null],
    ['places', 'anywhere', 'Paris', null],
    ['dates', 'subject', 'Révolution française', '1789'],
    ['organizations', 'author', 'Club des cordeliers', null],
    ['organizations', 'anywhere', 'Club des cordeliers', null],
    ['keywords', 'anywhere', 'Bastille', null],
  ].map((row) => JSON.stringify(row))));
  assert.deepEqual(plan.map((q) => q.id), plan.map((_, i) => `q${i + 1}`));
  assert.equal(plan.find((q) => q.facet === 'dates')?.entity, '1789-07-14');
  // With no subject nor place, a date searches the date index alone.
  const alone = planQueries({ entities: { dates: [{ label: '1914/1918', weight: 1 }] } });
  assert.deepEqual(alone.map((q) => [q.index, q.value, q.date]), [['date', '1914/1918', '1914/1918']]);
});

test('query plan: at most maxQueries (default 40), taken round-robin across facets, strongest first', () => {
  const entities: Entities = { keywords: many('mot', 30), people: many('Personne', 10, 0.5), works: many('Œuvre', 5, 0.4), places: many('Lieu', 5, 0.3) };
  const plan = planQueries({ entities });
  assert.equal(plan.length, 40);
  assert.deepEqual(plan.slice(0, 4).map((q) => q.facet), ['people', 'works', 'places', 'keywords'], 'one per facet per round');
  assert.deepEqual(plan.filter((q) => q.facet === 'keywords').slice(0, 2).map((q) => q.value), ['mot a', 'mot b']);
  const counts = new Map<string, number>();
  for (const q of plan) counts.set(q.facet, (counts.get(q.facet) ?? 0) + 1);
  assert.ok((counts.get('works') ?? 0) === 5 && (counts.get('places') ?? 0) === 10, `every small facet fully searched: ${[...counts]}`);
  assert.equal(planQueries({ entities }, { maxQueries: 5 }).length, 5);
  assert.deepEqual(planQueries({ entities }, { maxQueries: 0 }), []);
  assert.deepEqual(planQueries({ entities: {} }), []);
});

test('query plan: values are plain data, never query syntax; duplicates searched once', () => {
  const labels = ['Rock "n" roll', 'AC/DC', 'prox=3 ; title any x', "L'Étranger (roman)", 'a* OR b'];
  const plan = planQueries({ entities: { keywords: labels.map((label, i) => ({ label, weight: 0.9 - i * 0.1 })) } });
  assert.deepEqual(plan.map((q) => q.value), labels, 'passed through untouched, for the adapter to escape');
  const twice = planQueries({ entities: { people: [{ label: 'Paris', weight: 0.9 }], places: [{ label: 'Paris', weight: 0.5 }] } });
  assert.equal(new Set(twice.map((q) => `${q.index}|${q.value}`)).size, twice.length);
});
