/** An `analysis_jobs` row as both databases return it, and the job it shows (PostgreSQL's bigints come as strings). */
import type { AnalysisJob, JobState } from '../store.js';

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
