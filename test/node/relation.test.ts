/** The relation type of a video: YouTube category first, then cues in French and English. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NEUTRAL_RELATION_TYPE, classifyRelation } from '../../src/ranking/index.js';

const video = (fields: { title: string; description?: string; channel?: string; category?: number }) => ({ id: 'abcdefghijk', ...fields });

test('categories: 25 → emi; 10, 17, 19 → inclusion; 26, 27, 28 → pedagogy; with a French reason', () => {
  const expected: [number, string][] = [[25, 'emi'], [10, 'inclusion'], [17, 'inclusion'], [19, 'inclusion'], [26, 'pedagogy'], [27, 'pedagogy'], [28, 'pedagogy']];
  for (const [category, type] of expected) {
    const relation = classifyRelation(video({ title: 'Sans indice', category }));
    assert.equal(relation.type, type, `category ${category}`);
    assert.match(relation.reason ?? '', /^Catégorie YouTube « .+ » : .+\.$/);
  }
  // The category wins over cues.
  assert.equal(classifyRelation(video({ title: 'Tuto guitare', category: 10 })).type, 'inclusion');
});

test('French cues, accents and case folded, on word boundaries', () => {
  const cases: [string, string][] = [
    ['TUTO : débuter le crochet', 'pedagogy'],
    ['Leçon 3 : les fractions', 'pedagogy'],
    ['Conférence sur les abeilles', 'pedagogy'],
    ['Documentaire : la forêt', 'pedagogy'],
    ['Orelsan - La pluie (feat. Stromae) [Clip officiel]', 'inclusion'],
    ['Vlog : une semaine au Japon', 'inclusion'],
    ['Le JT de 20 h', 'emi'],
    ['Débat : faut-il taxer les superprofits ?', 'emi'],
    ['Polémique autour du stade', 'emi'],
  ];
  for (const [title, type] of cases) assert.equal(classifyRelation(video({ title })).type, type, title);
  assert.match(classifyRelation(video({ title: 'Leçon 3 : les fractions' })).reason ?? '', /« lecon » dans le titre/);
  // "parcours" contains "cours", "clipper" contains "clip": no cue.
  assert.equal(classifyRelation(video({ title: 'Mon parcours de clipper' })).type, NEUTRAL_RELATION_TYPE);
});

test('English cues, and cues in the channel or the description', () => {
  assert.equal(classifyRelation(video({ title: 'How to fix a bike chain' })).type, 'pedagogy');
  assert.equal(classifyRelation(video({ title: 'Champions League highlights' })).type, 'inclusion');
  assert.equal(classifyRelation(video({ title: 'Fact-check: the viral claim' })).type, 'emi');
  assert.equal(classifyRelation(video({ title: 'The election debate' })).type, 'emi');
  assert.equal(classifyRelation(video({ title: 'Épisode 4', channel: 'France Info news' })).type, 'emi');
  const described = classifyRelation(video({ title: 'Épisode 4', description: 'Un cours complet sur les volcans.' }));
  assert.equal(described.type, 'pedagogy');
  assert.match(described.reason ?? '', /dans la description/);
});

test('the title outweighs the description; nothing at all gives the neutral type', () => {
  assert.equal(classifyRelation(video({ title: 'Concert à Bercy', description: 'Une interview après le show.' })).type, 'inclusion');
  const neutral = classifyRelation(video({ title: 'Mes plantes vertes', description: 'Bonjour à tous' }));
  assert.equal(neutral.type, NEUTRAL_RELATION_TYPE);
  assert.ok((neutral.reason ?? '').length > 10, 'a reason even when neutral');
});
