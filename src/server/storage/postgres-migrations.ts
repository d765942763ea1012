/**
 * The PostgreSQL schema, one numbered step at a time (see migration.ts). Times are epoch milliseconds (bigint);
 * pg-boss keeps its own schema (`pgboss`), which it migrates itself.
 */
import type { Migration } from './migration.js';

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'descriptions, cached lists, quotas, curation and analysis jobs',
    sql: `
      CREATE TABLE descriptions (
        video_id text PRIMARY KEY,
        body jsonb NOT NULL,
        updated_at bigint NOT NULL
      );
      CREATE TABLE cached_lists (
        key text PRIMARY KEY,
        body text NOT NULL,
        etag text NOT NULL,
        stored_at bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX cached_lists_expiry ON cached_lists (expires_at);
      CREATE TABLE request_counts (
        library_id text NOT NULL,
        month text NOT NULL,
        used integer NOT NULL,
        PRIMARY KEY (library_id, month)
      );
      CREATE TABLE curations (
        library_id text PRIMARY KEY,
        body jsonb NOT NULL,
        updated_at bigint NOT NULL
      );
      -- The visible state of each video's analysis; pg-boss holds the queue itself.
      CREATE TABLE analysis_jobs (
        video_id text PRIMARY KEY,
        state text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        not_before bigint NOT NULL,
        updated_at bigint NOT NULL,
        -- Who holds the running attempt: a worker whose lease ran out and was taken over reports nothing.
        lease_token text
      );
    `,
  },
];
