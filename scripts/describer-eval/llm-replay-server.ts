/**
 * A loopback HTTP server that answers OpenAI-compatible chat-completion requests with recorded answers, one per
 * case of the gold set: `POST /<case>/v1/chat/completions` returns `llm-replay/<case>.json` as it is. The case is
 * in the path, so the describer under test is configured with `baseUrl: http://127.0.0.1:<port>/<case>/v1` and
 * nothing of its prompt is parsed here. A file may hold `{ "status": 500, "body": … }` to replay an HTTP error.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface LlmReplay {
  /** The base URL to give the describer for a case. */
  baseUrl(caseName: string): string;
  /** How many chat-completion requests were answered. */
  readonly requests: number;
  close(): Promise<void>;
}

const CASE_PATH = /^\/([\w-]+)\/v1\/chat\/completions$/;

interface Recorded {
  status: number;
  body: string;
}

function recorded(dir: string, caseName: string): Recorded | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, `${caseName}.json`), 'utf8');
  } catch {
    return undefined;
  }
  const json = JSON.parse(text) as { status?: unknown; body?: unknown };
  if (typeof json.status === 'number' && 'body' in json) return { status: json.status, body: JSON.stringify(json.body) };
  return { status: 200, body: text };
}

export async function startLlmReplay(dir: string): Promise<LlmReplay> {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    const match = CASE_PATH.exec(request.url ?? '');
    // The request body is read to its end before answering, as a real server would.
    request.resume();
    request.on('end', () => {
      const answer = request.method === 'POST' && match ? recorded(dir, match[1]!) : undefined;
      if (!answer) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: 'no recorded answer for this path', type: 'not_found' } }));
        return;
      }
      requests++;
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: (caseName) => `http://127.0.0.1:${port}/${caseName}/v1`,
    get requests() {
      return requests;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
