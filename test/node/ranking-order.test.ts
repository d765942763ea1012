/** Order: determinism under any permutation, edition grouping, and pluralism (MMR). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_WEIGHTS, rank } from '../../src/ranking/index.js';
import type { RecommendationItem } from '../../src/sdk/schemas.js';
import type { CatalogueRecord } from '../../src/catalogue/adapter.js';
import { LIBRARY, NATIONAL, describe, ids, record, seededShuffle } from './ranking-fixtures.js';

const napoleon = describe(
  {
    people: [{ label: 'Napoléon Bonaparte', weight: 0.9 }, { label: 'Joséphine de Beauharnais', weight: 0.7 }],
    places: [{ label: 'Austerlitz', weight: 0.6 }],
    dates: [{ label: '1805', weight: 0.5 }],
  },
  'pedagogy',
);

function napoleonCandidates(): CatalogueRecord[] {
  const candidates: CatalogueRecord[] = [];
  const historians = ['Tulard, Jean', 'Lentz, Thierry', 'Roberts, Andrew', 'Boudon, Jacques-Olivier', 'Lefebvre, Georges', 'Castelot, André'];
  historians.forEach((author, i) => {
    candidates.push(
      record({
        id: `nap-${i}`,
        title: i % 2 === 0 ? `Napoléon Bonaparte, tome ${i}` : `Vie de Napoléon Bonaparte ${i}`,
        authors: [author],
        subjects: ['Bonaparte, Napoléon (1769-1821)', 'France -- 1799-1815'],
        year: 2000 + i,
        source: i < 3 ? LIBRARY : NATIONAL,
      }),
    );
  });
  candidates.push(
    record({ id: 'jos-1', title: 'Joséphine de Beauharnais', authors: ['Chevallier, Bernard'], subjects: ['Joséphine (1763-1814 ; impératrice des Français)'], year: 2014 }),
    record({ id: 'jos-2', title: 'Lettres de Joséphine de Beauharnais', authors: ['Beauharnais, Joséphine de'], year: 1996, type: 'ebook' }),
    record({ id: 'aus-1', title: 'Austerlitz : 2 décembre 1805', authors: ['Lentz, Thierry'], type: 'video', year: 2005 }),
    record({ id: 'aus-2', title: 'La bataille d’Austerlitz', authors: ['Garnier, Jacques'], subjects: ['Austerlitz, Bataille d’ (1805)'] }),
    // Editions of one work, ties included, and namesakes, to make the order depend on every tie-break.
    record({ id: 'ed-b', title: 'Napoléon Bonaparte', authors: ['Tulard, Jean'], year: 1977, subjects: ['Napoléon Ier (1769-1821)'] }),
    record({ id: 'ed-a', title: 'Napoléon  Bonaparte', authors: ['Jean Tulard'], year: 1987, subjects: ['Napoléon Ier (1769-1821)'] }),
    record({ id: 'twin-2', title: 'Joséphine', authors: ['Nom, Deux'], subjects: ['Joséphine de Beauharnais'] }),
    record({ id: 'twin-1', title: 'Joséphine', authors: ['Nom, Un'], subjects: ['Joséphine de Beauharnais'] }),
    record({ id: 'noise', title: 'Le jardin de Joséphine', authors: ['Flore, Marie'] }),
  );
  // The same record found twice (two searches), with different provenance.
  const found = { query: undefined, entity: 'Austerlitz', position: 2 };
  candidates.push({ ...candidates.find((c) => c.id === 'aus-2')!, foundBy: found });
  return candidates;
}

test('determinism: any permutation of the candidates gives the identical list', () => {
  const candidates = napoleonCandidates();
  const reference = rank({ description: napoleon, candidates });
  assert.ok(reference.length >= 8, `a full list (${reference.length})`);
  for (const seed of [1, 7, 42, 2024, 99991]) {
    assert.deepEqual(rank({ description: napoleon, candidates: seededShuffle(candidates, seed) }), reference, `seed ${seed}`);
  }
  assert.equal(new Set(ids(reference)).size, reference.length, 'no duplicates');
});

test('ties are broken by id', () => {
  const description = describe({ subjects: [{ label: 'Volcans', weight: 0.8 }] });
  const candidates = ['c', 'a', 'b'].map((id) => record({ id, title: `Volcans ${id}`, authors: [`Auteur ${id}`] }));
  assert.deepEqual(ids(rank({ description, candidates }, { lambda: 1 })), ['a', 'b', 'c']);
});

test('editions: one item per work (normalised title + first author in any form)', () => {
  const description = describe({ works: [{ label: 'Les Misérables', weight: 0.9 }], people: [{ label: 'Victor Hugo', weight: 0.8 }] });
  const candidates = [
    record({ id: 'folio-1995', title: 'Les misérables', authors: ['Hugo, Victor'], year: 1995, availability: { status: 'on-loan' } }),
    record({ id: 'poche-2013', title: 'Les Misérables', authors: ['Victor Hugo'], year: 2013, availability: { status: 'available' } }),
    record({ id: 'pleiade-1951', title: 'LES MISÉRABLES', authors: ['HUGO, Victor (1802-1885)'], year: 1951, availability: { status: 'available' } }),
    record({ id: 'musical', title: 'Les Misérables', authors: ['Schönberg, Claude-Michel'], type: 'score', year: 1985 }),
  ];
  const items = rank({ description, candidates });
  assert.deepEqual(ids(items).sort(), ['musical', 'poche-2013'], 'equal scores: available now, then the most recent edition');
  // A better-scored edition wins over availability and recency.
  const richer = [...candidates, record({ id: 'annotated-1980', title: 'Les Misérables', authors: ['Hugo, Victor'], year: 1980, subjects: ['Hugo, Victor (1802-1885) -- Les Misérables'] })];
  assert.ok(ids(rank({ description, candidates: richer })).includes('annotated-1980'), 'the best-scored edition represents the work');
});

test('pluralism: MMR widens coverage among near equals, and never ranks a record above a far better one', () => {
  const candidates = napoleonCandidates();
  const topEntity = (item: RecommendationItem) => item.why.find((e) => e.facet !== 'profile')?.value;
  // With every record open to novelty, the top 4 covers the video's several entities: MMR's doing…
  const open = rank({ description: napoleon, candidates }, { limit: 4, weights: { pluralBand: 0 } });
  assert.ok(new Set(open.map(topEntity)).size >= 3, `top 4 covers ${open.map(topEntity).join(', ')}`);
  const byScore = rank({ description: napoleon, candidates }, { limit: 4, lambda: 1 });
  assert.ok(new Set(byScore.map(topEntity)).size < new Set(open.map(topEntity)).size, 'MMR widens coverage');
  // …but by default novelty only reorders records within the band of the best remaining one.
  const items = rank({ description: napoleon, candidates }, { limit: 12 });
  items.forEach((item, i) => {
    for (const later of items.slice(i + 1)) assert.ok(item.score >= DEFAULT_WEIGHTS.pluralBand * later.score - 1e-9, `${item.id} above ${later.id}`);
  });
});

test('pluralism: a second book by the same author on the same entity yields to another voice', () => {
  const description = describe({ subjects: [{ label: 'Jardinage', weight: 0.9 }] });
  const candidates = [
    record({ id: 'a1', title: 'Jardinage facile', authors: ['Dupont, Marc'], subjects: ['Jardinage'] }),
    record({ id: 'a2', title: 'Jardinage bio', authors: ['Dupont, Marc'], subjects: ['Jardinage'] }),
    record({ id: 'b1', title: 'Le jardinage au naturel', authors: ['Leroy, Anne'], subjects: ['Jardinage'], type: 'ebook' }),
  ];
  assert.deepEqual(ids(rank({ description, candidates }, { lambda: 1 })), ['a1', 'a2', 'b1']);
  assert.deepEqual(ids(rank({ description, candidates })), ['a1', 'b1', 'a2']);
});

test('limit caps the list; limit 0 and no entities give an empty list', () => {
  const candidates = napoleonCandidates();
  assert.equal(rank({ description: napoleon, candidates }, { limit: 3 }).length, 3);
  assert.deepEqual(rank({ description: napoleon, candidates }, { limit: 0 }), []);
  assert.deepEqual(rank({ description: describe({ keywords: [{ label: 'le', weight: 1 }] }), candidates }), []);
});

test('many editions of one work do not crowd out the other works, and ties at the cut stay deterministic', () => {
  const description = describe({ people: [{ label: 'Victor Hugo', weight: 0.9 }], subjects: [{ label: 'Exil', weight: 0.6 }] });
  const candidates: CatalogueRecord[] = [];
  for (let i = 0; i < 40; i++) {
    candidates.push(record({ id: `miserables-${String(i).padStart(2, '0')}`, title: 'Les Misérables', authors: ['Hugo, Victor'], year: 1900 + i, subjects: ['Exil'] }));
  }
  for (let i = 0; i < 30; i++) {
    candidates.push(record({ id: `exil-${String(i).padStart(2, '0')}`, title: `Carnets d'exil ${i}`, authors: [`Auteur ${i % 7}`], subjects: ['Exil'] }));
  }
  const items = rank({ description, candidates }, { limit: 3 });
  assert.equal(items.length, 3);
  assert.equal(items.filter((item) => item.id.startsWith('miserables')).length, 1, 'one edition stands for the work');
  assert.equal(items[0]?.id, 'miserables-39', 'the most recent of equal editions');
  for (const seed of [3, 11, 2025]) {
    assert.deepEqual(rank({ description, candidates: seededShuffle(candidates, seed) }, { limit: 3 }), items, `seed ${seed}`);
  }
});
