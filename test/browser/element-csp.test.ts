/**
 * The element under a strict Content Security Policy and under enforced Trusted Types. Each policy is applied by
 * the test server to its own page (`csp/page.html`), loaded in an iframe; that page records every
 * `securitypolicyviolation`, and its API is answered by the test server itself (real HTTP, same origin).
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Loads the CSP page under `policy` and waits until its element shows the list. */
async function pageUnder(policy: string): Promise<{ win: Window; el: CocktailReco }> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.style.height = '900px';
  frame.src = `/test/browser/csp/page.html?csp=${encodeURIComponent(policy)}`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  // Its `cspViolations` log is declared on `Window` by csp/violation-log.ts.
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('cocktail-reco'), 'the element was never registered', { timeout: 5000 });
  const el = win.document.querySelector('cocktail-reco')!;
  await waitUntil(() => el.state.kind === 'ready', `the element never became ready (is ${el.state.kind})`, { timeout: 5000 });
  await el.updateComplete;
  // Violation reports are dispatched as tasks: let any pending one arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { win, el };
}

const titlesOf = (el: CocktailReco) =>
  [...el.shadowRoot!.querySelectorAll('[part="item-title"] a')].map((link) => link.textContent);

const EXPECTED_TITLES = ['Volcans d’Auvergne', 'La Terre en feu', 'Conférence : les volcans actifs'];

describe('<cocktail-reco> under a strict CSP and Trusted Types', () => {
  it(`renders its list with "${STRICT_CSP}" and reports no violation`, async () => {
    const { win, el } = await pageUnder(STRICT_CSP);
    expect(titlesOf(el)).to.deep.equal(EXPECTED_TITLES);
    // The styles apply (constructable style sheets are allowed by style-src 'self').
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(win.getComputedStyle(base).display).to.equal('grid');
    // zod/mini never probes `new Function` (only classic zod's JIT object does): no `eval` report either.
    expect(win.cspViolations).to.deep.equal([]);

    // Control: the policy is in force and the log sees violations (an inline style is refused and reported).
    const style = win.document.createElement('style');
    style.textContent = 'body { color: red; }';
    win.document.head.append(style);
    await waitUntil(() => win.cspViolations.length > 0, 'the inline style was not reported', { timeout: 2000 });
    expect(win.cspViolations[0]!.directive).to.equal('style-src-elem');
  });

  it(`renders its list with "${TRUSTED_TYPES}" and reports no violation`, async () => {
    const { win, el } = await pageUnder(TRUSTED_TYPES);
    expect(titlesOf(el)).to.deep.equal(EXPECTED_TITLES);
    // The "why" disclosures and the badge render too: everything goes through Lit's `lit-html` policy.
    expect(el.shadowRoot!.querySelector('header [part="badge"]')!.textContent).to.equal('Pédagogie');
    expect(el.shadowRoot!.querySelectorAll('[part="why"]')).to.have.length(2);
    expect(win.cspViolations).to.deep.equal([]);

    // Control: Trusted Types are enforced, so a plain string into an HTML sink is refused and reported.
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => win.cspViolations.length > 0, 'the refused sink was not reported', { timeout: 2000 });
    expect(win.cspViolations[0]!.directive).to.equal('require-trusted-types-for');
  });
});
