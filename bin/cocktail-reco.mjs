#!/usr/bin/env node
// cocktail-reco: describe a video from its YouTube metadata, audit a ranking offline, or check what a pasted
// YouTube link names. Runs on the built package (`npm run build` first). Exit codes: 0 done, 1 bad input
// (unreadable file, invalid JSON, not a video answer, not a video link), 2 bad usage.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { explainRanking } from '../dist/esm/ranking/index.js';
import { parseYouTubeUrl } from '../dist/esm/youtube/parse-url.js';
import { readRankInput } from '../dist/esm/cli/rank-input.js';
import { formatRankingTable } from '../dist/esm/cli/ranking-table.js';
import { checkContract } from '../dist/esm/cli/contract-check.js';
import { serve, SERVE_USAGE, ServeStartError, ServeUsageError } from '../dist/esm/cli/serve.js';
import { metadataFromLegacyVideo, readDescribeInput } from '../dist/esm/cli/describe-input.js';
import { formatDescriptionTable } from '../dist/esm/cli/description-table.js';
import { describeVideo, explainWithRules } from '../dist/esm/describer/index.js';

const USAGE = `Usage:
  cocktail-reco rank FILE [--limit N] [--format json|table] [--explain] [--describe [LLM options]]
      Rank the candidates of FILE (a Cocktail Culturel answer, or {"description", "candidates"} JSON) and
      print each document with its score and the evidence for it. FILE "-" reads standard input.
      --limit N         documents to keep (default 10)
      --format FORMAT   json (default): [{ id, title, score, why }]; table: aligned columns for a terminal
      --describe        rank with our own description of the video instead of the answer's entities
      --explain         also every factor of each score (evidence per entity, specificity, type prior,
                        coherence with the profile, penalty)
  cocktail-reco describe FILE [--format json|table] [--video ID] [--stop-word WORD]… [LLM options]
      Describe the video(s) of FILE: a YouTube Data API answer (videos.list, or one youtube#video), an oEmbed
      answer (give --video ID: oEmbed does not repeat it) or a Cocktail Culturel answer (its videoInfos only).
      Prints the v1 VideoDescription as JSON, an array when FILE holds several videos. FILE "-" reads standard
      input.
      --format FORMAT   json (default); table: facets, labels, weights and the reason for each entity
      --stop-word WORD  a word no entity may hold (repeatable), as a library's curation sets
  LLM options (describe, rank --describe): without them the embedded rules describe, offline.
      --llm-base-url URL   an OpenAI-compatible API (Mistral: https://api.mistral.ai/v1, Ollama:
                           http://localhost:11434/v1, vLLM); or COCKTAIL_LLM_BASE_URL
      --llm-model NAME     the model (mistral-small-latest, llama3.1…); or COCKTAIL_LLM_MODEL
      --llm-api-key KEY    sent as a bearer token, never printed; or COCKTAIL_LLM_API_KEY
      Any LLM failure falls back to the rules, said on standard error; meta.describer says who described.
  cocktail-reco parse-url URL
      Print the YouTube video a link names, as JSON ({ id, start?, list? }).
  cocktail-reco check-api --api-base URL --library ID --video LINK [--key KEY] [--timeout-ms MS]
      Check a real server against the v1 contract: both endpoints read as the widget reads them, and an invalid
      request answered with problem details. Prints one line per finding; exits 1 when the widget could not use
      an answer. Each request may take --timeout-ms (default 15000).
${SERVE_USAGE}  cocktail-reco --help
`;

class UsageError extends Error {}
class InputError extends Error {}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    throw new UsageError('');
  }
  if (command === 'describe') return describeCommand(rest);
  if (command === 'rank') return rankCommand(rest);
  if (command === 'parse-url') return parseUrlCommand(rest);
  if (command === 'check-api') return checkApiCommand(rest);
  if (command === 'serve') return serve(rest, { stdout: (line) => process.stdout.write(line) });
  throw new UsageError(`Unknown command: ${command}`);
}

function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

const LLM_OPTIONS = {
  'llm-base-url': { type: 'string' },
  'llm-model': { type: 'string' },
  'llm-api-key': { type: 'string' },
};

/** The LLM the flags or the environment configure, or undefined for the rules alone. */
function llmConfig(values) {
  const baseUrl = values['llm-base-url'] ?? process.env.COCKTAIL_LLM_BASE_URL;
  const model = values['llm-model'] ?? process.env.COCKTAIL_LLM_MODEL;
  const apiKey = values['llm-api-key'] ?? process.env.COCKTAIL_LLM_API_KEY;
  if (!baseUrl && !model) return undefined;
  if (!baseUrl || !model) throw new UsageError('An LLM needs both --llm-base-url and --llm-model (or COCKTAIL_LLM_BASE_URL and COCKTAIL_LLM_MODEL).');
  if (!/^https?:\/\//.test(baseUrl)) throw new UsageError(`--llm-base-url must be an http(s) URL, not ${baseUrl}.`);
  return apiKey ? { baseUrl, model, apiKey } : { baseUrl, model };
}

/** Options for describeVideo; an LLM failure is told on standard error, never with the key. */
function describeOptions(values) {
  const llm = llmConfig(values);
  return {
    ...(llm ? { llm } : {}),
    stopWords: values['stop-word'] ?? [],
    onLlmError: (error) =>
      process.stderr.write(`The LLM's answer was not used (${error?.message ?? error}); the rules described the video.\n`),
  };
}

async function describeCommand(args) {
  const { values, positionals } = parse(args, {
    format: { type: 'string', default: 'json' },
    video: { type: 'string' },
    'stop-word': { type: 'string', multiple: true },
    ...LLM_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('describe takes one FILE (or - for standard input).');
  if (values.format !== 'json' && values.format !== 'table') throw new UsageError(`--format must be json or table, not ${values.format}.`);
  const options = describeOptions(values);

  const file = positionals[0];
  const body = readJsonFile(file);
  let videos;
  try {
    videos = readDescribeInput(body, { videoId: values.video }).videos;
  } catch (error) {
    throw new InputError(`${file === '-' ? 'Standard input' : file}: ${error.message}`);
  }
  const described = [];
  for (const metadata of videos) {
    described.push({
      description: await describeVideo(metadata, options),
      explained: explainWithRules(metadata, { stopWords: options.stopWords }).entities,
    });
  }
  if (values.format === 'table') {
    process.stdout.write(formatDescriptionTable(described));
  } else {
    const descriptions = described.map((d) => d.description);
    process.stdout.write(JSON.stringify(descriptions.length === 1 ? descriptions[0] : descriptions, null, 2) + '\n');
  }
}

async function rankCommand(args) {
  const { values, positionals } = parse(args, {
    limit: { type: 'string', default: '10' },
    format: { type: 'string', default: 'json' },
    describe: { type: 'boolean' },
    explain: { type: 'boolean', default: false },
    ...LLM_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('rank takes one FILE (or - for standard input).');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not ${values.limit}.`);
  if (values.format !== 'json' && values.format !== 'table') throw new UsageError(`--format must be json or table, not ${values.format}.`);

  const file = positionals[0];
  const body = readJsonFile(file);
  let input;
  try {
    input = readRankInput(body);
  } catch (error) {
    throw new InputError(`${file === '-' ? 'Standard input' : file} is not a ranking input: ${error.message}`);
  }
  if (values.describe) {
    input.description = await describeVideo(metadataFromLegacyVideo(input.description.video), describeOptions(values));
  } else if (llmConfig(values)) {
    throw new UsageError('The LLM options only apply with --describe.');
  }
  const explained = explainRanking({ description: input.description, candidates: input.candidates }, { limit });
  const items = explained.map((e) => e.item);
  if (values.format === 'table') {
    process.stdout.write(formatRankingTable(items, values.explain ? explained.map((e) => e.factors) : undefined));
  } else {
    const rows = explained.map(({ item: { id, title, score, why }, factors }) => (values.explain ? { id, title, score, why, factors } : { id, title, score, why }));
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  }
  if (input.skipped > 0) process.stderr.write(`${input.skipped} record(s) could not be read and were skipped.\n`);
}

function readJsonFile(file) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read ${file === '-' ? 'standard input' : file}: ${error.code ?? error.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file === '-' ? 'Standard input' : file} is not valid JSON: ${error.message}`);
  }
}

function parseUrlCommand(args) {
  const { positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('parse-url takes one URL.');
  const link = parseYouTubeUrl(positionals[0]);
  if (!link) throw new InputError(`Not a YouTube video link: ${positionals[0]}`);
  process.stdout.write(JSON.stringify(link) + '\n');
}

async function checkApiCommand(args) {
  const { values } = parse(args, {
    'api-base': { type: 'string' },
    library: { type: 'string' },
    video: { type: 'string' },
    key: { type: 'string' },
    'timeout-ms': { type: 'string', default: '15000' },
  });
  for (const name of ['api-base', 'library', 'video']) if (!values[name]) throw new UsageError(`check-api needs --${name}.`);
  const timeoutMs = Number(values['timeout-ms']);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new UsageError(`--timeout-ms must be a positive whole number, not ${values['timeout-ms']}.`);
  const findings = await checkContract({ apiBase: values['api-base'], library: values.library, video: values.video, key: values.key, timeoutMs });
  for (const { level, endpoint, message } of findings) process.stdout.write(`${level.padEnd(4)}  ${endpoint}  ${message}\n`);
  const failed = findings.filter((f) => f.level === 'fail').length;
  const warned = findings.filter((f) => f.level === 'warn').length;
  process.stdout.write(`${failed ? 'The widget cannot use this server' : 'The widget can use this server'}: ${failed} failure(s), ${warned} warning(s).\n`);
  if (failed) process.exitCode = 1;
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ServeUsageError) {
    process.stderr.write((error.message ? `${error.message}\n\n` : '') + USAGE);
    process.exitCode = 2;
  } else if (error instanceof InputError || error instanceof ServeStartError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
