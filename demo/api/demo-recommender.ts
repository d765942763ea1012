/**
 * The demo's engine: its analysed videos and its catalogue, ranked by the real local recommender. The demo API
 * answers with it in the page; scripts/record-v1-answers.ts records its answers for the extension's test.
 */
import { MemoryCatalogue } from '../../src/catalogue/memory-catalogue.js';
import { localRecommender } from '../../src/recommenders/local-recommender.js';
import { demoRecords, demoVideos } from '../data/index.js';

/** The demo's analysed videos, by id. */
export const demoDescriptions = new Map(demoVideos.map((description) => [description.video.id, description]));

export const demoRecommender = localRecommender({
  describe: async (id) => {
    const description = demoDescriptions.get(id);
    if (!description) throw new Error(`Unknown demo video ${id}`);
    return description;
  },
  catalogue: new MemoryCatalogue([...demoRecords]),
});
