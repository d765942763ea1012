/**
 * Where the server reads YouTube's metadata: the Data API (`youtube.apiBase`, `youtube.apiKey`), or the recorded
 * answers of `youtube.fixtures` instead of the network. Both go through the same fetcher and reader.
 */
import { fetchVideos } from '../youtube/fetch-videos.js';
import type { VideoMetadata } from '../youtube/video-metadata.js';
import type { ServerConfig } from './config.js';
import { fixturesFetch } from './youtube-fixtures.js';

/** The key sent with recorded answers, which need none. */
const FIXTURES_KEY = 'recorded-answers';

export function youtubeSource(youtube: ServerConfig['youtube']): (ids: string[]) => Promise<Map<string, VideoMetadata>> {
  const fixtures = youtube.fixtures;
  const options = fixtures
    ? { apiKey: youtube.apiKey ?? FIXTURES_KEY, apiBase: youtube.apiBase, fetch: fixturesFetch(fixtures) }
    : { apiKey: youtube.apiKey ?? '', apiBase: youtube.apiBase };
  return (ids) => fetchVideos(ids, options);
}
