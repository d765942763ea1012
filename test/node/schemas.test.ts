import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RecommendationItem } from '../../src/sdk/schemas.js';

test('an unknown document type is read as other', () => {
  const item = RecommendationItem.parse({ id: 'a', title: 'T', type: 'hologram', source: { kind: 'library', name: 'B' }, score: 2, extra: 1 });
  assert.equal(item.type, 'other');
  assert.equal(item.score, 1);
  assert.deepEqual(item.authors, []);
  assert.equal('extra' in item, false);
});
