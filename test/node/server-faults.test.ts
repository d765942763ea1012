// Faults around a real server, over loopback HTTP: its SRU catalogue down, slow or sending garbage (a fake SRU
// server on loopback replaying a recorded Koha answer), the fallback catalogue filling a thin fund, and the
// storage gone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReplayServer, type ReplayServer } from '../fixtures/replay-server.js';
import {
  DEMO_CATALOGUE, DEMO_EVENTS, DEMO_VIDEO_IDS, fetchAnalysed, ROOT, startFakeYouTube, startTestServer, temporaryFolder,
  testConfigJson, type FakeYouTube, type TestServer,
} from './server-harness.js';

const KOHA_ANSWER = readFileSync(join(ROOT, 'test/fixtures/sru/koha-zebra-marcxml.xml'), 'utf8');
const VIDEO = DEMO_VIDEO_IDS[0]!;
const SEARCH_TIMEOUT_MS = 400;

let youtube: FakeYouTube;
let sru: ReplayServer;
let closedPort: string;
let folder: ReturnType<typeof temporaryFolder>;
let server: TestServer;

type Item = { id: string; source: { kind: string } };
type List = { items: Item[]; meta: { searches: number; failedSearches: number } };

before(async () => {
  youtube = await startFakeYouTube();
  sru = await startReplayServer();
  sru.answer = () => ({ headers: { 'content-type': 'text/xml' }, body: KOHA_ANSWER });
  const closed = await startReplayServer();
  closedPort = closed.origin;
  await closed.close();
  folder = temporaryFolder();

  const demo = JSON.parse(readFileSync(DEMO_CATALOGUE, 'utf8')) as Array<Record<string, unknown>>;
  const thin = join(folder.path, 'thin.json');
  writeFileSync(thin, JSON.stringify(demo.slice(0, 3)));
  const network = join(folder.path, 'network.json');
  writeFileSync(network, JSON.stringify(demo.map((record) => ({ ...record, id: `net-${String(record.id)}`, source: { kind: 'network', name: 'Réseau des médiathèques' } }))));

  const library = (id: string, catalogues: unknown[], fallback: unknown[] = []) => ({ id, name: id, catalogues, fallback });
  const koha = (url: string) => ({ kind: 'sru', url, version: '1.1', recordSchema: 'marcxml', source: { kind: 'library', name: 'Koha' } });
  server = await startTestServer(testConfigJson(folder.path, youtube.origin, {
    search: { maxSearches: 12, concurrency: 4, timeoutMs: SEARCH_TIMEOUT_MS },
    libraries: [
      library('sru-only', [koha(`${sru.origin}/biblios`)]),
      library('sru-and-events', [koha(`${sru.origin}/biblios`), { kind: 'json', path: DEMO_EVENTS }]),
      library('down', [koha(`${closedPort}/biblios`)]),
      library('thin', [{ kind: 'json', path: thin }], [{ kind: 'json', path: network }]),
    ],
  }));
  assert.equal((await fetchAnalysed(`${server.url}/v1/videos/${VIDEO}`)).status, 200);
});

after(async () => {
  await server?.close();
  await youtube?.close();
  await sru?.close();
  folder?.cleanup();
});

const listOf = (library: string, query = '') => fetch(`${server.url}/v1/libraries/${library}/recommendations?video=${VIDEO}${query}`);

describe('catalogue faults', () => {
  it('a working SRU catalogue is searched with the query plan, at most the configured number of searches', async () => {
    const before = sru.requests.length;
    const response = await listOf('sru-only');
    assert.equal(response.status, 200);
    const list = (await response.json()) as List;
    assert.ok(list.meta.searches > 0 && list.meta.searches <= 12);
    assert.equal(sru.requests.length - before, list.meta.searches, 'one SRU request per search');
    assert.equal(list.meta.failedSearches, 0);
    assert.ok(sru.requests.every((request) => request.url.searchParams.get('operation') === 'searchRetrieve'));
  });

  it('a catalogue that does not answer: 503 catalogue_unavailable with Retry-After, when it is the only one', async () => {
    const response = await listOf('down');
    assert.equal(response.status, 503);
    assert.ok(Number(response.headers.get('retry-after')) > 0);
    assert.equal(((await response.json()) as { code: string }).code, 'catalogue_unavailable');
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /cocktail_catalogue_searches_total\{catalogue="http:\/\/127\.0\.0\.1:\d+\/biblios",result="error"\} \d+/);
  });

  it('a slow catalogue: its searches time out and are counted in meta.failedSearches, the other catalogue still answers', async () => {
    sru.answer = () => ({ headers: { 'content-type': 'text/xml' }, body: KOHA_ANSWER, delayMs: SEARCH_TIMEOUT_MS * 3 });
    try {
      const started = Date.now();
      const response = await listOf('sru-and-events', '&limit=7');
      assert.equal(response.status, 200);
      const list = (await response.json()) as List;
      assert.ok(list.meta.failedSearches > 0 && list.meta.failedSearches === list.meta.searches / 2, JSON.stringify(list.meta));
      assert.ok(list.items.length > 0, 'the events still give items');
      assert.ok(list.items.every((item) => item.source.kind === 'event'));
      assert.ok(Date.now() - started < SEARCH_TIMEOUT_MS * 12, 'searches run concurrently, each bounded by its timeout');
    } finally {
      sru.answer = () => ({ headers: { 'content-type': 'text/xml' }, body: KOHA_ANSWER });
    }
  });

  it('a catalogue sending garbage: every search fails as a catalogue error, answered 503, never a crash', async () => {
    sru.answer = () => ({ headers: { 'content-type': 'text/xml' }, body: '<searchRetrieveResponse><records><record>cut off' });
    try {
      const response = await listOf('sru-only', '&limit=9');
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as { code: string }).code, 'catalogue_unavailable');
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    } finally {
      sru.answer = () => ({ headers: { 'content-type': 'text/xml' }, body: KOHA_ANSWER });
    }
  });

  it('the fallback catalogue fills a thin fund, each item with its source kind', async () => {
    const response = await listOf('thin', '&limit=10');
    assert.equal(response.status, 200);
    const list = (await response.json()) as List;
    const kinds = list.items.map((item) => item.source.kind);
    assert.equal(list.items.length, 10);
    assert.ok(kinds.includes('network'), 'the network fills the list');
    const firstNetwork = kinds.indexOf('network');
    assert.ok(kinds.slice(firstNetwork).every((kind) => kind === 'network'), 'the library’s own documents come first');
    assert.equal(new Set(list.items.map((item) => item.id)).size, list.items.length);
  });
});

describe('storage gone', () => {
  it('answers 503 storage_unavailable, and /readyz says so, while /healthz still answers', async () => {
    await server.services.store.close();
    const response = await listOf('sru-only', '&limit=3');
    assert.equal(response.status, 503);
    assert.equal(((await response.json()) as { code: string }).code, 'storage_unavailable');
    assert.ok(Number(response.headers.get('retry-after')) > 0);
    const ready = await fetch(`${server.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as { code: string }).code, 'storage_unavailable');
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  });
});
