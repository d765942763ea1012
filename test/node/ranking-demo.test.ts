/**
 * The engine on the demo data (demo/data: 224 real works, 16 events, 15 analysed videos): for every video, all 240
 * records ranked with the default options. General properties only, no expected list: decoys stay out, the top is
 * plural, every item is there for a reason that is not a date, and `why` says each thing once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoRecords, demoVideos } from '../../demo/data/index.js';
import { rank } from '../../src/ranking/index.js';
import type { RecommendationItem, VideoDescription } from '../../src/sdk/schemas.js';

/**
 * The decoys planted in the catalogue against each video (demo/data/README.md, "Distracteurs", and the traps in the
 * videos' entities): records sharing a word, a year or an acronym's letters with the video without being about it.
 */
const DECOYS: Readonly<Record<string, readonly string[]>> = {
  Xq3vN8dLr2M: ['vil-0160'], // fake news: Macron's "Révolution" (2016, "France")
  pG7tK2wZb9E: ['vil-0028', 'vil-0034'], // climate: Maurois' "Climats"; SCH's album in "2021-2030"
  sC4hJv2Lx0Q: ['vil-0044', 'vil-0045', 'vil-0046', 'vil-0047', 'vil-0048', 'vil-0049'], // SCH: Schtroumpfs, Schubert, Schwartz, L'Anarchisme, Schéma, sale
  Ed1tHpF60nR: ['vil-0087'], // Piaf: Manet's "Olympia" (the hall, not the painting)
  tDf25VntX7k: ['vil-0034', 'vil-0075', 'vil-0076'], // Tour de France: "2021-2030", "Le Tour de la France par deux enfants", "Le Tour du monde"
  Pa24LmRc8sW: ['vil-0034', 'vil-0086', 'vil-0087'], // Paris 2024: "2021-2030", "Jeux interdits", Manet's "Olympia"
  jP2wKyT0fUj: ['vil-0045'], // Japan: "Winterreise" (Le Voyage d'hiver)
  Is8LdRt4VkG: ['vil-0115'], // Iceland: Ortelius' 1590 map
  tT1nPmC9aRe: ['vil-0131'], // tarte Tatin: Labaki's "Caramel"
  Py3bT0cLf5Q: ['vil-0144'], // Python: Monty Python
  Rv17x89Lm3K: ['vil-0160', 'vil-0161'], // French Revolution: Macron's "Révolution", Copernicus' "révolutions"
  bH0lE5rNx2T: ['vil-0003', 'vil-0154', 'vil-0175', 'vil-0176'], // black holes: 2019 publications, Burns' "Black hole", "Le Trou"
  Dw1859OrG4s: ['vil-0190'], // evolution: Bergson's "L'Évolution créatrice"
  Ww14x18Tr9C: ['vil-0207', 'vil-0208'], // 1914-1918: "La Guerre des boutons", "La Guerre des mondes"
  Rm476EmP1rA: ['vil-0117', 'vil-0223', 'vil-0224'], // Rome: Escoffier (Auguste), "L'Empire contre-attaque", "Roméo et Juliette"
};

/** For the music, sport and travel videos, the local events the agenda holds on their topic. */
const RELATED_EVENTS: Readonly<Record<string, readonly string[]>> = {
  sC4hJv2Lx0Q: ['evt-rap-atelier-ecriture', 'evt-rap-scene-ouverte'],
  Ed1tHpF60nR: ['evt-piaf-cabaret'],
  tDf25VntX7k: ['evt-triplettes-cine-concert'],
  Pa24LmRc8sW: ['evt-tournoi-jeux-sport'],
  jP2wKyT0fUj: ['evt-estampes-japonaises'],
  Is8LdRt4VkG: ['evt-club-polars-islandais'],
};

const TOP = 10;
const ranked = new Map<string, RecommendationItem[]>(
  demoVideos.map((video) => [video.video.id, rank({ description: video, candidates: [...demoRecords] })]),
);
const rankedAll = (video: VideoDescription) => rank({ description: video, candidates: [...demoRecords] }, { limit: demoRecords.length });
const top = (video: VideoDescription) => (ranked.get(video.video.id) ?? []).slice(0, TOP);
const name = (video: VideoDescription) => `${video.video.id} (${video.video.title})`;
const firstAuthor = (item: RecommendationItem) => item.authors[0]?.toLowerCase();

test('the demo data: 15 videos, every one with a decoy table entry and a full list', () => {
  assert.equal(demoVideos.length, 15, 'fifteen videos');
  for (const video of demoVideos) {
    assert.ok(Object.hasOwn(DECOYS, video.video.id), `${name(video)} has its decoys listed`);
    assert.ok(top(video).length === TOP, `${name(video)}: a full top ${TOP} (${top(video).length})`);
  }
});

test('no planted decoy in the top 10 of the video it was planted against', () => {
  for (const video of demoVideos) {
    const order = top(video).map((item) => item.id);
    for (const decoy of DECOYS[video.video.id] ?? []) {
      assert.ok(!order.includes(decoy), `${name(video)}: decoy ${decoy} at #${order.indexOf(decoy) + 1} in ${order.join(', ')}`);
    }
  }
});

test('the top 10 is plural: at least 3 authors and 2 document types when the ranked records hold them', () => {
  for (const video of demoVideos) {
    const all = rankedAll(video);
    const heads = top(video);
    const authorsAvailable = new Set(all.map(firstAuthor).filter((a) => a !== undefined)).size;
    const typesAvailable = new Set(all.map((item) => item.type)).size;
    const authors = new Set(heads.map(firstAuthor).filter((a) => a !== undefined));
    const types = new Set(heads.map((item) => item.type));
    assert.ok(authors.size >= Math.min(3, authorsAvailable), `${name(video)}: authors ${[...authors].join(' | ')}`);
    assert.ok(types.size >= Math.min(2, typesAvailable), `${name(video)}: types ${[...types].join(', ')}`);
  }
});

test('every item of every list has evidence that is not a date', () => {
  for (const video of demoVideos) {
    for (const item of ranked.get(video.video.id) ?? []) {
      const topical = item.why.filter((e) => e.facet !== 'dates' && e.field !== 'year');
      assert.ok(topical.length > 0, `${name(video)}: ${item.id} "${item.title}" is there on ${JSON.stringify(item.why)}`);
    }
  }
});

test('why says each thing once: no repeated (facet, value, field), no value on two fields', () => {
  for (const video of demoVideos) {
    for (const item of ranked.get(video.video.id) ?? []) {
      const triples = item.why.map((e) => `${e.facet}|${e.value}|${e.field}`);
      const values = item.why.map((e) => `${e.facet}|${e.value}`);
      assert.equal(new Set(triples).size, triples.length, `${name(video)}: ${item.id} repeats ${triples.join(', ')}`);
      assert.equal(new Set(values).size, values.length, `${name(video)}: ${item.id} repeats a value in ${triples.join(', ')}`);
      for (let i = 1; i < item.why.length; i++) {
        assert.ok(item.why[i - 1]!.weight >= item.why[i]!.weight, `${name(video)}: ${item.id} evidence strongest first`);
      }
    }
  }
});

test('music, sport and travel videos show a related local event in their top 10', () => {
  for (const video of demoVideos) {
    if (video.relation.type !== 'inclusion') continue;
    const related = RELATED_EVENTS[video.video.id] ?? [];
    assert.ok(related.length > 0, `${name(video)}: the agenda has an event on its topic`);
    const order = top(video).map((item) => item.id);
    assert.ok(related.some((id) => order.includes(id)), `${name(video)}: one of ${related.join(', ')} in ${order.join(', ')}`);
  }
});

test('the same lists whatever the order of the records', () => {
  for (const video of demoVideos) {
    const reversed = rank({ description: video, candidates: [...demoRecords].reverse() });
    assert.deepEqual(reversed, ranked.get(video.video.id), `${name(video)}: same list from reversed records`);
  }
});
