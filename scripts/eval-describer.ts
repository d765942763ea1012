/**
 * Describer evaluation (`npm run eval:describer`): every video of the gold set (`eval/describer/`) is described
 * by the rules describer and by the LLM describer, the latter against a loopback server replaying hand-written
 * chat-completion answers (`eval/describer/llm-replay/`: it measures the merge and validation path, not a model).
 * Prints precision and recall per facet, must-find recall, noise, and the relation confusion matrices.
 *
 * `--dir DIR` evaluates another gold set laid out the same way.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeVideo } from '../src/describer/describe.js';
import { describeWithRules } from '../src/describer/rules/index.js';
import { loadGoldSet } from './describer-eval/gold-set.js';
import { startLlmReplay } from './describer-eval/llm-replay-server.js';
import { formatReport, type Column } from './describer-eval/report.js';
import { scoreCase } from './describer-eval/scoring.js';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'eval/describer' } } });
const dir = values.dir!;
const cases = loadGoldSet(dir);

const rules: Column = { name: 'rules', scores: [], cases: [] };
const replayed: Column = { name: 'LLM replay', scores: [], cases: [] };
/** The cases whose LLM answer was not used, and why. */
const fallbacks: string[] = [];
const replay = await startLlmReplay(join(dir, 'llm-replay'));
try {
  for (const { name, annotation, video } of cases) {
    rules.scores.push(scoreCase(describeWithRules(video), annotation, video));
    rules.cases.push(name);
    const llm = { baseUrl: replay.baseUrl(name), model: 'replay', apiKey: 'replay' };
    const onLlmError = (error: unknown) => fallbacks.push(`- ${name}: ${error instanceof Error ? error.message : String(error)}`);
    replayed.scores.push(scoreCase(await describeVideo(video, { llm, onLlmError }), annotation, video));
    replayed.cases.push(name);
  }
} finally {
  await replay.close();
}

const legacy = cases.filter((c) => c.input === 'legacy').length;
const entities = cases.reduce((n, c) => n + Object.values(c.annotation.facets).flat().length, 0);
const mustFind = cases.reduce((n, c) => n + Object.values(c.annotation.facets).flat().filter((e) => e.grade === 'must-find').length, 0);
const title =
  `Describer evaluation: ${cases.length} videos (${cases.length - legacy} Data API answers, ${legacy} legacy answers), ` +
  `${entities} gold entities of which ${mustFind} must-find; ${replay.requests} chat completions replayed.`;
process.stdout.write(formatReport(title, [rules, replayed]));
process.stdout.write(`\nLLM answers not used (the rules described instead)\n\n${fallbacks.join('\n') || '- none'}\n`);
