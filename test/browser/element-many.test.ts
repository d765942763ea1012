/**
 * Many widgets on one page share the page-wide client: fifty elements over five videos make five requests, and
 * every one of them shows its list.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';
import { API, VIDEO_A, VIDEO_B, VIDEO_C, demoApi, freshLibrary, shadow, useWorker, worker } from './element-test-api.js';

const VIDEOS = [VIDEO_A, VIDEO_B, VIDEO_C, 'jNQXAC9IVRw', 'M7lc1UVf-VE'];
const COUNT = 50;

describe('<cocktail-reco> many instances', () => {
  useWorker();

  it(`${COUNT} elements showing ${VIDEOS.length} videos make ${VIDEOS.length} requests and all render`, async () => {
    const requests: string[] = [];
    // A little latency, so that most elements ask while the first request for their video is still in flight.
    worker.use(...demoApi({ latencyMs: 50, onRequest: (video) => requests.push(video) }));
    const library = freshLibrary();
    const page = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: COUNT }, (_, i) => html`<cocktail-reco api-base=${API} library=${library} video=${VIDEOS[i % VIDEOS.length]}></cocktail-reco>`)}
    </div>`);
    const elements = [...page.querySelectorAll('cocktail-reco')] as CocktailReco[];
    expect(elements).to.have.length(COUNT);

    await waitUntil(() => elements.every((el) => el.state.kind === 'ready'), 'not every element became ready', { timeout: 8000 });
    await Promise.all(elements.map((el) => el.updateComplete));

    expect([...requests].sort()).to.deep.equal([...VIDEOS].sort());
    elements.forEach((el, i) => {
      const links = [...shadow(el).querySelectorAll('[part="list"] [part="item-title"] a')];
      expect(links, `element ${i}`).to.have.length(2);
      // Each list is the one for that element's video.
      expect(links[0]!.getAttribute('href')).to.equal(`https://opac.example.test/record/${VIDEOS[i % VIDEOS.length]}-1`);
    });
  });

  it('a late element for a video already shown reuses the answer without a new request', async () => {
    const requests: string[] = [];
    worker.use(...demoApi({ onRequest: (video) => requests.push(video) }));
    const library = freshLibrary();
    const page = await fixture<HTMLDivElement>(html`<div>
      <cocktail-reco api-base=${API} library=${library} video=${VIDEOS[0]}></cocktail-reco>
    </div>`);
    const first = page.querySelector('cocktail-reco')!;
    await waitUntil(() => first.state.kind === 'ready', 'first element never ready');

    const late = document.createElement('cocktail-reco');
    Object.assign(late, { apiBase: API, library, video: VIDEOS[0] });
    page.append(late);
    await waitUntil(() => late.state.kind === 'ready', 'late element never ready');
    await late.updateComplete;
    expect(shadow(late).querySelectorAll('[part="item"]')).to.have.length(2);
    expect(requests).to.deep.equal([VIDEOS[0]]);
  });
});
