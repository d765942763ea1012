// The library's v1 API on 127.0.0.1, replaying answers recorded from the demo's real engine
// (test/fixtures/v1-answers/, written by scripts/record-v1-answers.ts): a library's recommendations for a recorded
// video; RFC 9457 problems for an unknown library or video, as the contract says. Every request is recorded with
// the headers a privacy check needs.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { repositoryRoot } from './demo-build.js';

const ANSWERS = join(repositoryRoot, 'test/fixtures/v1-answers');
const PROBLEM_BASE = 'https://cocktail-reco.example/problems/';

export interface RecordedApiRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

export interface RecordedApi {
  origin: string;
  library: string;
  /** The recorded lists, by video id. */
  readonly lists: ReadonlyMap<string, { items: { title: string }[]; relation: { type: string } }>;
  readonly requests: RecordedApiRequest[];
  close(): Promise<void>;
}

export async function startRecordedApi(library: string): Promise<RecordedApi> {
  const lists = new Map(
    readdirSync(ANSWERS).filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(ANSWERS, file), 'utf8'))]),
  );
  const requests: RecordedApiRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? '/', headers: req.headers });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const problem = (status: number, code: string, title: string) =>
      res.writeHead(status, { 'Content-Type': 'application/problem+json' })
        .end(JSON.stringify({ type: PROBLEM_BASE + code, code, title, status }));
    const route = url.pathname.match(/^\/v1\/libraries\/([^/]+)\/recommendations$/);
    if (req.method !== 'GET' || !route) return problem(404, 'not_found', 'No such route.');
    if (decodeURIComponent(route[1]!) !== library) return problem(404, 'library_unknown', 'Unknown library.');
    const list = lists.get(url.searchParams.get('video') ?? '');
    if (!list) return problem(404, 'video_not_analyzed', 'This video has not been analysed.');
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(list));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    library,
    lists,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
