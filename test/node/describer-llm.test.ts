// The LLM describer over real HTTP: a loopback server replays chat-completion answers in the envelopes of
// Mistral's API, Ollama and vLLM (test/fixtures/llm/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeWithLlm } from '../../src/describer/llm/llm-describer.js';
import { answerJsonSchema } from '../../src/describer/llm/answer-schema.js';
import {
  isLlmAnswerError, isLlmHttpError, isLlmNetworkError, isLlmRefusalError, isLlmTimeoutError,
} from '../../src/describer/llm/errors.js';
import { FACETS } from '../../src/sdk/schemas.js';
import { startReplayServer } from '../fixtures/replay-server.js';
import { GIMS_VIDEO as video, useLlmReplay } from '../fixtures/llm-replay.js';

const peer = useLlmReplay();
const { llm, replay } = peer;

test('one POST to {baseUrl}/chat/completions: the model, temperature 0, a strict json_schema from the zod schema', async () => {
  replay('mistral-valid.json');
  await describeWithLlm(video, llm({ apiKey: 'sk-mistral' }));
  assert.equal(peer.requests.length, 1);
  const { method, url, headers, body } = peer.requests[0]!;
  assert.equal(method, 'POST');
  assert.equal(url.pathname, '/v1/chat/completions');
  assert.equal(headers.authorization, 'Bearer sk-mistral');
  assert.match(headers['content-type'] ?? '', /^application\/json/);
  const sent = JSON.parse(body);
  assert.equal(sent.model, 'mistral-small-latest');
  assert.equal(sent.temperature, 0);
  assert.equal(sent.stream, false);
  assert.deepEqual(sent.response_format, { type: 'json_schema', json_schema: { name: 'video_entities', schema: answerJsonSchema(), strict: true } });
  const schema = sent.response_format.json_schema.schema;
  assert.deepEqual(schema.required, [...FACETS]);
  assert.equal(schema.additionalProperties, false);
  assert.equal('$schema' in schema, false);
  assert.deepEqual(sent.messages.map((m: { role: string }) => m.role), ['system', 'user']);
  const shown = JSON.parse(sent.messages[1].content);
  assert.equal(shown.title, video.title);
  assert.equal(shown.channel, 'GIMS');
  assert.deepEqual(shown.tags, video.tags);

  await describeWithLlm(video, llm());
  assert.equal(peer.requests[1]!.headers.authorization, undefined, 'no key, no Authorization header (Ollama, vLLM)');
});

test('the same answer from Mistral, Ollama and vLLM: labels the text does not hold are dropped, weights clamped', async () => {
  for (const file of ['mistral-valid.json', 'ollama-valid.json', 'vllm-valid.json']) {
    replay(file);
    const entities = await describeWithLlm(video, llm());
    assert.deepEqual(entities, {
      people: [{ label: 'GIMS', weight: 1 }, { label: 'DYSTINCT', weight: 0.9 }, { label: 'Narco Verra Beatz', weight: 0.4 }],
      works: [{ label: 'SPIDER', weight: 0.9 }],
      places: [{ label: 'Albanie', weight: 0.3 }],
      keywords: [{ label: 'Clip officiel', weight: 0.2 }, { label: 'ferrari', weight: 1 }],
    }, file);
  }
});

test('a label holding one of the library\'s stop words is dropped, as whole words, case and accents aside', async () => {
  replay('ollama-valid.json');
  const entities = await describeWithLlm(video, llm(), { stopWords: ['OFFICIEL', 'Ferrari'] });
  assert.deepEqual(entities.keywords, undefined);
});

test('content cut off, a schema violation or a refusal is an error with a sentence', async () => {
  replay('invalid-json.json');
  await assert.rejects(describeWithLlm(video, llm()), (e: unknown) => isLlmAnswerError(e) && /not JSON \(cut off at its token limit\)/.test(e.message));
  replay('schema-violation.json');
  await assert.rejects(describeWithLlm(video, llm()), (e: unknown) => isLlmAnswerError(e) && /breaks the schema at people\.0/.test(e.message));
  replay('refusal.json');
  await assert.rejects(describeWithLlm(video, llm()), (e: unknown) => isLlmRefusalError(e) && /cannot assist/.test(e.message));
  peer.answer = () => ({ body: '<html>gateway</html>' });
  await assert.rejects(describeWithLlm(video, llm()), (e: unknown) => isLlmAnswerError(e) && /not a chat completion/.test(e.message));
});

test('a 5xx is an LlmHttpError at once (no retry: the rules are the fallback); a slow model an LlmTimeoutError', async () => {
  replay('server-error.json', 500);
  await assert.rejects(describeWithLlm(video, llm({ apiKey: 'sk-secret' })), (e: unknown) => {
    assert.ok(isLlmHttpError(e));
    assert.equal(e.status, 500);
    assert.equal(String(e).includes('sk-secret'), false);
    return true;
  });
  assert.equal(peer.requests.length, 1);

  replay('mistral-valid.json', 200, 1000);
  const started = Date.now();
  await assert.rejects(describeWithLlm(video, llm({ timeoutMs: 100 })), (e: unknown) => isLlmTimeoutError(e) && e.timeoutMs === 100);
  assert.ok(Date.now() - started < 900, 'the time limit cut the exchange');
});

test('an unreachable endpoint is an LlmNetworkError; the caller aborting rejects with its own reason', async () => {
  const closed = await startReplayServer();
  await closed.close();
  await assert.rejects(describeWithLlm(video, { baseUrl: closed.origin, model: 'm' }), isLlmNetworkError);

  replay('mistral-valid.json', 200, 500);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 30);
  await assert.rejects(describeWithLlm(video, llm(), { signal: controller.signal }), { name: 'AbortError' });
});
