// The describer's gold set is well-formed, and `npm run eval:describer` runs on it and prints its tables. The
// figures themselves are a measurement (BENCHMARKS.md), not asserted here.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { foldKey } from '../../src/ranking/text-folding.js';
import { FACETS } from '../../src/sdk/schemas.js';
import { readVideoListAnswer } from '../../src/youtube/data-api.js';
import { loadGoldSet, readGoldVideo } from '../../scripts/describer-eval/gold-set.js';
import { sourceText } from '../../scripts/describer-eval/scoring.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'eval/describer');
const cases = loadGoldSet(dir);
const jsonFiles = (folder: string) => readdirSync(join(dir, folder)).filter((f) => f.endsWith('.json')).sort();

describe('describer gold set', () => {
  test('holds at least 24 annotated videos, every answer annotated once', () => {
    assert.ok(cases.length >= 24, `${cases.length} cases`);
    const answers = [...jsonFiles('videos').map((f) => `videos/${f}`), ...jsonFiles('legacy').map((f) => `legacy/${f}`)];
    assert.deepEqual(cases.map((c) => c.annotation.file).sort(), answers.sort());
    assert.equal(new Set(cases.map((c) => c.video.id)).size, cases.length, 'video ids are distinct');
  });

  test('every Data API answer reads with readVideoListAnswer into the annotated video, with its category and topics', () => {
    for (const file of jsonFiles('videos')) {
      const answer = JSON.parse(readFileSync(join(dir, 'videos', file), 'utf8')) as { kind: string };
      assert.equal(answer.kind, 'youtube#videoListResponse', file);
      const videos = readVideoListAnswer(answer);
      assert.equal(videos.length, 1, file);
      const annotated = cases.find((c) => c.annotation.file === `videos/${file}`)!;
      assert.equal(videos[0]!.id, annotated.annotation.video, file);
      assert.equal(typeof videos[0]!.categoryId, 'number', file);
      assert.ok(videos[0]!.topicCategories?.every((url) => url.startsWith('https://en.wikipedia.org/wiki/')), file);
    }
  });

  test('the legacy answers read into videos from their videoInfos alone', () => {
    const legacy = jsonFiles('legacy');
    assert.ok(legacy.length >= 2);
    for (const file of legacy) {
      const { input, videos } = readGoldVideo(dir, `legacy/${file}`);
      assert.equal(input, 'legacy');
      assert.equal(videos[0]!.source, 'legacy');
      assert.ok(videos[0]!.description && videos[0]!.channelTitle, file);
      assert.equal(videos[0]!.tags, undefined, `${file}: a legacy answer has no tags`);
    }
  });

  test('annotations name real facets, grade every entity and keep noise apart from gold labels', () => {
    for (const { name, annotation } of cases) {
      for (const facet of Object.keys(annotation.facets)) assert.ok((FACETS as readonly string[]).includes(facet), `${name}: ${facet}`);
      const entities = Object.values(annotation.facets).flat();
      assert.ok(entities.some((e) => e.grade === 'must-find'), `${name} has a must-find entity`);
      const gold = new Set(entities.flatMap((e) => [e.label, ...(e.variants ?? [])]).map(foldKey));
      const clashes = annotation.noise.filter((label) => gold.has(foldKey(label)));
      assert.deepEqual(clashes, [], `${name}: a noise label is also a gold label`);
    }
  });

  test('every must-find entity occurs in its video\'s text (dates excepted: they are written in a normal form)', () => {
    // The describer is extractive by design (an LLM's label is kept only if it occurs in the source): a must-find
    // the text does not hold would measure the annotation, not the describer.
    for (const { name, annotation, video } of cases) {
      const text = sourceText(video);
      for (const facet of FACETS.filter((f) => f !== 'dates')) {
        for (const entity of annotation.facets[facet] ?? []) {
          if (entity.grade !== 'must-find') continue;
          const forms = [entity.label, ...(entity.variants ?? [])];
          assert.ok(forms.some((form) => text.includes(` ${foldKey(form)} `)), `${name}: ${entity.label} (${facet})`);
        }
      }
    }
  });

  test('every case has a replayed chat completion in the OpenAI-compatible shape', () => {
    assert.deepEqual(jsonFiles('llm-replay').map((f) => basename(f, '.json')), cases.map((c) => c.name).sort());
    for (const file of jsonFiles('llm-replay')) {
      const answer = JSON.parse(readFileSync(join(dir, 'llm-replay', file), 'utf8')) as {
        object: string;
        choices: { message: { role: string; content: string } }[];
      };
      assert.equal(answer.object, 'chat.completion', file);
      assert.equal(answer.choices[0]!.message.role, 'assistant', file);
      assert.equal(typeof answer.choices[0]!.message.content, 'string', file);
    }
  });
});

describe('npm run eval:describer', () => {
  test('describes every video with both describers and prints the tables', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-describer.ts'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    assert.equal(run.status, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, new RegExp(`^Describer evaluation: ${cases.length} videos`));
    assert.match(out, /\| {2}\| rules precision \| rules recall \| LLM replay precision \| LLM replay recall \|/);
    for (const facet of [...FACETS, 'overall']) assert.match(out, new RegExp(`^\\| ${facet} \\| \\d+ % \\(\\d+/\\d+\\)`, 'm'), facet);
    assert.match(out, /^\| must-find recall, right facet \| \d+ % /m);
    assert.match(out, /^\| noise labels weighted ≥ 0\.25 \| \d+ \| \d+ \|$/m);
    // Every case reached the replay server: the LLM column is the LLM describer's, not the rules' under another name.
    assert.match(out, new RegExp(`${cases.length} chat completions replayed`));
    for (const column of ['rules', 'LLM replay']) {
      assert.match(out, new RegExp(`^Relation, ${column} \\(rows: the librarian, columns: the describer\\)`, 'm'));
      for (const type of ['emi', 'inclusion', 'pedagogy']) assert.match(out, new RegExp(`^\\| ${type} \\| \\d+ \\| \\d+ \\| \\d+ \\| \\d+ \\|$`, 'm'));
    }
  });
});
