/** The SQLite schema, one numbered step at a time (see migration.ts). Times are epoch milliseconds. */
import type { Migration } from './migration.js';

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'descriptions, cached lists, quotas, curation and analysis jobs',
    sql: `
      CREATE TABLE descriptions (
        video_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE cached_lists (
        key TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        etag TEXT NOT NULL,
        stored_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX cached_lists_expiry ON cached_lists (expires_at);
      CREATE TABLE request_counts (
        library_id TEXT NOT NULL,
        month TEXT NOT NULL,
        used INTEGER NOT NULL,
        PRIMARY KEY (library_id, month)
      );
      CREATE TABLE curations (
        library_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE analysis_jobs (
        video_id TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        not_before INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        -- The running attempt: who holds it (a random token) and until when, renewed while the handler runs.
        lease_token TEXT,
        lease_until INTEGER
      );
      CREATE INDEX analysis_jobs_due ON analysis_jobs (state, not_before);
    `,
  },
];
