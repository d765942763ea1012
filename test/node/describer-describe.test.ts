// describeVideo: the rules always, the LLM merged in when configured (a loopback server replays its answers),
// the rules alone whenever the LLM fails, and the library's curation before anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeVideo } from '../../src/describer/describe.js';
import { describeWithRules } from '../../src/describer/rules/index.js';
import { isVideoExcludedError } from '../../src/describer/errors.js';
import { isLlmAnswerError, isLlmHttpError, isLlmRefusalError, isLlmTimeoutError } from '../../src/describer/llm/errors.js';
import { GIMS_VIDEO as video, useLlmReplay } from '../fixtures/llm-replay.js';

const peer = useLlmReplay();
const { llm, replay } = peer;

test('without an LLM the rules describe alone, offline, and say so', async () => {
  const description = await describeVideo(video);
  assert.deepEqual(description, { ...describeWithRules(video), meta: { describer: 'rules' } });
  assert.equal(description.relation.type, 'inclusion');
  assert.equal(peer.requests.length, 0);
});

test('with an LLM its grounded entities are merged into the rules\' and meta.describer names the model', async () => {
  replay('mistral-valid.json');
  const description = await describeVideo(video, { llm: llm() });
  const rules = describeWithRules(video);
  assert.equal(description.meta?.describer, 'llm:mistral-small-latest');
  assert.deepEqual(description.video, rules.video);
  assert.deepEqual(description.relation, rules.relation, 'the relation stays the rules\' (category and cues)');
  assert.deepEqual(description.entities.keywords, [
    { label: 'ferrari', weight: 1 }, { label: 'gestu', weight: 0.5 }, { label: 'Clip officiel', weight: 0.2 },
  ], 'agreement keeps the higher weight; an LLM-only label is added');
  assert.deepEqual(description.entities.places, [{ label: 'albanie', weight: 0.5 }], 'one label for both, the rules\' form');
  const labels = Object.values(description.entities).flat().map((e) => e.label);
  for (const absent of ['Maître Gims', 'Paris', 'rap français', 'TikTok', '2024']) assert.equal(labels.includes(absent), false, absent);
});

test('any LLM failure gives the rules\' description, says "rules", and tells onLlmError why', async () => {
  const rulesOnly = await describeVideo(video);
  const cases: Array<[string, number, number, (e: unknown) => boolean]> = [
    ['invalid-json.json', 200, 0, isLlmAnswerError],
    ['schema-violation.json', 200, 0, isLlmAnswerError],
    ['refusal.json', 200, 0, isLlmRefusalError],
    ['server-error.json', 500, 0, isLlmHttpError],
    ['mistral-valid.json', 200, 1000, isLlmTimeoutError],
  ];
  for (const [file, status, delayMs, expected] of cases) {
    replay(file, status, delayMs);
    const errors: unknown[] = [];
    const description = await describeVideo(video, { llm: llm({ timeoutMs: 150 }), onLlmError: (e) => errors.push(e) });
    assert.deepEqual(description, rulesOnly, file);
    assert.equal(errors.length, 1, file);
    assert.ok(expected(errors[0]), `${file}: ${String(errors[0])}`);
  }
});

test('a denied video or channel (id, or name with case and accents aside) throws before any request', async () => {
  replay('mistral-valid.json');
  for (const options of [{ deniedVideos: ['NLXiGXbxl6Q'] }, { deniedChannels: ['UCCB1Byx5yTbLpQaV-rlfmtA'] }, { deniedChannels: ['gims'] }]) {
    await assert.rejects(describeVideo(video, { llm: llm(), ...options }), (e: unknown) => {
      assert.ok(isVideoExcludedError(e));
      assert.equal(e.code, 'video_excluded');
      assert.equal(e.videoId, 'NLXiGXbxl6Q');
      return true;
    });
  }
  assert.equal(peer.requests.length, 0);
  assert.ok(await describeVideo(video, { deniedVideos: ['other______'], deniedChannels: ['GIMS Fan Club'] }));
});

test('the library\'s stop words hold for both describers; the caller aborting rejects with its own reason', async () => {
  replay('ollama-valid.json');
  const description = await describeVideo(video, { llm: llm({ model: 'mistral-small3.2' }), stopWords: ['ferrari', 'officiel'] });
  assert.equal(description.meta?.describer, 'llm:mistral-small3.2');
  assert.deepEqual(description.entities.keywords, [{ label: 'gestu', weight: 0.5 }]);

  replay('mistral-valid.json', 200, 500);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 30);
  await assert.rejects(describeVideo(video, { llm: llm(), signal: controller.signal }), { name: 'AbortError' });
});
