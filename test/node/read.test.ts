import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProblem, readRecommendationList, readVideoDescription } from '../../src/sdk/read.js';
import { ValidationError } from '../../src/sdk/errors.js';
import { description, recommendationList } from '../fixtures/api-sample.js';

test('a valid list reads as sent, with unknown fields ignored', () => {
  const body = { ...recommendationList(), futureField: { x: 1 } };
  (body.items[0] as Record<string, unknown>).hologram = true;
  const list = readRecommendationList(body);
  assert.equal(list.items.length, 2);
  assert.equal(list.meta.searches, 12);
  assert.equal(list.meta.dropped, 0);
  assert.equal('futureField' in list, false);
  assert.equal('hologram' in (list.items[0] ?? {}), false);
});

test('an unknown item type becomes other; an unknown relation type is kept', () => {
  const body = recommendationList();
  body.relation = { type: 'citizenship' };
  (body.items[0] as { type: string }).type = 'hologram';
  const list = readRecommendationList(body);
  assert.equal(list.items[0]?.type, 'other');
  assert.equal(list.relation.type, 'citizenship');
});

test('invalid items are dropped and counted, the others are kept', () => {
  const body = { ...recommendationList(), items: [...recommendationList().items, { id: 'x', title: 42 }, 'nonsense', null] };
  const list = readRecommendationList(body);
  assert.deepEqual(list.items.map((item) => item.id), ['rec-1', 'rec-2']);
  assert.equal(list.meta.dropped, 3);
});

test('an invalid meta field falls back to its default; an invalid quota is left out', () => {
  const body = { ...recommendationList(), meta: { searches: 'many', generatedAt: '2026-01-01T00:00:00Z' }, quota: { limit: 'x' } };
  const list = readRecommendationList(body);
  assert.equal(list.meta.searches, 0);
  assert.equal(list.meta.generatedAt, '2026-01-01T00:00:00Z');
  assert.equal(list.quota, undefined);
  const withQuota = readRecommendationList({ ...recommendationList(), quota: { limit: 100, remaining: 7 } });
  assert.deepEqual(withQuota.quota, { limit: 100, remaining: 7 });
});

test('a list with no usable shape throws a ValidationError that says where and what', () => {
  assert.throws(() => readRecommendationList({ video: { id: 'x', title: 'T' }, relation: { type: 'emi' }, items: 'none' }), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.issues, [{ path: ['items'], message: 'expected array, got string' }]);
    assert.match(error.message, /recommendation list: items: expected array, got string/);
    return true;
  });
  assert.throws(() => readRecommendationList({ relation: { type: 'emi' }, items: [] }), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.issues[0], { path: ['video'], message: 'missing (expected object)' });
    return true;
  });
  for (const body of [null, 'text', 42, []]) assert.throws(() => readRecommendationList(body), ValidationError);
});

test('a video description keeps valid entities and drops the invalid ones', () => {
  const body = description();
  const raw = body as unknown as { entities: Record<string, unknown[]> };
  raw.entities.people = [{ label: 'Haroun Tazieff', weight: 0.8 }, { label: 3 }, { weight: 1 }];
  raw.entities.unknownFacet = [{ label: 'x', weight: 1 }];
  const read = readVideoDescription(body);
  assert.deepEqual(read.entities.people, [{ label: 'Haroun Tazieff', weight: 0.8 }]);
  assert.deepEqual(read.entities.subjects, [{ label: 'Volcanologie', weight: 0.9 }]);
  assert.equal('unknownFacet' in read.entities, false);
});

test('a video description without a video title is a ValidationError', () => {
  assert.throws(() => readVideoDescription({ video: { id: 'dQw4w9WgXcQ' }, relation: { type: 'emi' } }), (error) => {
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.issues[0]?.path, ['video', 'title']);
    assert.match(error.message, /video description: video\.title: missing/);
    return true;
  });
});

test('problem details are read leniently', () => {
  assert.deepEqual(readProblem({ type: '/problems/quota_exceeded', status: '429', code: 'quota_exceeded', quota: { limit: 10, remaining: 0 } }), {
    type: '/problems/quota_exceeded', code: 'quota_exceeded', quota: { limit: 10, remaining: 0 },
  });
  assert.equal(readProblem('Internal Server Error'), undefined);
  assert.equal(readProblem({ unrelated: true }), undefined);
});
