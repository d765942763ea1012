import type { VideoDescription } from '../../src/sdk/schemas.js';
import { demoVideos } from '../data/index.js';

/** The id of the first demo video that `fits` the page, else of the first demo video. */
export const demoVideoId = (fits: (description: VideoDescription) => boolean): string =>
  (demoVideos.find(fits) ?? demoVideos[0]!).video.id;
