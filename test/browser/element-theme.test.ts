import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';
import { API, VIDEO_A, demoApi, freshLibrary, item, shadow, untilState, useWorker, worker } from './element-test-api.js';

const colour = (node: Element, property: 'color' | 'backgroundColor') => getComputedStyle(node)[property];

describe('<cocktail-reco> theming and layout', () => {
  useWorker();

  it('uses dark colours with theme="dark", stays accessible, and takes the public custom properties', async () => {
    worker.use(...demoApi());
    const el = await fixture<CocktailReco>(html`<cocktail-reco theme="dark" api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`);
    await untilState(el, 'ready');
    const base = shadow(el).querySelector('[part="base"]')!;
    expect(colour(base, 'backgroundColor')).to.equal('rgb(28, 28, 30)');
    expect(colour(shadow(el).querySelector('[part="badge"]')!, 'backgroundColor')).to.equal('rgb(255, 162, 143)');
    await expect(el).to.be.accessible();

    el.theme = 'light';
    el.style.setProperty('--cocktail-reco-emi', 'rgb(0, 0, 128)');
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    expect(colour(base, 'backgroundColor')).to.equal('rgb(255, 255, 255)');
    expect(colour(shadow(el).querySelector('[part="badge"]')!, 'backgroundColor')).to.equal('rgb(0, 0, 128)');
  });

  it('reflows at 320 px: a very long title wraps instead of overflowing, in every layout', async () => {
    const title = 'Anticonstitutionnellement'.repeat(12);
    worker.use(...demoApi({ items: { [VIDEO_A]: [item('long', { title, authors: ['X'.repeat(200)] })] } }));
    const library = freshLibrary();
    for (const layout of ['list', 'grid', 'compact'] as const) {
      const el = await fixture<CocktailReco>(
        html`<cocktail-reco style="width: 320px" layout=${layout} api-base=${API} library=${library} video=${VIDEO_A}></cocktail-reco>`,
      );
      await untilState(el, 'ready');
      const base = shadow(el).querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, layout).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.equal(320);
    }
  });

  it('renders hostile strings as inert text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    worker.use(...demoApi({ items: { [VIDEO_A]: [item('h', { title: hostile, authors: [hostile], url: 'https://opac.example.test/h' })] } }));
    const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()} video=${VIDEO_A} heading=${hostile}></cocktail-reco>`);
    await untilState(el, 'ready');
    expect(shadow(el).querySelector('[part="item-title"]')!.textContent!.trim()).to.equal(hostile);
    expect(shadow(el).querySelector('[part="item-title"] img, [part="item-title"] script, h2 img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('always renders its slots and keeps the status region when idle', async () => {
    const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()} for="nowhere"></cocktail-reco>`);
    const names = [...shadow(el).querySelectorAll('slot')].map((slot) => slot.name);
    expect(names).to.deep.equal(['header', 'empty', 'footer']);
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('En attente d’une vidéo.');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });
});
