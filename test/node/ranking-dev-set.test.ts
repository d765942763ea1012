/**
 * The development set (test/fixtures/ranking-dev, real-format answers): the ranking is the same whatever the order
 * of the answer's records and whichever shape `searchRecordItems` has (flat, or split by source) or whether the
 * answer is wrapped in `data`. Its quality is measured by `npm run eval`, not asserted here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRankInput } from '../../src/cli/rank-input.js';
import { rank } from '../../src/ranking/index.js';
import { seededShuffle } from './ranking-fixtures.js';

const FOLDER = join(import.meta.dirname, '..', 'fixtures', 'ranking-dev');
const CASES = readdirSync(FOLDER).filter((f) => f.endsWith('.json') && !f.endsWith('.grades.json')).sort();

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(join(FOLDER, file), 'utf8')) as Json;
const rootOf = (answer: Json) => ((answer['data'] as Json | undefined) ?? answer);
const itemsOf = (answer: Json) => {
  const items = rootOf(answer)['searchRecordItems'];
  return Array.isArray(items) ? (items as unknown[]) : ((items as Json)['SearchRecordItemBNF'] as unknown[]);
};
const flat = (answer: Json, items: unknown[]): Json => ({ ...rootOf(answer), searchRecordItems: items });
const nested = (answer: Json, items: unknown[]): Json => ({ data: { ...rootOf(answer), searchRecordItems: { SearchRecordItemBNF: items, SearchRecordItemDT: [] } } });
const ranked = (answer: Json) => {
  const input = readRankInput(answer);
  return rank({ description: input.description, candidates: input.candidates }, { limit: 10 });
};

test('the development set: at least 8 cases, both shapes, every record graded 0 to 3', () => {
  assert.ok(CASES.length >= 8, `${CASES.length} cases`);
  const shapes = new Set(CASES.map((file) => (Array.isArray(rootOf(read(file))['searchRecordItems']) ? 'flat' : 'nested')));
  assert.deepEqual([...shapes].sort(), ['flat', 'nested']);
  for (const file of CASES) {
    const grades = read(file.replace(/\.json$/, '.grades.json')) as Record<string, { grade: number }>;
    const ids = readRankInput(read(file)).candidates.map((c) => c.id);
    assert.deepEqual(ids.sort(), Object.keys(grades).sort(), `${file}: every record graded`);
    for (const { grade } of Object.values(grades)) assert.ok([0, 1, 2, 3].includes(grade), `${file}: grade ${grade}`);
  }
});

test('the same ranking whatever the order of the records and the shape of the answer', () => {
  for (const file of CASES) {
    const answer = read(file);
    const items = itemsOf(answer);
    const expected = ranked(answer);
    assert.ok(expected.length > 0, `${file} ranks something`);
    for (const seed of [7, 42, 2026]) {
      const shuffled = seededShuffle(items, seed);
      assert.deepEqual(ranked(flat(answer, shuffled)), expected, `${file}: flat, seed ${seed}`);
      assert.deepEqual(ranked(nested(answer, shuffled)), expected, `${file}: nested, seed ${seed}`);
    }
  }
});
