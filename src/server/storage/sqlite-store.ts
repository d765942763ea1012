/**
 * The embedded store: one SQLite file in a data folder, in WAL mode so that readers never wait for the writer and
 * several processes may share the file. better-sqlite3 is synchronous: each method is one statement or one
 * transaction, hence atomic; `busy_timeout` makes a second process wait for the write lock instead of failing.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { VideoDescription } from '../../sdk/schemas.js';
import type { CachedList, Curation, QuotaCount, Store } from '../store.js';
import { pendingMigrations } from './migration.js';
import { SqliteJobQueue } from './sqlite-job-queue.js';
import { SQLITE_MIGRATIONS } from './sqlite-migrations.js';
import { preparedStatements, type Statements } from './sqlite-statements.js';
import { StorageUnavailableError } from './storage-errors.js';

export interface SqliteStoreOptions {
  /** The clock of the job workers (leases, due jobs); every other method takes its time as an argument. */
  clock: () => number;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly jobs: SqliteJobQueue;
  readonly path: string;
  readonly #db: Database.Database;
  readonly #sql: Statements;

  /** Opens (and creates, with its folder) the database file at `path`; throws when it cannot. */
  constructor(path: string, { clock }: SqliteStoreOptions) {
    this.path = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new Database(path);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.pragma('synchronous = NORMAL');
    this.#sql = preparedStatements(this.#db);
    // The job queue stores a finished analysis in the same transaction as the job's new state.
    this.jobs = new SqliteJobQueue(this.#db, this.#sql, clock, (videoId, description, now) =>
      this.#saveDescription(videoId, description, now),
    );
  }

  async migrate(): Promise<void> {
    const db = this.#db;
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)`);
    // IMMEDIATE takes the write lock first: a second process starting at the same time waits, then sees the
    // versions the first one recorded.
    db.transaction(() => {
      const rows = this.#sql('SELECT version FROM schema_migrations').all() as { version: number }[];
      for (const migration of pendingMigrations(SQLITE_MIGRATIONS, new Set(rows.map((row) => row.version)))) {
        db.exec(migration.sql);
        this.#sql('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(migration.version, migration.name);
      }
    }).immediate();
  }

  async ping(): Promise<void> {
    try {
      this.#sql('SELECT 1').get();
    } catch (error) {
      throw new StorageUnavailableError(`"sqlite:${this.path}"`, error);
    }
  }

  async close(): Promise<void> {
    await this.jobs.stop();
    if (this.#db.open) this.#db.close();
  }

  async getDescription(videoId: string): Promise<VideoDescription | undefined> {
    const row = this.#sql('SELECT body FROM descriptions WHERE video_id = ?').get(videoId) as { body: string } | undefined;
    return row && (JSON.parse(row.body) as VideoDescription);
  }

  async putDescription(videoId: string, description: VideoDescription, now: number): Promise<void> {
    this.#saveDescription(videoId, description, now);
  }

  #saveDescription(videoId: string, description: VideoDescription, now: number): void {
    this.#sql(
      `INSERT INTO descriptions (video_id, body, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (video_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ).run(videoId, JSON.stringify(description), now);
  }

  async getList(key: string, now: number): Promise<CachedList | undefined> {
    return this.#sql(
      `SELECT body, etag, stored_at AS storedAt, expires_at AS expiresAt FROM cached_lists
       WHERE key = ? AND expires_at > ?`,
    ).get(key, now) as CachedList | undefined;
  }

  /** Stores `list` under `key` and drops the answers expired by its time, so only live answers are kept. */
  async putList(key: string, list: CachedList): Promise<void> {
    this.#sql('DELETE FROM cached_lists WHERE expires_at <= ?').run(list.storedAt);
    this.#sql(
      `INSERT INTO cached_lists (key, body, etag, stored_at, expires_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET body = excluded.body, etag = excluded.etag,
         stored_at = excluded.stored_at, expires_at = excluded.expires_at`,
    ).run(key, list.body, list.etag, list.storedAt, list.expiresAt);
  }

  async countRequest(libraryId: string, month: string, limit: number): Promise<QuotaCount> {
    // One statement: the first request of the month inserts 1, the next ones add 1 while under the limit.
    const row = this.#sql(
      `INSERT INTO request_counts (library_id, month, used) SELECT @libraryId, @month, 1 WHERE @limit > 0
       ON CONFLICT (library_id, month) DO UPDATE SET used = used + 1 WHERE used < @limit
       RETURNING used`,
    ).get({ libraryId, month, limit }) as { used: number } | undefined;
    if (row) return { used: row.used, allowed: true };
    return { used: await this.requestsCounted(libraryId, month), allowed: false };
  }

  async requestsCounted(libraryId: string, month: string): Promise<number> {
    const row = this.#sql('SELECT used FROM request_counts WHERE library_id = ? AND month = ?').get(libraryId, month) as
      | { used: number }
      | undefined;
    return row?.used ?? 0;
  }

  async getCuration(libraryId: string): Promise<Curation | undefined> {
    const row = this.#sql('SELECT body FROM curations WHERE library_id = ?').get(libraryId) as { body: string } | undefined;
    return row && (JSON.parse(row.body) as Curation);
  }

  async putCuration(libraryId: string, curation: Curation, now: number): Promise<void> {
    this.#sql(
      `INSERT INTO curations (library_id, body, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (library_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ).run(libraryId, JSON.stringify(curation), now);
  }
}
