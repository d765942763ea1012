/**
 * The shared store: one PostgreSQL database for several server instances. Every method is one statement or one
 * transaction; the monthly count is a single upsert that adds one only while under the limit, so concurrent
 * requests on any number of instances never pass it. Analysis jobs run on pg-boss (see postgres-job-queue.ts).
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { VideoDescription } from '../../sdk/schemas.js';
import type { CachedList, Curation, QuotaCount, Store } from '../store.js';
import { pendingMigrations } from './migration.js';
import { ANALYSIS_QUEUE, BOSS_RETRY_LIMIT, BOSS_SCHEMA, PostgresJobQueue, saveDescription } from './postgres-job-queue.js';
import { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
import { transaction } from './postgres-transaction.js';
import { StorageUnavailableError } from './storage-errors.js';

/** Any fixed number: every instance takes the same advisory lock, so only one migrates at a time. */
const MIGRATION_LOCK = 7_342_001;

export interface PostgresStoreOptions {
  /** The clock of the job workers; every other method takes its time as an argument. */
  clock: () => number;
  /** How often pg-boss looks for jobs whose worker died (it runs on one instance at a time). Default 2 s. */
  superviseSeconds?: number;
  /** Connections to the database from this instance. Default 10. */
  poolSize?: number;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly jobs: PostgresJobQueue;
  readonly #pool: pg.Pool;
  readonly #boss: PgBoss;
  #bossStarted = false;

  constructor(url: string, { clock, superviseSeconds = 2, poolSize = 10 }: PostgresStoreOptions) {
    this.#pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
    // An idle connection that breaks (the server restarted) is dropped by the pool; the next query says why.
    this.#pool.on('error', () => {});
    this.#boss = new PgBoss({
      db: { executeSql: (text, values) => this.#pool.query(text, values) },
      schema: BOSS_SCHEMA,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: superviseSeconds,
    });
    // pg-boss reports its supervision's faults as events; the storage's state shows in ping() and in the jobs.
    this.#boss.on('error', () => {});
    this.jobs = new PostgresJobQueue(this.#pool, this.#boss, clock);
  }

  /**
   * Our migrations, then pg-boss's own schema and the analysis queue, all under one advisory lock held by this
   * connection: instances starting together wait for the first, then find everything applied. (pg-boss's own
   * install races on CREATE SCHEMA when two instances run it at once.)
   */
  async migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await transaction(client, async () => {
          await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
          const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
          for (const migration of pendingMigrations(POSTGRES_MIGRATIONS, new Set(rows.map((row) => row.version)))) {
            await client.query(migration.sql);
            await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
              migration.version,
              migration.name,
            ]);
          }
        });
        if (!this.#bossStarted) {
          await this.#boss.start();
          this.#bossStarted = true;
        }
        await this.#boss.createQueue(ANALYSIS_QUEUE, {
          name: ANALYSIS_QUEUE,
          policy: 'standard',
          retryLimit: BOSS_RETRY_LIMIT,
          retryDelay: 1,
          retryBackoff: true,
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.#pool.query('SELECT 1');
    } catch (error) {
      throw new StorageUnavailableError('PostgreSQL', error);
    }
  }

  async close(): Promise<void> {
    await this.jobs.stop();
    if (this.#bossStarted) await this.#boss.stop({ graceful: false, close: false });
    await this.#pool.end();
  }

  async getDescription(videoId: string): Promise<VideoDescription | undefined> {
    const { rows } = await this.#pool.query<{ body: VideoDescription }>(
      'SELECT body FROM descriptions WHERE video_id = $1',
      [videoId],
    );
    return rows[0]?.body;
  }

  putDescription(videoId: string, description: VideoDescription, now: number): Promise<void> {
    return saveDescription(this.#pool, videoId, description, now);
  }

  async getList(key: string, now: number): Promise<CachedList | undefined> {
    const { rows } = await this.#pool.query<{ body: string; etag: string; stored_at: string; expires_at: string }>(
      'SELECT body, etag, stored_at, expires_at FROM cached_lists WHERE key = $1 AND expires_at > $2',
      [key, now],
    );
    const row = rows[0];
    return row && { body: row.body, etag: row.etag, storedAt: Number(row.stored_at), expiresAt: Number(row.expires_at) };
  }

  /** Stores `list` under `key` and drops the answers expired by its time, so only live answers are kept. */
  async putList(key: string, list: CachedList): Promise<void> {
    await this.#pool.query('DELETE FROM cached_lists WHERE expires_at <= $1', [list.storedAt]);
    await this.#pool.query(
      `INSERT INTO cached_lists (key, body, etag, stored_at, expires_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (key) DO UPDATE SET body = excluded.body, etag = excluded.etag,
         stored_at = excluded.stored_at, expires_at = excluded.expires_at`,
      [key, list.body, list.etag, list.storedAt, list.expiresAt],
    );
  }

  async countRequest(libraryId: string, month: string, limit: number): Promise<QuotaCount> {
    // The first request of the month inserts 1; the next ones add 1 while under the limit. A conflicting row is
    // locked by the upsert, so concurrent requests are counted one after the other.
    const { rows } = await this.#pool.query<{ used: number }>(
      `INSERT INTO request_counts (library_id, month, used) SELECT $1, $2, 1 WHERE $3::integer > 0
       ON CONFLICT (library_id, month) DO UPDATE SET used = request_counts.used + 1
         WHERE request_counts.used < $3::integer
       RETURNING used`,
      [libraryId, month, limit],
    );
    if (rows[0]) return { used: rows[0].used, allowed: true };
    return { used: await this.requestsCounted(libraryId, month), allowed: false };
  }

  async requestsCounted(libraryId: string, month: string): Promise<number> {
    const { rows } = await this.#pool.query<{ used: number }>(
      'SELECT used FROM request_counts WHERE library_id = $1 AND month = $2',
      [libraryId, month],
    );
    return rows[0]?.used ?? 0;
  }

  async getCuration(libraryId: string): Promise<Curation | undefined> {
    const { rows } = await this.#pool.query<{ body: Curation }>('SELECT body FROM curations WHERE library_id = $1', [
      libraryId,
    ]);
    return rows[0]?.body;
  }

  async putCuration(libraryId: string, curation: Curation, now: number): Promise<void> {
    await this.#pool.query(
      `INSERT INTO curations (library_id, body, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (library_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      [libraryId, JSON.stringify(curation), now],
    );
  }
}
