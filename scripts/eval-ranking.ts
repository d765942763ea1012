/**
 * `npm run eval`: nDCG@10 of the engine on the development set (test/fixtures/ranking-dev), beside the service's own
 * order (the order of the answer's records). Each answer is read as `cocktail-reco rank` reads it and ranked with the
 * CLI's defaults (`--limit 10`), once on the answer's own entities and once on our rules describer's description of
 * its video (`cocktail-reco rank FILE --describe`). Gains are 2^grade − 1, discounts log2(rank + 1); the ideal order is the case's grades
 * sorted. Options: `--explain CASE` prints that case's table with every factor.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { metadataFromLegacyVideo } from '../src/cli/describe-input.js';
import { readRankInput } from '../src/cli/rank-input.js';
import { describeWithRules } from '../src/describer/rules/index.js';
import { rank } from '../src/ranking/index.js';

const FOLDER = join(import.meta.dirname, '..', 'test', 'fixtures', 'ranking-dev');
const HELD_OUT = new Set(['kyoto-voyage', 'jancovici-nucleaire', 'austerlitz-1805', 'wembanyama-spurs']);
const CUT = 10;

function dcg(gains: readonly number[]): number {
  return gains.slice(0, CUT).reduce((sum, gain, index) => sum + gain / Math.log2(index + 2), 0);
}

function ndcg(order: readonly string[], grades: ReadonlyMap<string, number>): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).map(gain));
  return ideal === 0 ? 0 : dcg(order.map((id) => gain(grades.get(id) ?? 0))) / ideal;
}

/** The candidates ranked on what our rules describer reads in the video's own title and description. */
function rankOnOurDescription(input: ReturnType<typeof readRankInput>) {
  const description = describeWithRules(metadataFromLegacyVideo(input.description.video));
  return rank({ description, candidates: input.candidates }, { limit: CUT });
}

const { values } = parseArgs({ options: { explain: { type: 'string' } } });
const rows: { name: string; relation: string; naive: number; engine: number; described: number }[] = [];
for (const file of readdirSync(FOLDER).filter((f) => f.endsWith('.json') && !f.endsWith('.grades.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  const input = readRankInput(JSON.parse(readFileSync(join(FOLDER, file), 'utf8')));
  const graded = JSON.parse(readFileSync(join(FOLDER, `${name}.grades.json`), 'utf8')) as Record<string, { grade: number }>;
  const grades = new Map(Object.entries(graded).map(([id, { grade }]) => [id, grade]));
  const items = rank({ description: input.description, candidates: input.candidates }, { limit: CUT });
  if (values.explain === name) {
    for (const [index, item] of items.entries()) {
      console.log(`${index + 1}. [${grades.get(item.id)}] ${item.score.toFixed(3)} ${item.title} — ${item.why.map((e) => `${e.value}@${e.field} ${e.weight}`).join('; ')}`);
    }
  }
  rows.push({
    name: HELD_OUT.has(name) ? `${name} (held out)` : name,
    relation: input.description.relation.type,
    naive: ndcg(input.candidates.map((c) => c.id), grades),
    engine: ndcg(items.map((item) => item.id), grades),
    described: ndcg(rankOnOurDescription(input).map((item) => item.id), grades),
  });
}

const width = Math.max(...rows.map((r) => r.name.length), 4);
console.log(`| ${'case'.padEnd(width)} | relation  | service order | engine | engine, --describe |`);
console.log(`|${'-'.repeat(width + 2)}|-----------|--------------:|-------:|-------------------:|`);
const cell = (n: number, w: number) => n.toFixed(2).padStart(w);
for (const r of rows) console.log(`| ${r.name.padEnd(width)} | ${r.relation.padEnd(9)} | ${cell(r.naive, 13)} | ${cell(r.engine, 6)} | ${cell(r.described, 18)} |`);
const mean = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0) / rows.length;
console.log(`| ${'mean'.padEnd(width)} |           | ${cell(mean((r) => r.naive), 13)} | ${cell(mean((r) => r.engine), 6)} | ${cell(mean((r) => r.described), 18)} |`);
