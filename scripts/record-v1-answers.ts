// Records, once, the v1 answers that the extension's end-to-end test replays from a loopback API: the demo's real
// engine (its catalogue and analysed videos, ranked by the local recommender, as the demo API does) for a few
// videos of different relation types. Run again after a change of the engine or the demo data:
//
//   npx tsx scripts/record-v1-answers.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryCatalogue } from '../src/catalogue/memory-catalogue.js';
import { localRecommender } from '../src/recommenders/local-recommender.js';
import { demoRecords, demoVideos } from '../demo/data/index.js';

/** A music clip (inclusion) and a history lecture (pedagogy): each list and badge is told apart from the other. */
const VIDEOS = ['sC4hJv2Lx0Q', 'Rv17x89Lm3K'];
const OUT = 'test/fixtures/v1-answers';

const videos = new Map(demoVideos.map((description) => [description.video.id, description]));
const recommender = localRecommender({
  describe: async (id) => {
    const description = videos.get(id);
    if (!description) throw new Error(`Unknown demo video ${id}`);
    return description;
  },
  catalogue: new MemoryCatalogue([...demoRecords]),
});

mkdirSync(OUT, { recursive: true });
for (const id of VIDEOS) {
  const list = await recommender.recommend(id, { lang: 'fr' });
  writeFileSync(join(OUT, `${id}.json`), `${JSON.stringify(list, null, 2)}\n`);
  console.log(`${OUT}/${id}.json: ${list.items.length} items`);
}
