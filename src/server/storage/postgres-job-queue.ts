/**
 * Analysis jobs on PostgreSQL: pg-boss 10 queues them (due times, expiry of a crashed worker's job, retries with
 * backoff after a throw), and our `analysis_jobs` row holds each video's visible state. The row's primary key makes
 * `enqueue` exactly-once across callers and instances: only the caller whose INSERT creates the row sends the
 * pg-boss job, in the same transaction. A worker's lease is the pg-boss job's expiry, pushed forward by the
 * heartbeat; a random lease token on our row lets only the current holder report an attempt.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { VideoDescription } from '../../sdk/schemas.js';
import type { AnalysisJob, JobOutcome, JobQueue, JobState } from '../store.js';
import { analysisJobOf, type AnalysisJobRow } from './analysis-job-row.js';
import { JobWorkers, type LeasedJobs, type WorkOptions } from './job-workers.js';
import { bossExecutor, inTransaction } from './postgres-transaction.js';

export const ANALYSIS_QUEUE = 'video-analysis';
/** pg-boss's own schema, where its jobs live. */
export const BOSS_SCHEMA = 'pgboss';
/** Retries pg-boss grants after a throw or a crash; the handler sees `attempts` and may end a job sooner. */
export const BOSS_RETRY_LIMIT = 20;

interface Lease {
  videoId: string;
  token: string;
  bossJobId: string;
}

const sendOptions = (videoId: string, client: pg.PoolClient) => ({
  singletonKey: videoId,
  retryLimit: BOSS_RETRY_LIMIT,
  retryDelay: 1,
  retryBackoff: true,
  db: bossExecutor(client),
});

export class PostgresJobQueue implements JobQueue {
  readonly #pool: pg.Pool;
  readonly #boss: PgBoss;
  readonly #clock: () => number;
  readonly #workers = new JobWorkers();

  constructor(pool: pg.Pool, boss: PgBoss, clock: () => number) {
    this.#pool = pool;
    this.#boss = boss;
    this.#clock = clock;
  }

  async enqueue(videoId: string, now: number): Promise<AnalysisJob> {
    await inTransaction(this.#pool, async (client) => {
      const created = await client.query(
        `INSERT INTO analysis_jobs (video_id, state, attempts, not_before, updated_at)
         VALUES ($1, 'queued', 0, $2, $2) ON CONFLICT (video_id) DO NOTHING`,
        [videoId, now],
      );
      if (created.rowCount === 1) await this.#boss.send(ANALYSIS_QUEUE, { videoId }, sendOptions(videoId, client));
    });
    return (await this.get(videoId))!;
  }

  async get(videoId: string): Promise<AnalysisJob | undefined> {
    const { rows } = await this.#pool.query<AnalysisJobRow>('SELECT * FROM analysis_jobs WHERE video_id = $1', [videoId]);
    return rows[0] && analysisJobOf(rows[0]);
  }

  async work(handler: (job: AnalysisJob) => Promise<JobOutcome>, options: WorkOptions): Promise<void> {
    this.#workers.start(this.#leasedJobs(), handler, options);
  }

  stop(): Promise<void> {
    return this.#workers.stop();
  }

  /** Pushes the pg-boss job's expiry to `leaseMs` from now: the lease and its heartbeat. */
  #extendExpiry(client: pg.Pool | pg.PoolClient, bossJobId: string, leaseMs: number) {
    return client.query(
      `UPDATE ${BOSS_SCHEMA}.job SET expire_in = (now() - started_on) + $3::float8 * interval '1 millisecond'
       WHERE name = $1 AND id = $2 AND state = 'active'`,
      [ANALYSIS_QUEUE, bossJobId, leaseMs],
    );
  }

  #leasedJobs(): LeasedJobs<Lease> {
    const boss = this.#boss;
    return {
      take: async (leaseMs) => {
        const [bossJob] = await boss.fetch<{ videoId: string }>(ANALYSIS_QUEUE, { batchSize: 1 });
        if (!bossJob) return undefined;
        const { videoId } = bossJob.data;
        const token = randomUUID();
        const now = this.#clock();
        return inTransaction(this.#pool, async (client) => {
          await this.#extendExpiry(client, bossJob.id, leaseMs);
          const { rows } = await client.query<AnalysisJobRow>(
            `UPDATE analysis_jobs SET state = 'running', attempts = attempts + 1, lease_token = $2, updated_at = $3
             WHERE video_id = $1 AND state IN ('queued', 'running') RETURNING *`,
            [videoId, token, now],
          );
          if (!rows[0]) {
            // The video's analysis already ended (a queue job left over): close it, never run it again.
            await boss.complete(ANALYSIS_QUEUE, bossJob.id, {}, { db: bossExecutor(client) });
            return undefined;
          }
          return { job: analysisJobOf(rows[0]), lease: { videoId, token, bossJobId: bossJob.id } };
        });
      },
      renew: async (lease, leaseMs) => {
        await this.#extendExpiry(this.#pool, lease.bossJobId, leaseMs);
      },
      finish: async (lease, outcome) => {
        const now = this.#clock();
        const state: JobState = outcome.kind === 'retry' ? 'queued' : outcome.kind;
        const lastError = outcome.kind === 'done' ? null : outcome.reason;
        const notBefore = outcome.kind === 'retry' ? outcome.retryAt : now;
        await inTransaction(this.#pool, async (client) => {
          if (!(await holds(client, lease))) return;
          await settle(client, lease, state, lastError, notBefore, now);
          await boss.complete(ANALYSIS_QUEUE, lease.bossJobId, {}, { db: bossExecutor(client) });
          if (outcome.kind === 'done') await saveDescription(client, lease.videoId, outcome.description, now);
          if (outcome.kind === 'retry') {
            await boss.send(ANALYSIS_QUEUE, { videoId: lease.videoId }, {
              ...sendOptions(lease.videoId, client),
              startAfter: new Date(outcome.retryAt),
            });
          }
        });
      },
      release: async (lease, reason) => {
        const now = this.#clock();
        await inTransaction(this.#pool, async (client) => {
          if (!(await holds(client, lease))) return;
          const db = bossExecutor(client);
          // pg-boss schedules the retry with its backoff; the row shows when, or that the retries are spent.
          await boss.fail(ANALYSIS_QUEUE, lease.bossJobId, { message: reason }, { db });
          const bossJob = await boss.getJobById(ANALYSIS_QUEUE, lease.bossJobId, { db, includeArchive: false });
          const spent = !bossJob || bossJob.state === 'failed';
          const notBefore = spent ? now : new Date(bossJob.startAfter).getTime();
          await settle(client, lease, spent ? 'failed' : 'queued', reason, notBefore, now);
        });
      },
    };
  }
}

/**
 * Whether `lease` still holds the job's attempt, locking the row until the transaction ends: a worker whose lease
 * ran out and was taken over by another reports nothing (neither to our row nor to pg-boss).
 */
async function holds(client: pg.PoolClient, lease: Lease): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM analysis_jobs WHERE video_id = $1 AND lease_token = $2 AND state = 'running' FOR UPDATE`,
    [lease.videoId, lease.token],
  );
  return rowCount === 1;
}

/** Records how an attempt ended and releases the lease. */
async function settle(
  client: pg.PoolClient,
  lease: Lease,
  state: JobState,
  lastError: string | null,
  notBefore: number,
  now: number,
): Promise<void> {
  await client.query(
    `UPDATE analysis_jobs SET state = $2, last_error = $3, not_before = $4, updated_at = $5, lease_token = NULL
     WHERE video_id = $1`,
    [lease.videoId, state, lastError, notBefore, now],
  );
}

export async function saveDescription(
  client: pg.Pool | pg.PoolClient,
  videoId: string,
  description: VideoDescription,
  now: number,
): Promise<void> {
  await client.query(
    `INSERT INTO descriptions (video_id, body, updated_at) VALUES ($1, $2, $3)
     ON CONFLICT (video_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    [videoId, JSON.stringify(description), now],
  );
}
