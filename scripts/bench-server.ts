/**
 * Server load benchmark (`npm run bench:server`): the built `cocktail-reco serve` as a child process, on SQLite
 * and on a PostgreSQL started for the run (one instance, then two on the same database), on loopback only.
 * For each: cold analyses (videos never seen, from the first request to the first list: Data API call, describer,
 * catalogue searches, ranking), then cached answers under autocannon for a bounded time.
 * The Data API is a loopback server replaying the demo's recorded answers under new video ids.
 */
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { startPostgres, type PostgresServer } from '../test/node/postgres-server.js';
import {
  recordedVideos,
  spawnServe,
  startFakeYouTube,
  temporaryFolder,
  testConfigJson,
  writeConfig,
  type ServeProcess,
} from '../test/node/server-harness.js';

const CACHED_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const COLD_VIDEOS = 40;
const COLD_CLIENTS = 8;
const POLL_MS = 50;
const LIBRARY = 'villeurbanne';

interface Scenario {
  name: string;
  storage: 'sqlite' | 'postgres';
  instances: 1 | 2;
}

const SCENARIOS: Scenario[] = [
  { name: 'SQLite, 1 instance', storage: 'sqlite', instances: 1 },
  { name: 'PostgreSQL, 1 instance', storage: 'postgres', instances: 1 },
  { name: 'PostgreSQL, 2 instances', storage: 'postgres', instances: 2 },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const pathOf = (id: string) => `/v1/libraries/${LIBRARY}/recommendations?video=${id}`;

/** A video id per scenario and number (11 characters, as YouTube's). */
const videoId = (scenario: number, n: number) => `bench${scenario}${String(n).padStart(5, '0')}`;

/** Asks for each video's list until it is delivered (polling a 202 every POLL_MS); ms per video and in all. */
async function coldAnalyses(urls: string[], ids: string[]): Promise<{ latencies: number[]; totalMs: number }> {
  const latencies: number[] = [];
  const queue = [...ids];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: COLD_CLIENTS }, async (_, client) => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const base = urls[client % urls.length]!;
        const t0 = performance.now();
        for (;;) {
          const response = await fetch(base + pathOf(id));
          await response.arrayBuffer();
          if (response.status === 200) break;
          if (response.status !== 202) throw new Error(`${id}: HTTP ${response.status}`);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), totalMs: performance.now() - started };
}

/** autocannon on each instance at once, the connections shared among them; req/s summed, worst percentiles. */
async function cachedAnswers(urls: string[], ids: string[]) {
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url,
        connections: CONNECTIONS / urls.length,
        duration: CACHED_SECONDS,
        requests: ids.map((id) => ({ method: 'GET' as const, path: pathOf(id) })),
      }),
    ),
  );
  return {
    requestsPerSecond: results.reduce((sum, r) => sum + r.requests.average, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    non2xx: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  };
}

async function run(scenario: Scenario, index: number, postgres: () => Promise<PostgresServer>) {
  const folder = temporaryFolder('cocktail-bench-');
  const youtube = await startFakeYouTube();
  const templates = [...recordedVideos.values()] as Array<Record<string, unknown>>;
  // Any id is answered with one of the recorded videos, under that id: each cold video is a real analysis.
  youtube.override = (request) => {
    const ids = (request.url.searchParams.get('id') ?? '').split(',').filter(Boolean);
    const items = ids.map((id) => ({ ...templates[id.charCodeAt(id.length - 1) % templates.length], id }));
    return { body: { kind: 'youtube#videoListResponse', items, pageInfo: { totalResults: items.length, resultsPerPage: items.length } } };
  };
  const storage =
    scenario.storage === 'sqlite'
      ? `sqlite:${folder.path}/data/cocktail.db`
      : await (await postgres()).createDatabase(`bench_${index}`);
  const config = testConfigJson(folder.path, youtube.origin, { storage });
  (config.libraries as Array<{ quota: { monthly: number } }>)[0]!.quota.monthly = 1_000_000_000;
  const file = writeConfig(folder.path, config);
  const servers: ServeProcess[] = [];
  try {
    for (let i = 0; i < scenario.instances; i++) servers.push(await spawnServe(file));
    const urls = servers.map((server) => server.url);
    const ids = Array.from({ length: COLD_VIDEOS }, (_, n) => videoId(index, n));
    const cold = await coldAnalyses(urls, ids);
    const cached = await cachedAnswers(urls, ids);
    return {
      ...scenario,
      youtubeCalls: youtube.calls.length,
      cold: {
        perSecond: (ids.length / cold.totalMs) * 1000,
        p50: percentile(cold.latencies, 50),
        p99: percentile(cold.latencies, 99),
      },
      cached,
    };
  } finally {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await youtube.close();
    folder.cleanup();
  }
}

let postgresServer: PostgresServer | undefined;
const postgres = async () => (postgresServer ??= await startPostgres({ durable: true }));
const rows: string[] = [];
try {
  for (const [index, scenario] of SCENARIOS.entries()) {
    const result = await run(scenario, index, postgres);
    const { cold, cached } = result;
    rows.push(
      `| ${result.name} | ${cold.perSecond.toFixed(1)} | ${cold.p50.toFixed(0)} | ${cold.p99.toFixed(0)} | ` +
        `${result.youtubeCalls} | ${cached.requestsPerSecond.toFixed(0)} | ${cached.p50} | ${cached.p99} | ${cached.non2xx} |`,
    );
    console.error(`${scenario.name}: done`);
  }
} finally {
  await postgresServer?.stop();
}

console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`Cold: ${COLD_VIDEOS} new videos, ${COLD_CLIENTS} clients polling every ${POLL_MS} ms. Cached: autocannon, ${CONNECTIONS} connections, ${CACHED_SECONDS} s, over those ${COLD_VIDEOS} lists.`);
console.log('');
console.log('| storage | cold analyses / s | cold p50 ms | cold p99 ms | Data API calls | cached req/s | cached p50 ms | cached p99 ms | non-2xx |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
