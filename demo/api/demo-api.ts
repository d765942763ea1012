/**
 * Served by the demo's real server (`npm start`), a page carries `<meta name="cocktail-reco-api-base">` and its
 * widgets ask that server; the scenarios below still play in the page. Served as plain files (the tests' static
 * server), the whole API runs in the page:
 *
 * The demo API, running in the page: msw's request handlers for the v1 contract (`handlers.ts`) answer the page's
 * own fetch calls to `/api`, over the embedded demo data ranked by the real engine (MemoryCatalogue + local
 * recommender). Installed synchronously when this module loads, so any widget defined after it — even by a classic
 * drop-in script — finds the API ready; nothing leaves the page, and it works under a strict CSP with Trusted Types.
 *
 * An unknown video is "being analysed" (202) for a few seconds, then "not analysed" (404), as the real API answers.
 * `?scenario=quota` (or excluded, slow, pending, error, not-found, invalid, partial, empty, network) in the page's address
 * plays that scenario for every widget of the page: see `demoApiBase()`.
 */
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { getResponse } from 'msw';
import { MemoryCatalogue } from '../../src/catalogue/memory-catalogue.js';
import { localRecommender } from '../../src/recommenders/local-recommender.js';
import { demoRecords, demoVideos } from '../data/index.js';
import { createApiHandlers, SCENARIOS } from './handlers.js';

export const DEMO_LIBRARY = 'demo';
const API_PATH = '/api';
/** How long an unknown video stays "being analysed" before the API says it was never analysed. */
const ANALYSIS_MS = 4000;

const videos = new Map(demoVideos.map((description) => [description.video.id, description]));
const recommender = localRecommender({
  describe: async (id) => {
    const description = videos.get(id);
    if (!description) throw new Error(`Unknown demo video ${id}`);
    return description;
  },
  catalogue: new MemoryCatalogue([...demoRecords]),
});

const firstAsked = new Map<string, number>();
const handlers = createApiHandlers({
  apiBase: new URL(API_PATH, location.origin).href,
  libraries: [DEMO_LIBRARY],
  latencyMs: 350,
  describe: (id) => videos.get(id),
  recommend: (id, _library, options) => (videos.has(id) ? recommender.recommend(id, options) : undefined),
  pending: (id) => {
    if (videos.has(id)) return false;
    const since = firstAsked.get(id) ?? performance.now();
    firstAsked.set(id, since);
    return performance.now() - since < ANALYSIS_MS ? 1 : false;
  },
});

let requests = 0;
/** Requests the page sent to the demo API so far (the "many widgets" page shows it). */
export const demoApiRequests = (): number => requests;

/** The real API's root when the demo's server serves the page, else undefined (the API runs in the page). */
const servedApiBase = ((): string | undefined => {
  const content = document.querySelector('meta[name="cocktail-reco-api-base"]')?.getAttribute('content');
  return content ? new URL(content, location.href).href.replace(/\/+$/, '') : undefined;
})();

const interceptor = new FetchInterceptor();
interceptor.on('request', async ({ request, controller }) => {
  const url = new URL(request.url);
  const toServer = servedApiBase !== undefined && request.url.startsWith(`${servedApiBase}/v1/`);
  const inPage = url.origin === location.origin && url.pathname.startsWith(`${API_PATH}/`);
  if (!toServer && !inPage) return;
  requests += 1;
  // The end-to-end tests collect the URLs; the "many widgets" page counts.
  dispatchEvent(new CustomEvent('demo-api-request', { detail: { url: request.url } }));
  // The real server answers its own requests.
  if (!inPage) return;
  const response = await getResponse(handlers, request);
  if (response) controller.respondWith(response);
});
interceptor.apply();

/**
 * The `api-base` for the page's widgets: `/api/scenario/<name>` when the address asks for a scenario, else the
 * demo's server when it serves the page, else `/api`.
 */
export function demoApiBase(): string {
  const scenario = new URLSearchParams(location.search).get('scenario');
  if (scenario && (SCENARIOS as readonly string[]).includes(scenario)) return `${API_PATH}/scenario/${scenario}`;
  return servedApiBase ?? API_PATH;
}

/** Gives every `<cocktail-reco>` of the page the demo API base (with the page's scenario, if any). */
export function useDemoApi(root: ParentNode = document): void {
  for (const element of root.querySelectorAll('cocktail-reco')) element.setAttribute('api-base', demoApiBase());
}
