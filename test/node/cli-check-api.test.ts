// `cocktail-reco check-api` against a real HTTP server on 127.0.0.1 that answers with the contract's msw handlers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delay, getResponse, http, HttpResponse } from 'msw';
import { LIBRARY, recommendationList, sampleHandlers, VIDEO_ID } from '../fixtures/api-sample.js';

type Handlers = ReturnType<typeof sampleHandlers>;

/** Serves the handlers made for the server's own origin over real HTTP: the CLI (another process) talks to it. */
async function serve(handlersFor: (origin: string) => Handlers): Promise<{ origin: string; server: Server }> {
  let handlers: Handlers = [];
  const server = createServer(async (req, res) => {
    const request = new Request(`http://${req.headers.host}${req.url}`, { headers: req.headers as Record<string, string> });
    const response = (await getResponse(handlers, request)) ?? new Response('not found', { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers = handlersFor(origin);
  return { origin, server };
}

function checkApi(apiBase: string, ...extra: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/cocktail-reco.mjs', 'check-api', '--api-base', apiBase, '--library', LIBRARY,
      '--video', `https://youtu.be/${VIDEO_ID}`, ...extra]);
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('cocktail-reco check-api', () => {
  const servers: Server[] = [];
  before(() => {
    if (!existsSync('dist/esm/cli/contract-check.js')) execFileSync(process.execPath, ['scripts/build.mjs', '--tsc-only']);
  });
  after(() => servers.forEach((s) => s.close()));

  test('a server that keeps the contract passes, with its findings listed', async () => {
    const { origin, server } = await serve((apiBase) => sampleHandlers({ apiBase }));
    servers.push(server);
    const { code, stdout } = await checkApi(origin);
    assert.equal(code, 0, `exit code 0 expected:\n${stdout}`);
    assert.match(stdout, /^ok +\/videos\//m, 'the video endpoint is checked');
    assert.match(stdout, /^ok +\/libraries\/.*recommendations/m, 'the list endpoint is checked');
    assert.match(stdout, /400 invalid_request as problem details/, 'the invalid request is refused with problem details');
    assert.match(stdout, /0 failure\(s\)/, 'no failure');
  });

  test('a server sending broken lists fails, and forgiven faults are warnings', async () => {
    const list = recommendationList();
    const broken = http.get('*/v1/libraries/:library/recommendations', () =>
      HttpResponse.json({ ...list, items: [...list.items, { id: 'x', title: 'No source', type: 'hologram', score: 0.5 },
        { ...list.items[0], id: 'js', url: 'javascript:alert(1)', type: 'hologram' }] }));
    const { origin, server } = await serve((apiBase) => [broken, ...sampleHandlers({ apiBase })]);
    servers.push(server);
    const { code, stdout } = await checkApi(origin);
    assert.equal(code, 0, `dropped items are forgiven, so the widget can still use the server:\n${stdout}`);
    assert.match(stdout, /item 3 is invalid and dropped/, 'the item with no source is reported');
    assert.match(stdout, /document type "hologram" is unknown/, 'the unknown type is reported');
    assert.match(stdout, /url is not http\(s\)/, 'the javascript: link is reported');
  });

  test('a 403 video_excluded from the library\'s curation is recognised: a warning that says why, not a failure', async () => {
    const problem = (status: number, body: object) => () =>
      HttpResponse.json({ status, ...body }, { status, headers: { 'content-type': 'application/problem+json' } });
    const recommendations = '*/v1/libraries/:library/recommendations';
    const excluded = http.get(recommendations, ({ request }) =>
      new URL(request.url).searchParams.get('limit') === '0'
        ? undefined
        : problem(403, { code: 'video_excluded', title: 'Video excluded', detail: 'Denied channel.' })());
    const { origin, server } = await serve((apiBase) => [excluded, ...sampleHandlers({ apiBase })]);
    servers.push(server);
    const { code, stdout } = await checkApi(origin);
    assert.equal(code, 0, `an exclusion is a conforming answer:\n${stdout}`);
    assert.match(stdout, /^warn +\/libraries\/.*403 video_excluded: the library's curation denies this video/m);
    assert.match(stdout, /0 failure\(s\)/);

    const forbidden = http.get(recommendations, problem(403, { code: 'forbidden' }));
    const other = await serve((apiBase) => [forbidden, ...sampleHandlers({ apiBase })]);
    servers.push(other.server);
    const refused = await checkApi(other.origin);
    assert.equal(refused.code, 1, `another 403 is still a failure:\n${refused.stdout}`);
    assert.match(refused.stdout, /^fail +\/libraries\/.*HTTP 403/m);
  });

  test('a server that answers the video with no usable shape fails with exit code 1', async () => {
    const { origin, server } = await serve(() => [http.get('*/v1/videos/:id', () => HttpResponse.json({ hello: 'world' }))]);
    servers.push(server);
    const { code, stdout } = await checkApi(origin);
    assert.equal(code, 1, `exit code 1 expected:\n${stdout}`);
    assert.match(stdout, /^fail +\/videos\/.*video/m, 'the broken video answer is a failure');
  });

  test('a server that never answers is a failure after --timeout-ms, not a hang', async () => {
    const { origin, server } = await serve(() => [http.get('*', () => delay('infinite'))]);
    servers.push(server);
    const { code, stdout } = await checkApi(origin, '--timeout-ms', '300');
    assert.equal(code, 1, `exit code 1 expected:\n${stdout}`);
    assert.match(stdout, /^fail +\/videos\/.*did not answer within 300 ms/m, 'the silent server is reported with the time allowed');
  });
});
