#!/usr/bin/env node
// cocktail-reco: audit a ranking offline, or check what a pasted YouTube link names. Runs on the built package
// (`npm run build` first). Exit codes: 0 done, 1 bad input (unreadable file, invalid JSON, not a video link),
// 2 bad usage.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { explainRanking } from '../dist/esm/ranking/index.js';
import { parseYouTubeUrl } from '../dist/esm/youtube/parse-url.js';
import { readRankInput } from '../dist/esm/cli/rank-input.js';
import { formatRankingTable } from '../dist/esm/cli/ranking-table.js';
import { checkContract } from '../dist/esm/cli/contract-check.js';

const USAGE = `Usage:
  cocktail-reco rank FILE [--limit N] [--format json|table] [--explain]
      Rank the candidates of FILE (a Cocktail Culturel answer, or {"description", "candidates"} JSON) and
      print each document with its score and the evidence for it. FILE "-" reads standard input.
      --limit N         documents to keep (default 10)
      --format FORMAT   json (default): [{ id, title, score, why }]; table: aligned columns for a terminal
      --explain         also every factor of each score (evidence per entity, specificity, type prior,
                        coherence with the profile, penalty)
  cocktail-reco parse-url URL
      Print the YouTube video a link names, as JSON ({ id, start?, list? }).
  cocktail-reco check-api --api-base URL --library ID --video LINK [--key KEY] [--timeout-ms MS]
      Check a real server against the v1 contract: both endpoints read as the widget reads them, and an invalid
      request answered with problem details. Prints one line per finding; exits 1 when the widget could not use
      an answer. Each request may take --timeout-ms (default 15000).
  cocktail-reco --help
`;

class UsageError extends Error {}
class InputError extends Error {}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    throw new UsageError('');
  }
  if (command === 'rank') return rankCommand(rest);
  if (command === 'parse-url') return parseUrlCommand(rest);
  if (command === 'check-api') return checkApiCommand(rest);
  throw new UsageError(`Unknown command: ${command}`);
}

function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message);
  }
}

function rankCommand(args) {
  const { values, positionals } = parse(args, {
    limit: { type: 'string', default: '10' },
    format: { type: 'string', default: 'json' },
    explain: { type: 'boolean', default: false },
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
  if (error instanceof UsageError) {
    process.stderr.write((error.message ? `${error.message}\n\n` : '') + USAGE);
    process.exitCode = 2;
  } else if (error instanceof InputError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
