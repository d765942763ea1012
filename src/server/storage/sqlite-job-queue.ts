/**
 * Analysis jobs as durable SQLite rows. One row per video (its primary key) makes `enqueue` exactly-once across
 * callers and processes; a job is taken by one UPDATE that sets a random lease token, so two workers (in one
 * process or two) never hold the same attempt, and a job whose lease ran out (its process died) is taken again.
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AnalysisJob, JobOutcome, JobQueue, JobState } from '../store.js';
import type { VideoDescription } from '../../sdk/schemas.js';
import { analysisJobOf, type AnalysisJobRow } from './analysis-job-row.js';
import { type Statements } from './sqlite-statements.js';
import { JobWorkers, type LeasedJobs, type WorkOptions } from './job-workers.js';

interface Lease {
  videoId: string;
  token: string;
}

export class SqliteJobQueue implements JobQueue {
  readonly #db: Database.Database;
  readonly #sql: Statements;
  readonly #clock: () => number;
  readonly #saveDescription: (videoId: string, description: VideoDescription, now: number) => void;
  readonly #workers = new JobWorkers();

  constructor(
    db: Database.Database,
    sql: Statements,
    clock: () => number,
    saveDescription: (videoId: string, description: VideoDescription, now: number) => void,
  ) {
    this.#db = db;
    this.#sql = sql;
    this.#clock = clock;
    this.#saveDescription = saveDescription;
  }

  async enqueue(videoId: string, now: number): Promise<AnalysisJob> {
    this.#sql(
      `INSERT INTO analysis_jobs (video_id, state, attempts, not_before, updated_at)
       VALUES (?, 'queued', 0, ?, ?) ON CONFLICT (video_id) DO NOTHING`,
    ).run(videoId, now, now);
    return (await this.get(videoId))!;
  }

  async get(videoId: string): Promise<AnalysisJob | undefined> {
    const row = this.#sql('SELECT * FROM analysis_jobs WHERE video_id = ?').get(videoId) as AnalysisJobRow | undefined;
    return row && analysisJobOf(row);
  }

  async work(handler: (job: AnalysisJob) => Promise<JobOutcome>, options: WorkOptions): Promise<void> {
    this.#workers.start(this.#leasedJobs(), handler, options);
  }

  stop(): Promise<void> {
    return this.#workers.stop();
  }

  #leasedJobs(): LeasedJobs<Lease> {
    const db = this.#db;
    const take = this.#sql(
      `UPDATE analysis_jobs
       SET state = 'running', attempts = attempts + 1, lease_token = @token, lease_until = @now + @leaseMs,
           updated_at = @now
       WHERE video_id = (
         SELECT video_id FROM analysis_jobs
         WHERE (state = 'queued' AND not_before <= @now) OR (state = 'running' AND lease_until <= @now)
         ORDER BY not_before LIMIT 1)
       RETURNING *`,
    );
    const renew = this.#sql(
      `UPDATE analysis_jobs SET lease_until = @now + @leaseMs
       WHERE video_id = @videoId AND lease_token = @token AND state = 'running'`,
    );
    const settle = this.#sql(
      `UPDATE analysis_jobs
       SET state = @state, last_error = @lastError, not_before = @notBefore, updated_at = @now,
           lease_token = NULL, lease_until = NULL
       WHERE video_id = @videoId AND lease_token = @token AND state = 'running'`,
    );
    const finish = db.transaction((lease: Lease, outcome: JobOutcome, now: number) => {
      const state: JobState = outcome.kind === 'retry' ? 'queued' : outcome.kind;
      const lastError = outcome.kind === 'done' ? null : outcome.reason;
      const notBefore = outcome.kind === 'retry' ? outcome.retryAt : now;
      // Only the holder of the lease reports: a worker whose lease ran out and was taken over changes nothing.
      const changed = settle.run({ ...lease, state, lastError, notBefore, now }).changes;
      if (changed === 1 && outcome.kind === 'done') this.#saveDescription(lease.videoId, outcome.description, now);
    });
    return {
      take: async (leaseMs) => {
        const token = randomUUID();
        const row = take.get({ token, now: this.#clock(), leaseMs }) as AnalysisJobRow | undefined;
        return row && { job: analysisJobOf(row), lease: { videoId: row.video_id, token } };
      },
      renew: async (lease, leaseMs) => {
        renew.run({ ...lease, now: this.#clock(), leaseMs });
      },
      finish: async (lease, outcome) => {
        finish(lease, outcome, this.#clock());
      },
      release: async (lease, reason, leaseMs) => {
        const now = this.#clock();
        settle.run({ ...lease, state: 'queued', lastError: reason, notBefore: now + leaseMs, now });
      },
    };
  }
}
