/**
 * An `analysis_jobs` row as both databases return it, the job it shows (PostgreSQL's bigints come as strings), and
 * what an attempt's outcome writes into it.
 */
import type { AnalysisJob, JobOutcome, JobState } from '../store.js';

export interface AnalysisJobRow {
  video_id: string;
  state: JobState;
  attempts: number;
  last_error: string | null;
  not_before: number | string;
  updated_at: number | string;
}

export const analysisJobOf = (row: AnalysisJobRow): AnalysisJob => ({
  videoId: row.video_id,
  state: row.state,
  attempts: row.attempts,
  ...(row.last_error === null ? {} : { lastError: row.last_error }),
  notBefore: Number(row.not_before),
  updatedAt: Number(row.updated_at),
});

/** What the row says once an attempt ended. */
export interface Settlement {
  state: JobState;
  lastError: string | null;
  notBefore: number;
}

/** The row's settlement once an attempt ended with `outcome` at `now`: a retry is queued again for its time. */
export function settlementOf(outcome: JobOutcome, now: number): Settlement {
  if (outcome.kind === 'retry') return { state: 'queued', lastError: outcome.reason, notBefore: outcome.retryAt };
  return { state: outcome.kind, lastError: outcome.kind === 'done' ? null : outcome.reason, notBefore: now };
}
