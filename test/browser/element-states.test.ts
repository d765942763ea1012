import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';
import {
  API, VIDEO_A, demoApi, freshLibrary, item, listFor, shadow, statusText, titles, untilState, useWorker, worker,
} from './element-test-api.js';

const reco = (apiBase: string, library = freshLibrary(), video = VIDEO_A) =>
  fixture<CocktailReco>(html`<cocktail-reco api-base=${apiBase} library=${library} video=${video}></cocktail-reco>`);

describe('<cocktail-reco> states', () => {
  useWorker();

  it('says it is searching at once, "still searching" after ~300 ms, with a skeleton and reserved height', async () => {
    worker.use(...demoApi({ delays: { [VIDEO_A]: 1500 } }));
    const el = await reco(API);
    expect(el.state.kind).to.equal('loading');
    expect(statusText(el)).to.equal('Recherche des documents…');
    expect(shadow(el).querySelector('.skeleton')).to.exist;
    expect(shadow(el).querySelector('.results')!.getBoundingClientRect().height).to.be.greaterThan(40);
    await untilState(el, 'stalled', 1000);
    expect(statusText(el)).to.equal('Recherche toujours en cours…');
    await expect(el).to.be.accessible();
    await untilState(el, 'ready', 3000);
  });

  it('renders a ready list: badge with its reason, one link per item, covers, facts, announced count', async () => {
    worker.use(...demoApi());
    const el = await fixture<CocktailReco>(
      html`<cocktail-reco api-base=${API} library=${freshLibrary()} video=${`https://youtu.be/${VIDEO_A}`}></cocktail-reco>`,
    );
    const loaded = await oneEvent(el, 'cocktail-reco-load');
    expect(loaded.detail).to.deep.equal({ video: VIDEO_A, count: 2 });
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelector('section h2')!.textContent).to.equal('À découvrir à la bibliothèque');
    const badge = root.querySelector('header [part="badge"]')!;
    expect(badge.textContent!.trim()).to.equal('EMI');
    expect(badge.getAttribute('data-relation')).to.equal('emi');
    expect(root.querySelector('header .reason')!.textContent).to.contain('sources à croiser');
    expect(root.querySelectorAll('ol[part="list"] > li[part="item"]')).to.have.length(2);
    const first = root.querySelector('[part="item"]')!;
    expect(first.querySelectorAll('a')).to.have.length(1);
    expect(first.querySelector('a')!.getAttribute('href')).to.equal(`https://opac.example.test/record/${VIDEO_A}-1`);
    const cover = first.querySelector('img')!;
    expect(cover.getAttribute('alt')).to.equal('');
    expect(cover.getAttribute('loading')).to.equal('lazy');
    expect(cover.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(first.querySelector('[part="item-meta"]')!.textContent).to.equal(
      'Soboul, Albert · 1962 · Livre · Médiathèque de Lyon · Disponible',
    );
    expect([...first.querySelectorAll('[part="why"] li')].map((li) => li.textContent)).to.deep.equal([
      'Auteur cité dans la vidéo : Albert Soboul',
      'Sujet : Révolution française',
    ]);
    expect(statusText(el)).to.equal('2 documents trouvés.');
    await expect(el).to.be.accessible();
  });

  it('shows an item badge only when it differs, unknown relations on a neutral badge, events with dates', async () => {
    worker.use(
      ...demoApi({
        items: {
          [VIDEO_A]: [
            item('same', { relation: { type: 'emi' } }),
            item('other', { relation: { type: 'pedagogy' } }),
            item('future', { relation: { type: 'citizenship' } }),
            item('concert', {
              type: 'event', url: 'javascript:alert(1)', coverUrl: 'data:image/png;base64,AAAA', availability: undefined,
              event: { startsAt: '2026-12-05T20:30:00+01:00', venue: 'Salle Molière', distanceKm: 2.5, price: '0' },
            }),
          ],
        },
      }),
    );
    const el = await reco(API);
    await untilState(el, 'ready');
    const items = [...shadow(el).querySelectorAll('[part="item"]')];
    expect(items[0]!.querySelector('[part="badge"]')).to.equal(null);
    expect(items[1]!.querySelector('[part="badge"]')!.textContent!.trim()).to.equal('Pédagogie');
    const unknown = items[2]!.querySelector('[part="badge"]')!;
    expect(unknown.textContent!.trim()).to.equal('citizenship');
    expect(unknown.getAttribute('data-relation')).to.equal('other');
    const concert = items[3]!;
    expect(concert.querySelector('a')).to.equal(null);
    expect(concert.querySelector('img')).to.equal(null);
    expect(concert.querySelector('[part="item-title"]')!.textContent!.trim()).to.equal('Titre concert');
    expect(concert.querySelector('[part="item-meta"]')!.textContent).to.contain('5 décembre 2026');
    expect(concert.querySelector('[part="item-meta"]')!.textContent).to.contain('Salle Molière · à 2,5 km · Gratuit');
    expect(statusText(el)).to.equal('4 documents trouvés.');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state with its default message and announces it', async () => {
    worker.use(...demoApi());
    const el = await reco(`${API}/scenario/empty`);
    const loaded = await oneEvent(el, 'cocktail-reco-load');
    expect(loaded.detail.count).to.equal(0);
    await el.updateComplete;
    expect(el.state.kind).to.equal('empty');
    expect(statusText(el)).to.equal('0 document trouvé.');
    const empty = shadow(el).querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(empty.parentElement!.hidden).to.equal(false);
    expect(empty.textContent).to.contain('Aucun document');
    await expect(el).to.be.accessible();
  });

  const failures: { name: string; scenario: string; options?: Parameters<typeof demoApi>[0]; video?: string; kind: string; status?: number; sentence: string }[] = [
    { name: 'network', scenario: 'network', kind: 'network', sentence: 'Le service de recommandation est injoignable.' },
    { name: 'HTTP', scenario: 'error', kind: 'http', status: 500, sentence: 'a rencontré une erreur (500)' },
    { name: 'not analysed', scenario: 'not-found', kind: 'not-analyzed', status: 404, sentence: "Cette vidéo n'a pas encore été analysée." },
    { name: 'unknown library', scenario: '', options: { libraries: ['bm-lyon'] }, kind: 'library-unknown', status: 404, sentence: "Cette bibliothèque n'est pas connue" },
    { name: 'invalid data', scenario: 'invalid', kind: 'validation', sentence: 'La réponse du service de recommandation est illisible.' },
    { name: 'pending too long', scenario: '', options: { pending: () => 120 }, kind: 'pending', sentence: "L'analyse de cette vidéo prend plus de temps que prévu." },
    { name: 'not a video', scenario: '', video: 'pas une vidéo', kind: 'invalid-video', sentence: "Cette vidéo n'est pas une vidéo YouTube reconnue." },
  ];
  for (const failure of failures) {
    it(`says a plain sentence for the ${failure.name} error, with a retry button`, async () => {
      worker.use(...demoApi(failure.options));
      const base = failure.scenario ? `${API}/scenario/${failure.scenario}` : API;
      // Listen on a parent before the element exists: an invalid link fails before the first render ends.
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const errored = oneEvent(parent, 'cocktail-reco-error');
      const el = Object.assign(document.createElement('cocktail-reco'), { apiBase: base, library: freshLibrary(), video: failure.video ?? VIDEO_A });
      parent.append(el);
      const error = await errored;
      expect(error.detail).to.deep.equal(failure.status === undefined ? { kind: failure.kind } : { kind: failure.kind, status: failure.status });
      expect(error.bubbles && error.composed).to.equal(true);
      await el.updateComplete;
      expect(el.state.kind).to.equal('error');
      expect(statusText(el)).to.contain(failure.sentence);
      expect(shadow(el).querySelector('[part="retry-button"]')!.textContent).to.equal('Réessayer');
      await expect(el).to.be.accessible();
    });
  }

  it('says a plain sentence for a timeout', async () => {
    worker.use(...demoApi({ delays: { [VIDEO_A]: 2000 } }));
    const { RemoteRecommender } = await import('../../src/recommenders/remote-recommender.js');
    const el = await fixture<CocktailReco>(
      html`<cocktail-reco
        .recommender=${new RemoteRecommender({ apiBase: API, library: freshLibrary(), timeoutMs: 200 })}
        video=${VIDEO_A}
      ></cocktail-reco>`,
    );
    const error = await oneEvent(el, 'cocktail-reco-error');
    expect(error.detail).to.deep.equal({ kind: 'timeout' });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Le service de recommandation met trop de temps à répondre.');
  });

  it('says when the quota resets, without a retry button', async () => {
    worker.use(...demoApi({ quota: { limit: 0, resetsAt: '2026-12-01T00:00:00Z', retryAfterSeconds: 3600 } }));
    const el = await reco(API);
    const error = await oneEvent(el, 'cocktail-reco-error');
    expect(error.detail).to.deep.equal({ kind: 'quota', status: 429 });
    await el.updateComplete;
    expect(el.state.kind).to.equal('quota');
    expect(statusText(el)).to.match(/^Le nombre de recherches autorisées .* atteint\. Nouvel essai possible à partir du 1 décembre 2026/);
    expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says plainly when the library excludes the video, announces it, and offers no retry', async () => {
    worker.use(...demoApi());
    const el = await reco(`${API}/scenario/excluded`);
    const error = await oneEvent(el, 'cocktail-reco-error');
    expect(error.detail).to.deep.equal({ kind: 'excluded', status: 403 });
    await el.updateComplete;
    expect(el.state.kind).to.equal('excluded');
    const status = shadow(el).querySelector('[role="status"]')!;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(statusText(el)).to.equal('Cette bibliothèque ne propose pas de documents pour cette vidéo.');
    expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('[part="list"] li').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('says it in English too', async () => {
    worker.use(...demoApi());
    const el = await fixture<CocktailReco>(
      html`<cocktail-reco lang="en" api-base=${`${API}/scenario/excluded`} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`,
    );
    await untilState(el, 'excluded');
    await waitUntil(() => statusText(el) === 'This library does not suggest documents for this video.', statusText(el));
    await expect(el).to.be.accessible();
  });

  it('says the video is being analysed, then shows the list when it is ready', async () => {
    let polls = 0;
    worker.use(...demoApi({ pending: () => (++polls < 2 ? 1 : false) }));
    const el = await reco(API);
    await untilState(el, 'pending');
    expect(statusText(el)).to.equal("Cette vidéo est en cours d'analyse. Les documents s'afficheront dans un instant.");
    await expect(el).to.be.accessible();
    await untilState(el, 'ready', 4000);
    expect(titles(el)).to.deep.equal([`Titre ${VIDEO_A}-1`, `Titre ${VIDEO_A}-2`]);
  });

  it('retries from the keyboard', async () => {
    let broken = true;
    // The retried answer waits until the loading state has been checked: on a loaded machine a prompt answer could
    // otherwise land before the check.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    worker.use(...demoApi({
      libraries: ['bm-ok'],
      recommend: async (video) => (broken ? undefined : (await released, listFor(video, [item('retried')]))),
    }));
    const el = await reco(API, 'bm-ok');
    await untilState(el, 'error');
    broken = false;
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.state.kind, 'the retry shows the search under way').to.equal('loading');
    expect(shadow(el).querySelector('[part="retry-button"]'), 'the error and its button are gone while retrying').to.equal(null);
    release();
    await untilState(el, 'ready');
    expect(titles(el)).to.have.length(1);
    expect(shadow(el).activeElement?.localName).to.equal('h2');
  });
});
