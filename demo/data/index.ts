/**
 * The demo's embedded data, typed: a library catalogue, local events and already analysed videos. The JSON files
 * are the source; this module only gives them their types (the demo data test checks them against the schemas).
 */
import type { CatalogueRecord } from '../../src/catalogue/adapter.js';
import type { VideoDescription } from '../../src/sdk/schemas.js';
import catalogue from './catalogue.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };
import videos from './videos.json' with { type: 'json' };

/** Books, comics, recordings, films, scores, e-resources… of the demo library and its network. */
export const demoCatalogue: readonly CatalogueRecord[] = catalogue as CatalogueRecord[];

/** Local cultural events (type `event`), each related to at least one demo video. */
export const demoEvents: readonly CatalogueRecord[] = events as CatalogueRecord[];

/** Every record a demo search can return: the catalogue, then the events. */
export const demoRecords: readonly CatalogueRecord[] = [...demoCatalogue, ...demoEvents];

/** The analysed videos, as `GET /v1/videos/{id}` returns them. */
export const demoVideos: readonly VideoDescription[] = videos as VideoDescription[];
