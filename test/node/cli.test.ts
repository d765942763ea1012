import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bin, ensureBuilt, root } from '../fixtures/built-cli.js';

const samplePath = fileURLToPath(new URL('../fixtures/legacy-sample.json', import.meta.url));
/** What the CLI loads from the build. */
const BUILT = ['dist/esm/cli/rank-input.js', 'dist/esm/cli/ranking-table.js', 'dist/esm/ranking/index.js', 'dist/esm/youtube/parse-url.js'];

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cocktail-reco CLI', () => {
  before(() => ensureBuilt(BUILT));

  test('rank prints JSON: id, title, score and evidence, best first', () => {
    const { code, stdout, stderr } = run(['rank', samplePath, '--limit', '5']);
    assert.equal(code, 0, stderr);
    const rows = JSON.parse(stdout) as { id: string; title: string; score: number; why: { value: string }[] }[];
    assert.equal(rows.length, 5);
    for (const row of rows) assert.deepEqual(Object.keys(row), ['id', 'title', 'score', 'why']);
    const scores = rows.map((r) => r.score);
    assert.ok(scores.every((s) => s > 0 && s <= 1));
    assert.ok(rows.every((r) => r.why.length > 0));
    assert.ok(rows.some((r) => r.title === 'Robespierre'));
    assert.ok(!rows.some((r) => r.title.startsWith('Catalogue d\'une vente')), 'the 1852 sale catalogue is not in the top 5');
  });

  test('rank reads standard input and the { description, candidates } form', () => {
    const { code, stdout } = run(['rank', '-'], readFileSync(samplePath, 'utf8'));
    assert.equal(code, 0);
    const fromStdin = JSON.parse(stdout) as { id: string }[];
    assert.ok(fromStdin.length > 0);

    const pair = {
      description: {
        video: { id: 'abcdefghijk', title: 'Robespierre, la Terreur' },
        relation: { type: 'pedagogy' },
        entities: { people: [{ label: 'Robespierre', weight: 1 }] },
      },
      candidates: [
        { id: 'b1', title: 'Robespierre', authors: ['Martin, Paul'], type: 'book', subjects: ['Robespierre, Maximilien de'], source: { kind: 'library', name: 'Médiathèque' } },
        { id: 'b2', title: 'Cuisine du Périgord', authors: ['Dupont, Anne'], type: 'book', subjects: ['Cuisine'], source: { kind: 'library', name: 'Médiathèque' } },
        { title: 'no id' },
      ],
    };
    const result = run(['rank', '-'], JSON.stringify(pair));
    assert.equal(result.code, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as { id: string }[];
    assert.equal(rows[0]?.id, 'b1');
    assert.ok(!rows.some((r) => r.id === 'b2'), 'an unrelated record is below the floor');
    assert.match(result.stderr, /1 record\(s\) could not be read/);
  });

  test('rank --format table aligns columns and explains each item in French', () => {
    const { code, stdout } = run(['rank', samplePath, '--format', 'table', '--limit', '3']);
    assert.equal(code, 0);
    const lines = stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^#\s+score\s+type\s+titre\s+auteurs$/);
    const itemLines = lines.filter((l) => /^\d+\s/.test(l));
    assert.equal(itemLines.length, 3);
    // Columns are aligned: the title starts at the same offset on the header and on every item.
    const titleAt = (lines[0] ?? '').indexOf('titre');
    const types = ['livre', 'vidéo', 'carte', 'événement', 'partition', 'enregistrement sonore'];
    for (const line of itemLines) {
      assert.ok(types.some((t) => line.includes(t)), line);
      assert.notEqual(line.charAt(titleAt), ' ', line);
      assert.equal(line.charAt(titleAt - 1), ' ', line);
    }
    assert.ok(lines.some((l) => /^\s+- « .+ » \((personne|mot-clé|date|œuvre)\) correspond (à l'auteur|au titre|au sous-titre|à un sujet|à la description|à l'année), poids \d,\d\d$/.test(l)), stdout);
    assert.match(stdout, /0,\d\d/);
  });

  test('rank --explain shows every factor of each score, in the table and in JSON', () => {
    const table = run(['rank', samplePath, '--format', 'table', '--limit', '3', '--explain']);
    assert.equal(table.code, 0);
    const factorLines = table.stdout.split('\n').filter((l) => /^\s+facteurs : preuves \d,\d\d × type \d,\d\d \(d’après (le profil|le type de relation)\) × cohérence \d,\d\d/.test(l));
    assert.equal(factorLines.length, 3, table.stdout);
    assert.match(table.stdout, /sens dans la réponse \(spécificité \d,\d\d\)/);
    const json = run(['rank', samplePath, '--limit', '3', '--explain']);
    const rows = JSON.parse(json.stdout) as { score: number; factors: { score: number; evidence: unknown[] } }[];
    assert.equal(rows.length, 3);
    for (const row of rows) {
      assert.ok(row.factors.evidence.length > 0);
      assert.ok(Math.abs(row.factors.score - row.score) < 1e-3, 'the factors give the score');
    }
    assert.ok(!('factors' in (JSON.parse(run(['rank', samplePath, '--limit', '1']).stdout)[0] as object)), 'factors only on --explain');
  });

  test('parse-url prints the video, or exits 1 with a plain message', () => {
    const ok = run(['parse-url', 'https://www.youtube.com/watch?v=Xy7kQ2pLm0A&t=1m5s']);
    assert.equal(ok.code, 0);
    assert.deepEqual(JSON.parse(ok.stdout), { id: 'Xy7kQ2pLm0A', start: 65 });

    const bad = run(['parse-url', 'https://example.org/watch?v=Xy7kQ2pLm0A']);
    assert.equal(bad.code, 1);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /^Not a YouTube video link: https:\/\/example\.org/);
  });

  test('usage errors exit 2 with the usage on stderr; bad input exits 1', () => {
    for (const args of [['--help'], [], ['frobnicate'], ['rank'], ['rank', samplePath, '--format', 'xml'], ['rank', samplePath, '--limit', '0'], ['rank', samplePath, '--bogus']]) {
      const result = run(args);
      assert.equal(result.code, 2, args.join(' '));
      assert.match(result.stderr, /Usage:\n {2}cocktail-reco rank FILE/);
      assert.equal(result.stdout, '');
    }

    const missing = run(['rank', 'no/such/file.json']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^Cannot read no\/such\/file\.json: ENOENT/);

    const invalid = run(['rank', '-'], '{ not json');
    assert.equal(invalid.code, 1);
    assert.match(invalid.stderr, /^Standard input is not valid JSON/);

    const wrongShape = run(['rank', '-'], '[1, 2]');
    assert.equal(wrongShape.code, 1);
    assert.match(wrongShape.stderr, /is not a ranking input/);
  });
});
