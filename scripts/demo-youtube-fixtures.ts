/**
 * Writes `demo/data/youtube/ID.json`: for each demo video of `demo/data/videos.json`, the YouTube Data API v3
 * `videos.list` answer (`part=snippet,topicDetails,contentDetails`) YouTube would give for it, so the demo's server
 * analyses its videos offline through the same fetcher and describer as real ones. The uploader's tags are the
 * video's named entities (people, works, organisations, subjects, places), as uploaders tag their videos.
 * Run once after a change of videos.json: `npx tsx scripts/demo-youtube-fixtures.ts`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoVideos } from '../demo/data/index.js';
import type { VideoDescription } from '../src/sdk/schemas.js';

const FOLDER = fileURLToPath(new URL('../demo/data/youtube/', import.meta.url));
const TAGGED_FACETS = ['people', 'works', 'organizations', 'subjects', 'places'] as const;

function videoListAnswer({ video, entities }: VideoDescription): unknown {
  const tags = TAGGED_FACETS.flatMap((facet) => (entities[facet] ?? []).map((entity) => entity.label));
  return {
    kind: 'youtube#videoListResponse',
    items: [
      {
        kind: 'youtube#video',
        id: video.id,
        snippet: {
          publishedAt: video.publishedAt,
          title: video.title,
          description: video.description ?? '',
          channelTitle: video.channel,
          tags,
          categoryId: video.category === undefined ? undefined : String(video.category),
          defaultLanguage: video.language,
          defaultAudioLanguage: video.language,
        },
        contentDetails: { duration: 'PT12M' },
      },
    ],
    pageInfo: { totalResults: 1, resultsPerPage: 1 },
  };
}

mkdirSync(FOLDER, { recursive: true });
for (const file of readdirSync(FOLDER)) if (file.endsWith('.json')) rmSync(new URL(file, `file://${FOLDER}`));
for (const description of demoVideos) {
  writeFileSync(`${FOLDER}${description.video.id}.json`, `${JSON.stringify(videoListAnswer(description), null, 2)}\n`);
}
console.log(`wrote ${demoVideos.length} recorded answers in ${FOLDER}`);
