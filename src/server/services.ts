/** What the routes are wired to: the plain modules holding the server's logic. */
import type { ServerConfig } from './config.js';
import type { LibraryLists } from './library-lists.js';
import type { ServerMetrics } from './metrics.js';
import type { Store } from './store.js';
import type { VideoAnalysis } from './video-analysis.js';

export interface ServerServices {
  config: ServerConfig;
  store: Store;
  analysis: VideoAnalysis;
  lists: LibraryLists;
  metrics: ServerMetrics;
  now: () => number;
}
