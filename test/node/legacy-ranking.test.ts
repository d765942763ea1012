// The quality bar for the legacy path: the sample's real documents (biography, sources, documentary) must rank
// above the noise the legacy service let in (an 1852 sale catalogue, a map, a guide to Instagram), each explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readLegacyResponse } from '../../src/recommenders/legacy.js';
import { rank } from '../../src/ranking/index.js';
import type { RecommendationItem } from '../../src/sdk/schemas.js';

const body = JSON.parse(readFileSync(new URL('../fixtures/legacy-sample.json', import.meta.url), 'utf8')) as unknown;
const { description, candidates } = readLegacyResponse(body);
// No floor: even the noise gets a place, so the order between them is what is checked.
const items = rank({ description, candidates }, { limit: 50, floor: 0 });

const find = (predicate: (item: RecommendationItem) => boolean, what: string): { item: RecommendationItem; rank: number } => {
  const index = items.findIndex(predicate);
  assert.ok(index >= 0, `${what} is in the ranking`);
  return { item: items[index] as RecommendationItem, rank: index };
};

const biography = find((i) => i.title === 'Robespierre' && i.authors.includes('Martin Paul'), 'the biography');
const sources = find((i) => i.title === 'Le Vieux Cordelier', 'the sources');
const documentary = find((i) => i.title === '14 juillet 1789' && i.subtitle === 'la prise de la Bastille', 'the documentary');
const saleCatalogue = find((i) => i.title.startsWith("Catalogue d'une vente"), 'the 1852 sale catalogue');
const map = find((i) => i.type === 'map', 'the map');
const instagram = find((i) => i.title === 'Instagram pour les nuls', 'the Instagram guide');

test('the biography, the sources and the documentary rank above the sale catalogue, the map and the Instagram guide', () => {
  for (const good of [biography, sources, documentary]) {
    for (const noise of [saleCatalogue, map, instagram]) {
      assert.ok(good.rank < noise.rank, `${good.item.title} (#${good.rank + 1}) above ${noise.item.title} (#${noise.rank + 1})`);
      assert.ok(good.item.score > noise.item.score, `${good.item.title} scores more than ${noise.item.title}`);
    }
  }
});

test("each item's evidence says why it is there", () => {
  const evidence = (item: RecommendationItem) => item.why.map((w) => `${w.facet}:${w.value}@${w.field}`);
  assert.ok(evidence(biography.item).includes('people:Robespierre@title'), evidence(biography.item).join(', '));
  assert.ok(evidence(sources.item).includes('people:Camille Desmoulins@author'), evidence(sources.item).join(', '));
  assert.ok(evidence(documentary.item).some((e) => e.startsWith('keywords:14 juillet 1789@') || e.startsWith('dates:1789@')));
  // The noise is there on one thin match only: a bare word in a title, or a brand from the description.
  assert.deepEqual(evidence(saleCatalogue.item), ['keywords:Bastille@title']);
  assert.deepEqual(evidence(map.item), ['keywords:Bastille@title']);
  assert.ok(evidence(instagram.item).every((e) => e.startsWith('works:Instagram@')));
  for (const item of items) assert.ok(item.why.length > 0, `${item.title} is explained`);
});

test('with the default options, the top five hold the documents and none of the noise', () => {
  const kept = rank({ description, candidates }, { limit: 5 }).map((i) => i.title);
  assert.ok(kept.includes('Robespierre') && kept.includes('Le Vieux Cordelier') && kept.includes('14 juillet 1789'), kept.join(' | '));
  assert.ok(!kept.some((t) => t.startsWith("Catalogue d'une vente") || t.startsWith('Plan de la Bastille')), kept.join(' | '));
});
