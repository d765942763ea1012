// Records, once, the v1 answers that the extension's end-to-end test replays from a loopback API: the demo's real
// engine (its catalogue and analysed videos, ranked by the local recommender, as the demo API does) for a few
// videos of different relation types. Run again after a change of the engine or the demo data:
//
//   npx tsx scripts/record-v1-answers.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoRecommender } from '../demo/api/demo-recommender.js';

/** A music clip (inclusion) and a history lecture (pedagogy): each list and badge is told apart from the other. */
const VIDEOS = ['sC4hJv2Lx0Q', 'Rv17x89Lm3K'];
const OUT = 'test/fixtures/v1-answers';

mkdirSync(OUT, { recursive: true });
for (const id of VIDEOS) {
  const list = await demoRecommender.recommend(id, { lang: 'fr' });
  writeFileSync(join(OUT, `${id}.json`), `${JSON.stringify(list, null, 2)}\n`);
  console.log(`${OUT}/${id}.json: ${list.items.length} items`);
}
