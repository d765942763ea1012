// The analysis of new videos by a real server over loopback HTTP, against a fake YouTube Data API: one YouTube
// call for 30 concurrent first requests, 202 + Retry-After + no-store meanwhile, 404 for a video YouTube does not
// know, YouTube's quota exhausted (its recorded 403) answered 503 with Retry-After; the optional LLM (a loopback
// chat endpoint replaying a recorded answer) merged in, and the LLM down leaving the rules' description.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReplayServer, type ReplayServer } from '../fixtures/replay-server.js';
import {
  DEMO_VIDEO_IDS, fetchAnalysed, ROOT, startFakeYouTube, startTestServer, temporaryFolder, testConfigJson,
  type FakeYouTube, type TestServer,
} from './server-harness.js';

const QUOTA_403 = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/youtube/error-quota-exceeded.json'), 'utf8')) as unknown;

let youtube: FakeYouTube;
let folder: ReturnType<typeof temporaryFolder>;
let server: TestServer;

before(async () => {
  youtube = await startFakeYouTube();
  folder = temporaryFolder();
  server = await startTestServer(testConfigJson(folder.path, youtube.origin));
});

after(async () => {
  await server?.close();
  await youtube?.close();
  folder?.cleanup();
});

const callsFor = (id: string) => youtube.calls.filter((call) => call.url.searchParams.get('id')?.split(',').includes(id)).length;

describe('analysis of new videos', () => {
  it('30 concurrent first requests for a new video make one YouTube call, and are answered 202 meanwhile', async () => {
    const video = DEMO_VIDEO_IDS[4]!;
    // YouTube takes its time, so that all 30 requests arrive before the analysis ends.
    const delayed = youtube.answer;
    youtube.answer = (request, index) => ({ ...delayed(request, index), delayMs: 300 });
    try {
      const url = `${server.url}/v1/libraries/villeurbanne/recommendations?video=${video}`;
      const answers = await Promise.all(Array.from({ length: 30 }, () => fetch(url)));
      for (const answer of answers) {
        assert.equal(answer.status, 202);
        assert.equal(answer.headers.get('cache-control'), 'no-store');
        assert.match(answer.headers.get('retry-after') ?? '', /^\d+$/);
        await answer.arrayBuffer();
      }
      const analysed = await fetchAnalysed(url);
      assert.equal(analysed.status, 200);
      assert.equal(callsFor(video), 1, 'one YouTube call');
      const more = await Promise.all(Array.from({ length: 30 }, () => fetch(`${server.url}/v1/videos/${video}`)));
      assert.ok(more.every((answer) => answer.status === 200));
      assert.equal(callsFor(video), 1, 'still one: the description is stored');
    } finally {
      youtube.answer = delayed;
    }
  });

  it('a video YouTube does not know is 404 video_not_analyzed, on both routes', async () => {
    const unknown = 'zzzzzzzzzz0';
    const first = await fetchAnalysed(`${server.url}/v1/videos/${unknown}`);
    assert.equal(first.status, 404);
    const problem = (await first.json()) as { code: string; detail: string };
    assert.equal(problem.code, 'video_not_analyzed');
    assert.match(problem.detail, /YouTube does not know/);
    const list = await fetch(`${server.url}/v1/libraries/villeurbanne/recommendations?video=${unknown}`);
    assert.equal(list.status, 404);
    assert.equal(((await list.json()) as { code: string }).code, 'video_not_analyzed');
    assert.equal(callsFor(unknown), 1, 'asked once, remembered');
  });

  it('YouTube’s quota exhausted (403 quotaExceeded) becomes 503 with Retry-After, and the job waits for the renewal', async () => {
    const video = DEMO_VIDEO_IDS[5]!;
    youtube.override = () => ({ status: 403, body: QUOTA_403 });
    try {
      const first = await fetch(`${server.url}/v1/videos/${video}`);
      assert.equal(first.status, 202);
      await first.arrayBuffer();
      const deadline = Date.now() + 10_000;
      let answer: Response;
      do {
        await new Promise((resolve) => setTimeout(resolve, 100));
        answer = await fetch(`${server.url}/v1/videos/${video}`);
      } while (answer.status === 202 && Date.now() < deadline);
      assert.equal(answer.status, 503);
      const retryAfter = Number(answer.headers.get('retry-after'));
      assert.ok(retryAfter > 60, `Retry-After ${retryAfter} s reaches YouTube's renewal at Pacific midnight`);
      const problem = (await answer.json()) as { code: string; detail: string; retryAfter: number };
      assert.equal(problem.code, 'analysis_unavailable');
      assert.equal(problem.retryAfter, retryAfter);
      assert.match(problem.detail, /quota/);
      assert.equal(callsFor(video), 1, 'no second call before the renewal');
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      assert.match(metrics, /cocktail_youtube_calls_total\{result="error"\} 1/);
      assert.match(metrics, /cocktail_analysis_jobs_total\{outcome="retry"\} 1/);
    } finally {
      youtube.override = undefined;
    }
  });
});

describe('the optional LLM describer', () => {
  const GIMS = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/youtube/video-gims-spider.json'), 'utf8')) as { id: string };
  const MISTRAL = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/llm/mistral-valid.json'), 'utf8')) as unknown;
  let llm: ReplayServer;
  let withLlm: TestServer;
  let llmFolder: ReturnType<typeof temporaryFolder>;

  before(async () => {
    llm = await startReplayServer();
    llm.answer = () => ({ body: MISTRAL });
    llmFolder = temporaryFolder();
    withLlm = await startTestServer(testConfigJson(llmFolder.path, youtube.origin, {
      llm: { baseUrl: `${llm.origin}/v1`, model: 'mistral-small-latest', apiKey: 'test-llm-key' },
    }));
  });

  after(async () => {
    await withLlm?.close();
    await llm?.close();
    llmFolder?.cleanup();
  });

  it('merges the LLM’s entities when it answers, and says so in meta.describer', async () => {
    youtube.override = (request) =>
      request.url.searchParams.get('id') === GIMS.id ? { body: { kind: 'youtube#videoListResponse', items: [GIMS] } } : undefined;
    try {
      const response = await fetchAnalysed(`${withLlm.url}/v1/videos/${GIMS.id}`);
      assert.equal(response.status, 200);
      const description = (await response.json()) as { meta: { describer: string }; entities: { people?: Array<{ label: string }> } };
      assert.equal(description.meta.describer, 'llm:mistral-small-latest');
      assert.ok(description.entities.people?.some((person) => person.label === 'DYSTINCT'));
      assert.equal(llm.requests.length, 1);
      assert.equal(llm.requests[0]!.url.pathname, '/v1/chat/completions');
    } finally {
      youtube.override = undefined;
    }
  });

  it('the LLM down: the rules’ description is served, and the failure logged', async () => {
    llm.answer = () => ({ status: 503, body: { error: 'overloaded' } });
    const video = DEMO_VIDEO_IDS[8]!;
    const response = await fetchAnalysed(`${withLlm.url}/v1/videos/${video}`);
    assert.equal(response.status, 200);
    const description = (await response.json()) as { meta: { describer: string }; video: { id: string } };
    assert.equal(description.video.id, video);
    assert.equal(description.meta.describer, 'rules');
    assert.ok(withLlm.logs.some((line) => line.level === 40 && /LLM failed/.test(String(line.msg))));
    assert.ok(!JSON.stringify(withLlm.logs).includes('test-llm-key'), 'the LLM key is never logged');
  });
});
