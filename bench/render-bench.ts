/**
 * The render benchmark's page script (bundled by `scripts/bench-render.mjs`): the time `<cocktail-reco>` takes to
 * show a ready 20-item list, against building the same list as plain DOM. `window.runRenderBench()` returns medians.
 */
import '../src/define.js';
import { CocktailReco } from '../src/element/cocktail-reco.js';
import type { Recommender } from '../src/sdk/recommender.js';
import type { RecommendationItem, RecommendationList } from '../src/sdk/schemas.js';

const VIDEO = 'dQw4w9WgXcQ';
const ITEM_COUNT = 20;

const items: RecommendationItem[] = Array.from({ length: ITEM_COUNT }, (_, i) => ({
  id: `record-${i}`,
  title: `La Révolution française, tome ${i + 1}`,
  authors: ['Soboul, Albert', 'Furet, François'],
  type: 'book',
  year: 1962 + i,
  coverUrl: `${location.origin}/cover.svg`,
  url: `https://opac.example.test/record/${i}`,
  source: { kind: 'library', name: 'Médiathèque de Lyon' },
  availability: { status: 'available' },
  score: 1 - i / 40,
  why: [
    { facet: 'people', value: 'Albert Soboul', field: 'author', weight: 0.9 },
    { facet: 'subjects', value: 'Révolution française', field: 'subject', weight: 0.7 },
  ],
}));

const list: RecommendationList = {
  video: { id: VIDEO, title: 'La Révolution en dix minutes' },
  relation: { type: 'emi', reason: 'Une vidéo d’actualité : des sources à croiser.' },
  items,
  meta: { searches: 12, cached: false, dropped: 0, failedSearches: 0 },
};

/** A recommender that answers at once with the fixed list (no network, no parsing). */
const fixedRecommender: Recommender = { recommend: () => Promise.resolve(list) };

const stage = document.getElementById('stage')!;

/** From setting the recommender on a connected element to `updateComplete` of the rendered list. */
async function timeElement(withLayout: boolean): Promise<number> {
  const el = document.createElement('cocktail-reco');
  el.video = VIDEO;
  stage.append(el);
  await el.updateComplete;
  const start = performance.now();
  const loaded = new Promise((resolve) => el.addEventListener('cocktail-reco-load', resolve, { once: true }));
  el.recommender = fixedRecommender;
  await loaded;
  await el.updateComplete;
  if (withLayout) void el.shadowRoot!.querySelector('ol')!.offsetHeight;
  const time = performance.now() - start;
  if (el.shadowRoot!.querySelectorAll('ol > li[part~="item"]').length !== ITEM_COUNT) throw new Error('the element did not render the list');
  el.remove();
  return time;
}

function elementWithText<K extends keyof HTMLElementTagNameMap>(tag: K, content: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = content;
  return node;
}

/**
 * The same list as plain DOM: the elements, `part` attributes, text and listeners of the element's item template,
 * in a shadow root with the element's styles.
 */
function buildPlainList(): HTMLOListElement {
  const ol = document.createElement('ol');
  ol.setAttribute('part', 'list');
  for (const item of items) {
    const li = document.createElement('li');
    li.setAttribute('part', 'item');
    const cover = document.createElement('img');
    cover.setAttribute('part', 'item-cover');
    cover.src = item.coverUrl!;
    cover.alt = '';
    cover.loading = 'lazy';
    cover.referrerPolicy = 'no-referrer';
    cover.addEventListener('error', () => (cover.hidden = true));
    const body = document.createElement('div');
    const title = document.createElement('h3');
    title.setAttribute('part', 'item-title');
    title.dir = 'auto';
    const link = elementWithText('a', item.title);
    link.href = item.url!;
    link.addEventListener('click', () => undefined);
    title.append(link);
    const meta = elementWithText('p', [item.authors.join(', '), String(item.year), 'Livre', item.source.name, 'Disponible'].join(' · '));
    meta.setAttribute('part', 'item-meta');
    meta.dir = 'auto';
    const why = document.createElement('details');
    why.setAttribute('part', 'why');
    const evidence = document.createElement('ul');
    evidence.append(elementWithText('li', 'Auteur cité dans la vidéo : Albert Soboul'), elementWithText('li', 'Sujet : Révolution française'));
    why.append(elementWithText('summary', 'Pourquoi ?'), evidence);
    body.append(title, meta, why);
    li.append(cover, body);
    ol.append(li);
  }
  return ol;
}

async function timePlain(withLayout: boolean): Promise<number> {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [(CocktailReco.styles as { styleSheet: CSSStyleSheet }).styleSheet];
  stage.append(host);
  // Await a microtask, as the element's measure starts after one.
  await Promise.resolve();
  const start = performance.now();
  const ol = buildPlainList();
  root.append(ol);
  if (withLayout) void ol.offsetHeight;
  const time = performance.now() - start;
  host.remove();
  return time;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface RenderBenchResult {
  n: number;
  elementMs: number;
  plainMs: number;
  ratio: number;
}

/** Warm-up, then `n` interleaved repetitions of each; medians. */
async function runRenderBench(n = 300, warmUp = 50, withLayout = false): Promise<RenderBenchResult> {
  for (let i = 0; i < warmUp; i++) {
    await timeElement(withLayout);
    await timePlain(withLayout);
  }
  const element: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < n; i++) {
    element.push(await timeElement(withLayout));
    plain.push(await timePlain(withLayout));
  }
  const elementMs = median(element);
  const plainMs = median(plain);
  return { n, elementMs, plainMs, ratio: elementMs / plainMs };
}

declare global {
  interface Window {
    runRenderBench: typeof runRenderBench;
  }
}
window.runRenderBench = runRenderBench;
