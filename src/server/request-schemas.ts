/** The v1 requests' path and query parameters, as the routes validate them (the sentences end up in 400 problems). */
import { z } from 'zod';

export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 10;

export const VideoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'must be a YouTube video id: 11 characters among A-Z a-z 0-9 _ -');
const LibraryId = z.string().min(1).max(64);

export const VideoParams = z.object({ videoId: VideoId });
export const LibraryParams = z.object({ libraryId: LibraryId });

export const RecommendationsQuery = z.object({
  video: VideoId,
  limit: z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .int({ error: `must be a whole number from 1 to ${MAX_LIMIT}` })
    .min(1, `must be a whole number from 1 to ${MAX_LIMIT}`)
    .max(MAX_LIMIT, `must be a whole number from 1 to ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT),
  lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as fr or en-GB').optional(),
});
