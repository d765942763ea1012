/**
 * Recorded YouTube Data API answers used instead of the network (the offline demo, tests): a folder holding one
 * `videos.list` answer per video, `ID.json`. Requests for `…/videos?id=A,B` are answered with the items recorded
 * for those ids; an id with no file is, as for YouTube, a video that does not exist.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isYouTubeId } from '../youtube/video-id.js';

export function fixturesFetch(folder: string): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const ids = (url.searchParams.get('id') ?? '').split(',').filter(isYouTubeId);
    const items: unknown[] = [];
    for (const id of ids) {
      let text: string;
      try {
        text = await readFile(join(folder, `${id}.json`), 'utf8');
      } catch {
        continue;
      }
      const answer = JSON.parse(text) as { items?: unknown[] };
      items.push(...(answer.items ?? []));
    }
    return Response.json({ kind: 'youtube#videoListResponse', items, pageInfo: { totalResults: items.length, resultsPerPage: items.length } });
  };
}
