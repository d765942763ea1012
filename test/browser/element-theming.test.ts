/**
 * Theming contract: the public custom properties documented on the class (`@cssprop`) are each read once into a
 * private `--_*` variable, the documented parts (`@csspart`) and slots exist, the theme and layouts work, and the
 * default colours keep WCAG contrast (text 4.5:1, badges 3:1) in light and dark.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import type { CSSResultGroup } from 'lit';
import '../../src/define.js';
import { CocktailReco } from '../../src/element/cocktail-reco.js';
import type { StateKind } from '../../src/element/state.js';
import type { RecommendationItem } from '../../src/sdk/schemas.js';
import { API, VIDEO_A, demoApi, freshLibrary, item, shadow, untilState, useWorker, worker } from './element-test-api.js';

/** The class JSDoc, read from the source (the served module has no comments). */
const source = () => readFile({ path: '../../src/element/cocktail-reco.ts' }).then((text) => text ?? '');
const documented = (text: string, tag: 'cssprop' | 'csspart' | 'slot') =>
  [...text.matchAll(new RegExp(String.raw`@${tag}\s+\[?([\w-]+)`, 'g'))].map((match) => match[1]!);

const cssText = (styles: CSSResultGroup | undefined): string =>
  Array.isArray(styles) ? styles.map(cssText).join('\n') : styles && 'cssText' in styles ? styles.cssText : '';

/** Items with relations other than the video's (EMI), so each badge colour is on the page. */
const badgeItems = (): RecommendationItem[] => [
  item('pedagogy', { relation: { type: 'pedagogy' } }),
  item('inclusion', { relation: { type: 'inclusion' } }),
  item('neutral', { relation: { type: 'citizenship' } }),
];

async function ready(options: { theme?: string; layout?: string; items?: RecommendationItem[]; width?: string } = {}) {
  worker.use(...demoApi(options.items ? { items: { [VIDEO_A]: options.items } } : {}));
  const el = await fixture<CocktailReco>(html`<cocktail-reco
    style=${`width: ${options.width ?? '640px'}`}
    theme=${options.theme ?? 'light'}
    layout=${options.layout ?? 'list'}
    api-base=${API} library=${freshLibrary()} video=${VIDEO_A}
  ></cocktail-reco>`);
  await untilState(el, 'ready');
  return el;
}

/** sRGB channels of a computed colour; only opaque `rgb()`/`rgba()` values are expected here. */
function channels(colour: string): [number, number, number] {
  const match = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)(?:, ([\d.]+))?\)$/.exec(colour);
  if (!match) throw new Error(`unexpected computed colour ${colour}`);
  if (match[4] !== undefined && Number(match[4]) < 1) throw new Error(`translucent colour ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const colourOf = (node: Element) => getComputedStyle(node).color;
const backgroundOf = (node: Element) => getComputedStyle(node).backgroundColor;

describe('<cocktail-reco> theming', () => {
  useWorker();

  it('maps every documented public custom property once, on :host, to a private one', async () => {
    const publicNames = documented(await source(), 'cssprop');
    expect(publicNames.length).to.be.greaterThan(5);
    const css = cssText(CocktailReco.styles);
    const usedNames = [...new Set(css.match(/--cocktail-reco-[\w-]+/g))];
    expect(usedNames.sort(), 'public names in the styles').to.deep.equal([...publicNames].sort());

    const host = /:host\s*\{([^}]*)\}/.exec(css)!;
    expect(host, 'the first :host block').to.exist;
    for (const name of publicNames) {
      const uses = css.split(name).length - 1;
      expect(uses, `${name} uses`).to.equal(1);
      const privateName = `--_${name.slice('--cocktail-reco-'.length)}`;
      expect(host[1], `${name} mapped to ${privateName}`).to.match(new RegExp(`${privateName}:\\s*var\\(${name}\\b`));
    }
    const rest = css.slice(host.index + host[0].length);
    expect(rest, 'rules after :host').not.to.contain('--cocktail-reco-');
  });

  it('colours links with --cocktail-reco-accent set on the host', async () => {
    const el = await ready();
    const link = shadow(el).querySelector('[part="item-title"] a')!;
    const before = colourOf(link);
    el.style.setProperty('--cocktail-reco-accent', 'rgb(1, 102, 3)');
    expect(colourOf(link)).to.equal('rgb(1, 102, 3)');
    expect(before).not.to.equal('rgb(1, 102, 3)');
  });

  it('changes the surface with theme="dark"', async () => {
    const el = await ready();
    const base = shadow(el).querySelector('[part="base"]')!;
    const light = backgroundOf(base);
    el.theme = 'dark';
    await el.updateComplete;
    const dark = backgroundOf(base);
    expect(dark).not.to.equal(light);
    expect(luminance(dark)).to.be.below(0.1);
    expect(luminance(light)).to.be.above(0.8);
  });

  it('renders each layout', async () => {
    const columns = (el: CocktailReco) =>
      getComputedStyle(shadow(el).querySelector('[part="list"]')!).gridTemplateColumns.split(' ').length;
    for (const layout of ['list', 'grid', 'compact'] as const) {
      // Covers that load (a failed cover hides itself, which would hide the layout's own rule).
      const coverUrl = new URL('/demo/public/favicon.svg', location.href).href;
      const el = await ready({ layout, width: '900px', items: ['a', 'b', 'c'].map((id) => item(id, { coverUrl })) });
      expect(el.getAttribute('layout')).to.equal(layout);
      const items = shadow(el).querySelectorAll('[part="item"]');
      expect(items, layout).to.have.length(3);
      const cover = shadow(el).querySelector('[part="item-cover"]')!;
      if (layout === 'grid') expect(columns(el), 'grid columns').to.be.greaterThan(1);
      else expect(columns(el), `${layout} columns`).to.equal(1);
      expect(getComputedStyle(cover).display === 'none', `${layout} hides covers`).to.equal(layout === 'compact');
    }
  });

  it('renders the header, empty and footer slots in every state', async () => {
    const slotNames = (el: CocktailReco) => [...shadow(el).querySelectorAll('slot')].map((slot) => slot.name).sort();
    const expected = documented(await source(), 'slot').sort();
    expect(expected).to.deep.equal(['empty', 'footer', 'header']);

    worker.use(...demoApi({ slowMs: 1500, pending: (video) => (video === 'pEnDiNgVid0' ? 30 : undefined), quota: undefined }));
    const cases: [StateKind, string, string | undefined][] = [
      ['idle', API, undefined],
      ['loading', `${API}/scenario/slow`, VIDEO_A],
      ['stalled', `${API}/scenario/slow`, VIDEO_A],
      ['pending', API, 'pEnDiNgVid0'],
      ['ready', API, VIDEO_A],
      ['empty', `${API}/scenario/empty`, VIDEO_A],
      ['error', `${API}/scenario/not-found`, VIDEO_A],
      ['quota', `${API}/scenario/quota`, VIDEO_A],
    ];
    for (const [kind, apiBase, video] of cases) {
      const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${apiBase} library=${freshLibrary()} video=${video ?? ''}></cocktail-reco>`);
      if (kind === 'idle') expect(el.state.kind).to.equal('idle');
      else await untilState(el, kind);
      expect(slotNames(el), kind).to.deep.equal(expected);
    }
  });

  it('has every documented part in the ready state (the retry button in the error state)', async () => {
    const parts = documented(await source(), 'csspart');
    expect(parts).to.include.members(['base', 'list', 'item', 'retry-button']);
    // The search form shows its results: the one ready state where `form` exists too.
    worker.use(...demoApi({ items: { [VIDEO_A]: [item('differs', { relation: { type: 'pedagogy' } })] } }));
    const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()}></cocktail-reco>`);
    const form = shadow(el).querySelector('form')!;
    (form.elements.namedItem('video') as HTMLInputElement).value = `https://www.youtube.com/watch?v=${VIDEO_A}`;
    form.requestSubmit();
    await untilState(el, 'ready');
    const missing = parts.filter((part) => part !== 'retry-button' && !shadow(el).querySelector(`[part~="${part}"]`));
    expect(missing, 'parts missing in the ready state').to.deep.equal([]);

    worker.use(...demoApi());
    const failing = await fixture<CocktailReco>(html`<cocktail-reco api-base=${`${API}/scenario/not-found`} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`);
    await untilState(failing, 'error');
    expect(shadow(failing).querySelector('[part~="retry-button"]')).to.exist;
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps text at 4.5:1 and badges at 3:1 on the ${theme} surface`, async () => {
      const el = await ready({ theme, items: badgeItems() });
      const root = shadow(el);
      const surface = backgroundOf(root.querySelector('[part="base"]')!);
      const texts = {
        heading: root.querySelector('h2')!,
        reason: root.querySelector('.reason')!,
        link: root.querySelector('[part="item-title"] a')!,
        meta: root.querySelector('[part="item-meta"]')!,
        why: root.querySelector('[part="why"] summary')!,
      };
      for (const [name, node] of Object.entries(texts)) {
        expect(contrast(colourOf(node), surface), `${theme} ${name} on surface`).to.be.at.least(4.5);
      }
      const badges = [...root.querySelectorAll('[part="badge"]')];
      expect(badges.map((badge) => badge.getAttribute('data-relation')).sort()).to.deep.equal(['emi', 'inclusion', 'other', 'pedagogy']);
      for (const badge of badges) {
        const ratio = contrast(colourOf(badge), backgroundOf(badge));
        expect(ratio, `${theme} ${badge.getAttribute('data-relation')} badge`).to.be.at.least(3);
        // The badge also stands out from the surface (WCAG 1.4.11, non-text contrast).
        expect(contrast(backgroundOf(badge), surface), `${theme} ${badge.getAttribute('data-relation')} badge on surface`).to.be.at.least(3);
      }
    });
  }

  it('passes axe in the dark theme', async () => {
    const el = await ready({ theme: 'dark', items: badgeItems() });
    await expect(el).to.be.accessible();
    const failing = await fixture<CocktailReco>(html`<cocktail-reco theme="dark" api-base=${`${API}/scenario/not-found`} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`);
    await waitUntil(() => failing.state.kind === 'error', 'never failed');
    await failing.updateComplete;
    await expect(failing).to.be.accessible();
  });
});
