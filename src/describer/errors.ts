/**
 * The library's curation denies the video or its channel: it is not described, and the server answers
 * `403 video_excluded`.
 */
export class VideoExcludedError extends Error {
  readonly code = 'video_excluded';
  readonly videoId: string;
  /** What the curation denies: the video itself or its channel. */
  readonly by: 'video' | 'channel';
  constructor(videoId: string, by: 'video' | 'channel') {
    super(by === 'video' ? 'The library excludes this video.' : "The library excludes this video's channel.");
    this.name = 'VideoExcludedError';
    this.videoId = videoId;
    this.by = by;
  }
}

export const isVideoExcludedError = (e: unknown): e is VideoExcludedError => e instanceof VideoExcludedError;
