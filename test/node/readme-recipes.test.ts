// The README's Node recipes run exactly as written: its code blocks are read from README.md under their headings,
// written as ES modules inside the package (so `cocktail-reco/sdk` resolves to the build, as for a user), and run
// against the v1 contract's msw handlers at the README's own addresses. The CLI commands run through `sh`.
import { after, afterEach, before, describe, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createApiHandlers, type ApiHandlersOptions } from '../../demo/api/handlers.js';
import { recommendationList } from '../fixtures/api-sample.js';
import type { VideoDescription } from '../../src/sdk/schemas.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** Inside the package, so that the snippets' `cocktail-reco/…` imports resolve to its own build. */
const scratch = join(root, 'test-output', 'readme-recipes');

/** The modules the snippets and the CLI load from the build. */
const BUILT = [
  'dist/esm/sdk.js', 'dist/esm/sdk/client.js', 'dist/esm/recommenders/local-recommender.js',
  'dist/esm/catalogue/index.js', 'dist/esm/catalogue/sru-catalogue.js',
  'dist/esm/cli/rank-input.js', 'dist/esm/cli/ranking-table.js', 'dist/esm/youtube/parse-url.js',
];
const isFresh = (file: string): boolean => {
  const source = join(root, file.replace('dist/esm/', 'src/').replace(/\.js$/, '.ts'));
  return existsSync(join(root, file)) && statSync(join(root, file)).mtimeMs >= statSync(source).mtimeMs;
};

/** The `index`-th fenced block of `lang` in the README section whose `###` heading starts with `heading`. */
function codeBlock(heading: string, lang: string, index = 0): string {
  const start = readme.indexOf(`\n### ${heading}`);
  assert.notEqual(start, -1, `README has a "### ${heading}" section`);
  const section = readme.slice(start + 1).split(/\n(?=##+ )/)[0]!;
  const blocks = [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
  assert.ok(blocks[index] !== undefined, `"${heading}" has a ${lang} block number ${index + 1}`);
  return blocks[index]!;
}

let runs = 0;
/** Runs a snippet as an ES module and returns what it printed with `console.log`, one entry per call. */
async function runSnippet(name: string, code: string): Promise<string[]> {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, code);
  const printed: string[] = [];
  const log = mock.method(console, 'log', (...args: unknown[]) => void printed.push(format(...args)));
  try {
    await import(`${pathToFileURL(file).href}?run=${++runs}`);
  } finally {
    log.mock.restore();
  }
  return printed;
}

const API_BASE = 'https://api.example.org';
const LIBRARY = 'villeurbanne';
const KOHA_SRU = 'https://koha.example.org/biblios';
const kohaAnswer = readFileSync(join(root, 'test/fixtures/sru/koha-zebra-marcxml.xml'), 'utf8');
/** A crochet tutorial: the Koha fixture's two records are about crochet. */
const crochetTutorial = (id: string): VideoDescription => ({
  video: { id, title: 'Apprendre le crochet : les bases', channel: 'Atelier textile', category: 26 },
  relation: { type: 'pedagogy', reason: 'A tutorial: learn with books.' },
  entities: { subjects: [{ label: 'Crochet', weight: 0.9 }], keywords: [{ label: 'Tricoter', weight: 0.5 }] },
});
const api = (overrides: Partial<ApiHandlersOptions> = {}) =>
  createApiHandlers({
    apiBase: API_BASE,
    libraries: [LIBRARY],
    describe: (id) => crochetTutorial(id),
    recommend: (id) => recommendationList(id),
    ...overrides,
  });

const server = setupServer();
before(() => {
  server.listen({ onUnhandledRequest: 'error' });
  if (BUILT.every(isFresh)) return;
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', '--tsc-only'], { cwd: root, stdio: 'pipe' });
  } catch {
    // Type errors elsewhere do not stop tsc from emitting; what matters is that the modules are there.
  }
  for (const file of BUILT) assert.ok(existsSync(join(root, file)), `${file} was built`);
});
afterEach(() => server.resetHandlers());
after(() => server.close());

describe('README: the SDK alone', () => {
  const snippet = () => codeBlock('The SDK alone', 'js');

  test('prints each item: score, title and the evidence', async () => {
    server.use(...api());
    const printed = await runSnippet('sdk-list', snippet());
    assert.deepEqual(printed, ["0.92 Volcans d’Auvergne [ 'Volcanologie' ]", '0.71 La Terre en feu []']);
  });

  test('a 429 takes the quota branch, with the server\'s Retry-After', async () => {
    server.use(...api({ quota: { limit: 0, retryAfterSeconds: 30 } }));
    assert.deepEqual(await runSnippet('sdk-quota', snippet()), ['Quota used up; retry in 30 s']);
  });

  test('another HTTP error prints its status and code', async () => {
    server.use(...api({ libraries: ['another-library'] }));
    assert.deepEqual(await runSnippet('sdk-http', snippet()), ['404 library_unknown']);
  });
});

describe('README: the local recommender in Node', () => {
  test('ranks the Koha records found over SRU, labelled and linked as configured', async () => {
    const searches: URLSearchParams[] = [];
    server.use(
      ...api(),
      http.get(KOHA_SRU, ({ request }) => {
        searches.push(new URL(request.url).searchParams);
        return new HttpResponse(kohaAnswer, { headers: { 'content-type': 'text/xml' } });
      }),
    );
    const printed = await runSnippet('local-node', codeBlock('Rank your own catalogue', 'js', 1));
    // Each line: score, title, the Koha permalink; the book whose subject and title say "crochet" comes first.
    assert.ok(printed.length >= 1 && printed.length <= 2, printed.join('\n'));
    assert.match(printed[0]!, /^0\.\d\d Tricoter au crochet https:\/\/koha\.example\.org\/cgi-bin\/koha\/opac-detail\.pl\?biblionumber=4521$/);
    for (const line of printed) assert.match(line, /^0\.\d\d .+ https:\/\/koha\.example\.org\/cgi-bin\/koha\/opac-detail\.pl\?biblionumber=452[12]$/);
    assert.ok(searches.length > 0);
    for (const search of searches) {
      assert.equal(search.get('version'), '1.1');
      assert.equal(search.get('recordSchema'), 'marcxml');
      assert.match(search.get('query') ?? '', /^(dc\.\w+|cql\.anywhere) all "/, 'Dublin Core indexes, as Koha knows them');
    }
  });
});

describe('README: the command line', () => {
  // `npm run build` is the block's first line; the build is checked (and made when stale) above.
  const commands = () => codeBlock('Audit a ranking', 'sh').split('\n').filter((line) => line.startsWith('node '));
  const run = (line: string) => spawnSync('sh', ['-c', line], { cwd: root, encoding: 'utf8' });

  test('the README has the two commands', () => {
    assert.equal(commands().length, 2);
  });

  test('rank … --format table prints a table of documents numbered from 1', () => {
    const line = commands().find((command) => command.includes(' rank '));
    assert.ok(line);
    const { status, stdout, stderr } = run(line);
    assert.equal(status, 0, stderr);
    const lines = stdout.split('\n');
    assert.match(lines[0]!, /#\s+score\s+type\s+titre\s+auteurs/);
    const rows = lines.filter((text) => /^\s*\d+\s+\d,\d\d\s/.test(text));
    assert.ok(rows.length >= 1 && rows.length <= 10, stdout);
    assert.deepEqual(rows.map((row) => Number(/\d+/.exec(row)![0])), rows.map((_, i) => i + 1), 'numbered from 1');
  });

  test('parse-url prints the video and the start time', () => {
    const line = commands().find((command) => command.includes(' parse-url '));
    assert.ok(line);
    const { status, stdout, stderr } = run(line);
    assert.equal(status, 0, stderr);
    assert.deepEqual(JSON.parse(stdout), { id: 'Rv17x89Lm3K', start: 90 });
  });
});
