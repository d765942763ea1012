import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { CocktailClient } from '../../src/sdk/client.js';
import { HttpError, NetworkError, QuotaError } from '../../src/sdk/errors.js';
import { API_BASE, LIBRARY, VIDEO_ID, sampleHandlers } from '../fixtures/api-sample.js';

describe('CocktailClient in Chromium, through the msw service worker', () => {
  const seen: Request[] = [];
  const worker = setupWorker(...sampleHandlers());
  worker.events.on('request:start', ({ request }) => {
    seen.push(request);
  });

  before(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
  beforeEach(() => {
    seen.length = 0;
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  const client = () => new CocktailClient({ apiBase: API_BASE, library: LIBRARY, key: 'k-browser', retries: 0 });

  it('reads a list, omits credentials and sends the key header', async () => {
    const list = await client().recommendations(`https://www.youtube.com/watch?v=${VIDEO_ID}`, { limit: 3 });
    expect(list.items.map((item) => item.id)).to.deep.equal(['rec-1', 'rec-2']);
    expect(seen).to.have.length(1);
    expect(seen[0]!.credentials).to.equal('omit');
    expect(seen[0]!.headers.get('x-api-key')).to.equal('k-browser');
  });

  it('shares one request between concurrent calls and caches the answer', async () => {
    const api = client();
    await Promise.all([api.video(VIDEO_ID), api.video(`https://youtu.be/${VIDEO_ID}`)]);
    const cached = await api.recommendations(VIDEO_ID);
    expect((await api.recommendations(VIDEO_ID)).meta.cached).to.equal(true);
    expect(cached.meta.cached).to.equal(false);
    expect(seen).to.have.length(2);
  });

  it('maps problem details to typed errors', async () => {
    const quota = new CocktailClient({ apiBase: `${API_BASE}/scenario/quota`, library: LIBRARY, retries: 0 });
    const error = await quota.recommendations(VIDEO_ID).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(QuotaError);
    expect((error as QuotaError).retryAfter).to.equal(60);
    const missing = await client().video('jNQXAC9IVRa').catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(HttpError);
    expect((missing as HttpError).code).to.equal('video_not_analyzed');
  });

  it('really goes through the worker: a missing handler fails, and with the worker stopped the API is unreachable', async () => {
    worker.resetHandlers(http.get(`${API_BASE}/v1/videos/:id`, () => HttpResponse.json({})));
    const unhandled = await client().recommendations(VIDEO_ID).catch((e: unknown) => e);
    expect(unhandled).to.be.instanceOf(HttpError);
    expect((unhandled as HttpError).status).to.equal(500);
    expect(seen).to.have.length(1);
    worker.stop();
    const unreachable = await client().video(VIDEO_ID).catch((e: unknown) => e);
    expect(unreachable).to.be.instanceOf(NetworkError);
    expect(seen).to.have.length(1);
  });
});
