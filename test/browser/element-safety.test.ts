/**
 * Hostile API answers: every rendered field gets strings built to inject markup, reorder text, hide characters or
 * stretch the layout. They must render as inert text, never break a 320 px column, and URLs other than absolute
 * http(s) never become a link or an image. The widget writes no cookie or storage and sends no credentials.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http } from 'msw';
import '../../src/define.js';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';
import type { RecommendationItem, RecommendationList } from '../../src/sdk/schemas.js';
import { API, VIDEO_A, VIDEO_B, demoApi, freshLibrary, item, listFor, shadow, untilState, useWorker, worker } from './element-test-api.js';

const HOSTILE = {
  script: '<script>alert(1)</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  rtlOverride: 'txt.\u202Eexe.lacol\u202C fin',
  zeroWidth: 'in\u200Bvisi\u200Cble\u200D\uFEFF',
  longTitle: 'Une histoire très longue '.repeat(400),
  longWord: 'x'.repeat(10000),
} as const;

/** An item whose every text field carries `text`; status `unknown` makes the availability label show as sent. */
const hostileItem = (name: string, text: string): RecommendationItem =>
  item(name, {
    title: text,
    subtitle: text,
    authors: [text],
    source: { kind: 'library', name: text },
    availability: { status: 'unknown', label: text },
    // Differs from the video's relation, so the item shows its own badge.
    relation: { type: `item ${text}` },
    why: [{ facet: 'subjects', value: text, field: 'subject', weight: 0.8 }],
  });

/** An event item: venue and price are shown as sent. */
const hostileEvent = (name: string, text: string): RecommendationItem =>
  item(name, {
    type: 'event', title: text, availability: undefined, relation: undefined, why: [],
    event: { startsAt: '2026-12-05', venue: text, price: text },
  });

async function showList(list: RecommendationList, width = '320px'): Promise<CocktailReco> {
  worker.use(...demoApi({ recommend: () => list }));
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}`}>
      <cocktail-reco api-base=${API} library=${freshLibrary()} video=${VIDEO_A} limit="50"></cocktail-reco>
    </div>`,
  );
  const el = wrapper.querySelector('cocktail-reco')!;
  await untilState(el, 'ready');
  return el;
}

/** Element kinds that would mean a hostile string became markup. */
const injected = (root: ShadowRoot) => root.querySelectorAll('script, img[onerror], [onerror], [onclick], iframe, object, embed');

describe('<cocktail-reco> safety', () => {
  useWorker();

  const alerts: unknown[] = [];
  const realAlert = window.alert;
  beforeEach(() => {
    alerts.length = 0;
    window.alert = (message?: unknown) => void alerts.push(message);
  });
  afterEach(() => {
    window.alert = realAlert;
  });

  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`renders "${name}" as inert text in every field, within a 320 px column`, async () => {
      const list = {
        ...listFor(VIDEO_A, [hostileItem('hostile', text), hostileEvent('hostile-event', text)]),
        relation: { type: text, reason: text },
      };
      const el = await showList(list);
      const root = shadow(el);
      // Give an injected image time to fail and fire its handler, were there one.
      await new Promise((resolve) => setTimeout(resolve, 150));

      expect(injected(root), 'injected elements').to.have.length(0);
      expect(alerts, 'window.alert calls').to.deep.equal([]);

      const [first, event] = [...root.querySelectorAll('[part="item"]')];
      expect(first!.querySelector('[part="item-title"] a')!.textContent).to.equal(text);
      expect(first!.querySelector('[part="item-title"] + p')!.textContent).to.equal(text);
      expect(first!.querySelector('[part="item-meta"]')!.textContent).to.equal(`${text} · 1962 · Livre · ${text} · ${text}`);
      expect(first!.querySelector('[part="badge"]')!.textContent).to.equal(`item ${text}`);
      expect(first!.querySelector('[part="why"] li')!.textContent).to.equal(`Sujet : ${text}`);
      expect(event!.querySelector('[part="item-title"] a')!.textContent).to.equal(text);
      expect(event!.querySelector('[part="item-meta"]')!.textContent).to.contain(` · ${text} · ${text}`);
      expect(root.querySelector('header [part="badge"]')!.textContent).to.equal(text);
      expect(root.querySelector('header .reason')!.textContent).to.equal(text);

      const container = el.parentElement!;
      expect(el.getBoundingClientRect().width).to.be.at.most(container.getBoundingClientRect().width);
      const listElement = root.querySelector<HTMLElement>('[part="list"]')!;
      expect(listElement.scrollWidth, 'list scrollWidth').to.be.at.most(listElement.clientWidth);
      const base = root.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth, 'section scrollWidth').to.be.at.most(base.clientWidth);
    });
  }

  it('keeps the layout within 320 px in the grid and compact layouts too', async () => {
    for (const layout of ['grid', 'compact'] as const) {
      const el = await showList(listFor(VIDEO_A, [hostileItem('long-word', HOSTILE.longWord), hostileItem('long-title', HOSTILE.longTitle)]));
      el.layout = layout;
      await el.updateComplete;
      const listElement = shadow(el).querySelector<HTMLElement>('[part="list"]')!;
      expect(listElement.scrollWidth, `${layout} list scrollWidth`).to.be.at.most(listElement.clientWidth);
    }
  });

  it('turns only absolute http(s) URLs into links and images', async () => {
    const unsafe = [
      'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'data:image/png;base64,AAAA', 'vbscript:msgbox(1)',
      '/record/1', 'record/1', '../record/1', '//evil.example.test/x', 'http//missing-colon', 'https://', '::::', '',
    ];
    const safe = ['https://opac.example.test/record/9', 'http://opac.example.test/record/10'];
    const items = [
      ...unsafe.map((url, i) => item(`unsafe-${i}`, { url, coverUrl: url })),
      ...safe.map((url, i) => item(`safe-${i}`, { url, coverUrl: url.replace('record', 'cover') })),
    ];
    const el = await showList(listFor(VIDEO_A, items), '800px');
    const rendered = [...shadow(el).querySelectorAll('[part="item"]')];
    expect(rendered).to.have.length(items.length);

    rendered.slice(0, unsafe.length).forEach((li, i) => {
      expect(li.querySelector('a'), `link for ${JSON.stringify(unsafe[i])}`).to.equal(null);
      expect(li.querySelector('img'), `image for ${JSON.stringify(unsafe[i])}`).to.equal(null);
      expect(li.querySelector('[part="item-title"]')!.textContent!.trim()).to.equal(`Titre unsafe-${i}`);
    });
    rendered.slice(unsafe.length).forEach((li, i) => {
      expect(li.querySelector('a')!.getAttribute('href')).to.equal(safe[i]);
      const cover = li.querySelector('img')!;
      expect(cover.getAttribute('src')).to.equal(safe[i]!.replace('record', 'cover'));
      expect(cover.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(cover.getAttribute('loading')).to.equal('lazy');
      expect(cover.getAttribute('alt')).to.equal('');
    });
    for (const link of shadow(el).querySelectorAll('[href]')) {
      expect(link.getAttribute('href')).to.match(/^https?:\/\//);
    }
    for (const image of shadow(el).querySelectorAll('[src]')) {
      expect(image.getAttribute('src')).to.match(/^https?:\/\//);
    }
  });

  it('writes no cookie nor storage and sends its requests without credentials', async () => {
    const cookie = document.cookie;
    const stored = [localStorage.length, sessionStorage.length];
    const credentials: RequestCredentials[] = [];
    // The spy comes first and returns nothing, so the contract's handlers answer after it.
    worker.use(
      http.get(`${API}/*`, ({ request }) => {
        credentials.push(request.credentials);
      }),
      ...demoApi(),
    );
    const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`);
    await untilState(el, 'ready');
    el.video = VIDEO_B;
    await waitUntil(() => el.state.kind === 'ready' && el.state.video === VIDEO_B, 'second video never shown');

    expect(credentials).to.deep.equal(['omit', 'omit']);
    expect(document.cookie).to.equal(cookie);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(stored);
  });
});
