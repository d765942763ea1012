import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { CocktailReco } from '../../src/element/cocktail-reco.js';
import { RemoteRecommender } from '../../src/recommenders/remote-recommender.js';
import { CocktailClient } from '../../src/sdk/client.js';
import { API, VIDEO_A, VIDEO_B, VIDEO_C, demoApi, freshLibrary, shadow, statusText, titles, untilState, useWorker, worker } from './element-test-api.js';

const embed = (id: string) => `https://www.youtube-nocookie.com/embed/${id}?rel=0`;
const firstTitle = (el: CocktailReco) => titles(el)[0];

describe('<cocktail-reco> video source, language, options', () => {
  useWorker();

  it('reads any link form in `video`', async () => {
    const asked: string[] = [];
    worker.use(...demoApi({ onRequest: (video) => asked.push(video) }));
    for (const video of [`https://m.youtube.com/watch?v=${VIDEO_A}`, `https://youtu.be/${VIDEO_B}?t=3`, VIDEO_C]) {
      const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()} video=${video}></cocktail-reco>`);
      await untilState(el, 'ready');
    }
    expect(asked).to.deep.equal([VIDEO_A, VIDEO_B, VIDEO_C]);
  });

  it('follows the iframe named by `for` when its src changes', async () => {
    worker.use(...demoApi());
    const page = await fixture<HTMLDivElement>(html`<div>
      <iframe id="player" title="Vidéo" src=${embed(VIDEO_A)}></iframe>
      <cocktail-reco api-base=${API} library=${freshLibrary()} for="player"></cocktail-reco>
    </div>`);
    const el = page.querySelector<CocktailReco>('cocktail-reco')!;
    await untilState(el, 'ready');
    expect(firstTitle(el)).to.equal(`Titre ${VIDEO_A}-1`);
    expect(shadow(el).querySelector('form')).to.equal(null);
    const changed = oneEvent(el, 'cocktail-reco-video-change');
    page.querySelector('iframe')!.src = embed(VIDEO_B);
    expect((await changed).detail).to.deep.equal({ video: VIDEO_B });
    await waitUntil(() => firstTitle(el) === `Titre ${VIDEO_B}-1`, 'the new video was never shown');
  });

  it('`for="auto"` takes the nearest YouTube player before it in document order', async () => {
    worker.use(...demoApi());
    const page = await fixture<HTMLDivElement>(html`<div>
      <iframe title="Vidéo 1" src=${embed(VIDEO_A)}></iframe>
      <section><lite-youtube videoid=${VIDEO_B}></lite-youtube></section>
      <iframe title="Carte" src="https://maps.example.test/embed"></iframe>
      <cocktail-reco api-base=${API} library=${freshLibrary()} for="auto"></cocktail-reco>
      <iframe title="Vidéo 3" src=${embed(VIDEO_C)}></iframe>
    </div>`);
    const el = page.querySelector<CocktailReco>('cocktail-reco')!;
    await untilState(el, 'ready');
    expect(firstTitle(el)).to.equal(`Titre ${VIDEO_B}-1`);
  });

  it('`for="auto"` waits for a player to appear', async () => {
    worker.use(...demoApi());
    const late = await fixture<HTMLDivElement>(html`<div><cocktail-reco api-base=${API} library=${freshLibrary()} for="auto"></cocktail-reco></div>`);
    const waiting = late.querySelector<CocktailReco>('cocktail-reco')!;
    expect(waiting.state.kind).to.equal('idle');
    expect(statusText(waiting)).to.equal('En attente d’une vidéo.');
    const player = document.createElement('lite-youtube');
    player.setAttribute('videoid', VIDEO_C);
    late.prepend(player);
    await untilState(waiting, 'ready');
    expect(firstTitle(waiting)).to.equal(`Titre ${VIDEO_C}-1`);
  });

  it('never shows a slow first answer after a second video’s answer', async () => {
    worker.use(...demoApi({ delays: { [VIDEO_A]: 800, [VIDEO_B]: 50 } }));
    const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`);
    const loads: string[] = [];
    el.addEventListener('cocktail-reco-load', (event) => loads.push(event.detail.video));
    el.video = VIDEO_B;
    await untilState(el, 'ready');
    expect(firstTitle(el)).to.equal(`Titre ${VIDEO_B}-1`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(firstTitle(el)).to.equal(`Titre ${VIDEO_B}-1`);
    expect(loads).to.deep.equal([VIDEO_B]);
  });

  it('aborts its request when removed, without an error', async () => {
    worker.use(...demoApi({ delays: { [VIDEO_A]: 800 } }));
    const signals: AbortSignal[] = [];
    const client = new CocktailClient({
      apiBase: API,
      library: freshLibrary(),
      fetch: (input, init) => {
        signals.push(input instanceof Request ? input.signal : init!.signal!);
        return fetch(input, init);
      },
    });
    const el = await fixture<CocktailReco>(html`<cocktail-reco .recommender=${new RemoteRecommender(client)} video=${VIDEO_A}></cocktail-reco>`);
    const problems: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => problems.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    el.addEventListener('cocktail-reco-error', (event) => problems.push(event.detail));
    await waitUntil(() => signals.length === 1, 'no request was sent');
    el.remove();
    expect(signals[0]!.aborted).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    window.removeEventListener('unhandledrejection', onRejection);
    expect(problems).to.deep.equal([]);
    expect(el.state.kind).to.not.equal('error');
  });

  it('asks again when the API or the library changes', async () => {
    const asked: string[] = [];
    worker.use(...demoApi({ onRequest: (_video, library) => asked.push(library) }));
    const el = await fixture<CocktailReco>(html`<cocktail-reco video=${VIDEO_A}></cocktail-reco>`);
    expect(el.state.kind).to.equal('idle');
    el.apiBase = API;
    el.library = 'bm-first';
    await untilState(el, 'ready');
    el.library = 'bm-second';
    await waitUntil(() => asked.length === 2, 'the new library was never asked');
    expect(asked).to.deep.equal(['bm-first', 'bm-second']);
  });

  it('makes one request per distinct video for many widgets on one page', async () => {
    const asked: string[] = [];
    worker.use(...demoApi({ onRequest: (video) => asked.push(video), delays: { [VIDEO_A]: 100 } }));
    const library = freshLibrary();
    const page = await fixture<HTMLDivElement>(html`<div>
      ${[VIDEO_A, VIDEO_A, VIDEO_B, VIDEO_A, VIDEO_B].map((video) => html`<cocktail-reco api-base=${API} library=${library} video=${video}></cocktail-reco>`)}
    </div>`);
    const all = [...page.querySelectorAll<CocktailReco>('cocktail-reco')];
    for (const el of all) await untilState(el, 'ready');
    expect(asked.sort()).to.deep.equal([VIDEO_B, VIDEO_A].sort());
  });

  it('takes its language from `lang`, else the closest [lang], else French; English is loaded on demand', async () => {
    const langs: (string | undefined)[] = [];
    worker.use(...demoApi({ onRequest: (_video, _library, lang) => langs.push(lang) }));
    const page = await fixture<HTMLDivElement>(html`<div lang="en-GB">
      <cocktail-reco api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>
      <cocktail-reco lang="fr" api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>
    </div>`);
    const [english, french] = [...page.querySelectorAll<CocktailReco>('cocktail-reco')] as [CocktailReco, CocktailReco];
    await untilState(english, 'ready');
    await untilState(french, 'ready');
    await waitUntil(() => shadow(english).querySelector('h2')!.textContent === 'Discover at the library', 'English never loaded');
    expect(statusText(english)).to.equal('2 documents found.');
    expect(shadow(english).querySelector('[part="badge"]')!.textContent!.trim()).to.equal('Media literacy');
    expect(shadow(french).querySelector('h2')!.textContent).to.equal('À découvrir à la bibliothèque');
    expect(langs.sort()).to.deep.equal(['en', 'fr']);

    english.lang = 'fr';
    await waitUntil(() => shadow(english).querySelector('h2')!.textContent === 'À découvrir à la bibliothèque', 'lang change ignored');
    await expect(english).to.be.accessible();
  });

  it('lets `translations` and `heading` override any string, with plural forms', async () => {
    worker.use(...demoApi());
    const el = await fixture<CocktailReco>(html`<cocktail-reco
      api-base=${API} library=${freshLibrary()} video=${VIDEO_A}
      .translations=${{ whyLabel: 'Pour quelles raisons ?', resultsMessage: { one: 'Une suggestion.', other: '{count} suggestions.' } }}
    ></cocktail-reco>`);
    await untilState(el, 'ready');
    expect(statusText(el)).to.equal('2 suggestions.');
    expect(shadow(el).querySelector('summary')!.textContent).to.equal('Pour quelles raisons ?');
    el.heading = 'Nos suggestions';
    await el.updateComplete;
    expect(shadow(el).querySelector('h2')!.textContent).to.equal('Nos suggestions');
  });

  it('hides badges with `no-badges` and explanations with `no-explanations`', async () => {
    worker.use(...demoApi());
    const el = await fixture<CocktailReco>(
      html`<cocktail-reco no-badges no-explanations api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`,
    );
    await untilState(el, 'ready');
    expect(shadow(el).querySelector('[part="badge"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="why"]')).to.equal(null);
    expect(titles(el)).to.have.length(2);
    el.noExplanations = false;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="why"]')).to.have.length(2);
  });

  it('can be defined twice, under another tag too', async () => {
    CocktailReco.define();
    await import('../../src/define.js?again' as string);
    CocktailReco.define('library-reco');
    CocktailReco.define('library-reco');
    expect(customElements.get('cocktail-reco')).to.exist;
    expect(customElements.get('library-reco')).to.exist;
  });
});
