/**
 * What the element's browser tests share: demo data for a few videos, an msw worker serving the v1 API over it
 * (the real contract handlers), and small waits. Each test uses its own library id, so the page-wide client's
 * cache never carries an answer from one test to the next.
 */
import { waitUntil } from '@open-wc/testing';
import { delay, type HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { createApiHandlers, type ApiHandlersOptions } from '../../demo/api/handlers.js';
import type { RecommendationItem, RecommendationList } from '../../src/sdk/schemas.js';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';
import type { StateKind } from '../../src/element/state.js';

export const API = 'https://api.cocktail.test';
export const VIDEO_A = 'Xy7kQ2pLm0A';
export const VIDEO_B = 'dQw4w9WgXcQ';
export const VIDEO_C = 'aBcDeFgHiJk';

let libraries = 0;
/** A library id no other test used. */
export const freshLibrary = () => `bm-test-${++libraries}`;

export function item(id: string, overrides: Partial<RecommendationItem> = {}): RecommendationItem {
  return {
    id,
    title: `Titre ${id}`,
    authors: ['Soboul, Albert'],
    type: 'book',
    year: 1962,
    coverUrl: `https://covers.example.test/${id}.jpg`,
    url: `https://opac.example.test/record/${id}`,
    source: { kind: 'library', name: 'Médiathèque de Lyon' },
    availability: { status: 'available' },
    score: 0.9,
    why: [
      { facet: 'people', value: 'Albert Soboul', field: 'author', weight: 0.9 },
      { facet: 'subjects', value: 'Révolution française', field: 'subject', weight: 0.7 },
    ],
    ...overrides,
  };
}

/** The list each demo video gets: its items say which video they are for. */
export function listFor(video: string, items: RecommendationItem[] = [item(`${video}-1`), item(`${video}-2`)]): RecommendationList {
  return {
    video: { id: video, title: `Vidéo ${video}` },
    relation: { type: 'emi', reason: 'Une vidéo d’actualité : des sources à croiser.' },
    items,
    meta: { searches: 12, cached: false, dropped: 0, failedSearches: 0 },
  };
}

export interface DemoApiOptions extends Partial<ApiHandlersOptions> {
  /** Per-video delay before the answer, in ms. */
  delays?: Record<string, number>;
  /** Per-video items. */
  items?: Record<string, RecommendationItem[]>;
  /** Called with every recommendations request the API receives. */
  onRequest?: (video: string, library: string, lang: string | undefined) => void;
}

export function demoApi(options: DemoApiOptions = {}): HttpHandler[] {
  return createApiHandlers({
    apiBase: API,
    describe: () => undefined,
    recommend: async (video, library, { lang }) => {
      options.onRequest?.(video, library, lang);
      const wait = options.delays?.[video];
      if (wait) await delay(wait);
      return listFor(video, options.items?.[video]);
    },
    ...options,
  });
}

export const worker = setupWorker();

/** Starts the worker once for a test file and clears per-test handlers after each test. */
export function useWorker(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

export const shadow = (el: CocktailReco) => el.shadowRoot as ShadowRoot;
export const statusText = (el: CocktailReco) => shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
export const titles = (el: CocktailReco) =>
  [...shadow(el).querySelectorAll('[part="item-title"]')].map((node) => node.textContent?.trim());

/** Waits until the element reaches a state, then for its render. */
export async function untilState(el: CocktailReco, kind: StateKind, timeout = 5000): Promise<void> {
  await waitUntil(() => el.state.kind === kind, `state never became ${kind} (is ${el.state.kind})`, { timeout });
  await el.updateComplete;
}
