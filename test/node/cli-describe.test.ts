// `cocktail-reco describe` and `rank --describe`, run as a user runs them: the built CLI in a child process, on
// recorded YouTube answers and the legacy sample, and with an LLM that is a loopback server replaying recorded
// chat completions.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { VideoDescription } from '../../src/sdk/schemas.js';
import { bin, ensureBuilt, root } from '../fixtures/built-cli.js';
import { useLlmReplay } from '../fixtures/llm-replay.js';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const MUSIC_LIST = fixture('describer/recorded-music-videos.json');
const SINGLE = fixture('youtube/video-sch-prequel.json');
const GIMS = fixture('youtube/video-gims-spider.json');
const OEMBED = fixture('youtube/oembed-costa-rica.json');
const LEGACY = fixture('legacy-sample.json');
const BUILT = ['dist/esm/cli/describe-input.js', 'dist/esm/cli/description-table.js', 'dist/esm/describer/index.js', 'dist/esm/describer/rules/index.js'];

/** Runs the CLI without blocking this process, whose loopback LLM must answer meanwhile. */
function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('COCKTAIL_LLM_')));
    const child = spawn(process.execPath, [bin, ...args], { cwd: root, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const isDescription = (value: unknown) => z.safeParse(VideoDescription, value).success;
const labels = (d: VideoDescription) => Object.values(d.entities).flat().map((e) => e.label);

describe('cocktail-reco describe', () => {
  before(() => ensureBuilt(BUILT));

  test('a Data API list gives an array of v1 descriptions made by the rules', async () => {
    const { code, stdout, stderr } = await run(['describe', MUSIC_LIST]);
    assert.equal(code, 0, stderr);
    const descriptions = JSON.parse(stdout) as VideoDescription[];
    assert.equal(descriptions.length, 5);
    for (const d of descriptions) {
      assert.ok(isDescription(d));
      assert.equal(d.meta?.describer, 'rules');
      assert.equal(d.relation.type, 'inclusion');
    }
    assert.deepEqual(descriptions[0]!.entities.works, [{ label: 'SPIDER', weight: 1 }]);
  });

  test('a single youtube#video resource gives one description, not an array', async () => {
    const { code, stdout } = await run(['describe', SINGLE]);
    assert.equal(code, 0);
    const d = JSON.parse(stdout) as VideoDescription;
    assert.equal(d.video.id, '_cGUhp5S3X0');
    assert.ok(labels(d).includes('SCH'));
  });

  test('an oEmbed answer needs --video, then gives what its title names', async () => {
    const missing = await run(['describe', OEMBED]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /--video ID/);
    const { code, stdout } = await run(['describe', OEMBED, '--video', 'abcdefghijk']);
    assert.equal(code, 0);
    const d = JSON.parse(stdout) as VideoDescription;
    assert.equal(d.video.id, 'abcdefghijk');
    assert.deepEqual(d.entities.places?.map((e) => e.label), ['COSTA RICA']);
  });

  test('a legacy answer is described from its videoInfos, its own entities ignored', async () => {
    const { code, stdout } = await run(['describe', LEGACY]);
    assert.equal(code, 0);
    const d = JSON.parse(stdout) as VideoDescription;
    assert.equal(d.meta?.describer, 'rules');
    assert.ok(labels(d).includes('Camille Desmoulins'));
    // The legacy analyser's bare keyword "14 juillet 1789" becomes our date; its keywords facet is not copied.
    assert.ok(d.entities.dates?.some((e) => e.label === '1789-07-14'));
    assert.equal(d.entities.keywords?.some((e) => e.label === '14 juillet 1789') ?? false, false);
  });

  test('--format table shows each entity with its facet, weight and reasons', async () => {
    const { code, stdout } = await run(['describe', GIMS, '--format', 'table']);
    assert.equal(code, 0);
    assert.match(stdout, /^NLXiGXbxl6Q {2}GIMS & DYSTINCT - SPIDER/);
    assert.match(stdout, /Relation : inclusion — Catégorie YouTube « Musique »/);
    assert.match(stdout, /décrit par : rules/);
    assert.match(stdout, /\n {2}personne +GIMS +1,00 {2}nommé après « artiste »/);
    assert.match(stdout, /\n {2}œuvre +SPIDER +1,00 /);
    assert.doesNotMatch(stdout, /instagram|tiktok|https?:/i);
  });

  test('--stop-word drops the entities holding it', async () => {
    const { stdout } = await run(['describe', GIMS, '--stop-word', 'dystinct']);
    assert.ok(!labels(JSON.parse(stdout)).some((label) => /dystinct/i.test(label)));
  });

  test('bad input gets a plain sentence and exit 1; bad usage exit 2', async () => {
    const notAnswer = await run(['describe', fixture('sru/README.md')]);
    assert.equal(notAnswer.code, 1);
    assert.match(notAnswer.stderr, /is not valid JSON/);
    const wrongShape = await run(['describe', fixture('youtube/error-quota-exceeded.json')]);
    assert.equal(wrongShape.code, 1);
    assert.match(wrongShape.stderr, /Not a video answer/);
    const usage = await run(['describe', MUSIC_LIST, '--format', 'xml']);
    assert.equal(usage.code, 2);
    const halfLlm = await run(['describe', MUSIC_LIST, '--llm-model', 'mistral-small-latest']);
    assert.equal(halfLlm.code, 2);
    assert.match(halfLlm.stderr, /--llm-base-url/);
  });

  describe('with an LLM', () => {
    const llm = useLlmReplay();

    test('flags configure it; its entities are merged and the description says who made it', async () => {
      llm.replay('mistral-valid.json');
      const { baseUrl, model } = llm.llm();
      const { code, stdout, stderr } = await run(['describe', GIMS, '--llm-base-url', baseUrl, '--llm-model', model, '--llm-api-key', 'secret-key']);
      assert.equal(code, 0, stderr);
      const d = JSON.parse(stdout) as VideoDescription;
      assert.equal(d.meta?.describer, `llm:${model}`);
      assert.equal(llm.requests.length, 1);
      assert.equal(llm.requests[0]!.headers['authorization'], 'Bearer secret-key');
    });

    test('COCKTAIL_LLM_* variables configure it too; a failure falls back to the rules, said on stderr without the key', async () => {
      llm.replay('server-error.json', 500);
      const { baseUrl, model } = llm.llm();
      const { code, stdout, stderr } = await run(['describe', GIMS], {
        COCKTAIL_LLM_BASE_URL: baseUrl, COCKTAIL_LLM_MODEL: model, COCKTAIL_LLM_API_KEY: 'secret-key',
      });
      assert.equal(code, 0, stderr);
      assert.equal((JSON.parse(stdout) as VideoDescription).meta?.describer, 'rules');
      assert.match(stderr, /the rules described the video/);
      assert.doesNotMatch(stdout + stderr, /secret-key/);
      assert.equal(llm.requests.length >= 1, true);
    });
  });
});

describe('cocktail-reco rank --describe', () => {
  test('ranks the legacy candidates with our own description, explained with our entities', async () => {
    const own = await run(['rank', LEGACY, '--describe', '--limit', '5']);
    assert.equal(own.code, 0, own.stderr);
    const rows = JSON.parse(own.stdout) as { title: string; why: { facet: string; value: string }[] }[];
    assert.ok(rows.length > 0);
    assert.ok(rows.some((r) => r.why.some((w) => w.value === 'Camille Desmoulins' && w.facet === 'people')));
    assert.ok(!rows.some((r) => r.title.startsWith('Catalogue d\'une vente')), 'the sale catalogue stays out of the top 5');

    // The answer's analyser gave "Bastille" as a bare keyword; our description types it as a subject.
    const facetsOf = (list: typeof rows) => new Set(list.flatMap((r) => r.why.filter((w) => w.value === 'Bastille').map((w) => w.facet)));
    assert.deepEqual(facetsOf(rows), new Set(['subjects']));
    const theirs = JSON.parse((await run(['rank', LEGACY, '--limit', '5'])).stdout) as typeof rows;
    assert.deepEqual(facetsOf(theirs), new Set(['keywords']));
  });

  test('the LLM options apply only with --describe', async () => {
    const { code, stderr } = await run(['rank', LEGACY, '--llm-base-url', 'http://127.0.0.1:9/v1', '--llm-model', 'm']);
    assert.equal(code, 2);
    assert.match(stderr, /only apply with --describe/);
  });
});

describe('README: describe a video from the command line', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('\n### Describe a video from the command line')))?.[1] ?? '';
  const commands = block.split('\n').filter((line) => line.startsWith('node bin/cocktail-reco.mjs '));

  test('its three commands run as written', async () => {
    assert.equal(commands.length, 3);
    for (const line of commands) {
      const { code, stdout, stderr } = await run(line.replace('node bin/cocktail-reco.mjs ', '').split(' '));
      assert.equal(code, 0, `${line}: ${stderr}`);
      assert.ok(stdout.length > 0);
    }
  });
});
