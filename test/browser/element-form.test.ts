import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CocktailReco } from '../../src/element/cocktail-reco.js';
import { API, VIDEO_A, VIDEO_B, demoApi, freshLibrary, shadow, statusText, titles, untilState, useWorker, worker } from './element-test-api.js';

const searchPage = () => fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()}></cocktail-reco>`);

/** Moves the keyboard focus with Tab until `target` (inside the element's shadow root) has it. */
async function tabTo(el: CocktailReco, target: Element): Promise<void> {
  for (let i = 0; i < 20 && shadow(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(shadow(el).activeElement).to.equal(target);
}

describe('<cocktail-reco> search by YouTube link', () => {
  useWorker();

  it('shows a labelled form in the idle state, with an empty status region', async () => {
    const el = await searchPage();
    const root = shadow(el);
    expect(el.state.kind).to.equal('idle');
    const input = root.querySelector('input')!;
    const label = root.querySelector(`label[for="${input.id}"]`)!;
    expect(label.textContent).to.equal("Lien d'une vidéo YouTube");
    expect(root.querySelector('form[part="form"] button[type="submit"]')!.textContent).to.equal('Chercher');
    expect(root.querySelector('[role="status"][aria-live="polite"]')).to.exist;
    expect(statusText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('refuses an unusable link with a sentence tied to the field, keeping the focus in the field', async () => {
    const el = await searchPage();
    const input = shadow(el).querySelector('input')!;
    await tabTo(el, input);
    await sendKeys({ type: 'https://vimeo.com/12345' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const error = shadow(el).getElementById(input.getAttribute('aria-describedby')!)!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(error.textContent).to.contain("Ce lien n'est pas celui d'une vidéo YouTube.");
    expect(error.hidden).to.equal(false);
    expect(shadow(el).activeElement).to.equal(input);
    expect(el.state.kind).to.equal('idle');
    await expect(el).to.be.accessible();
  });

  it('finds documents for a pasted link, keyboard only, and tells the page the video changed', async () => {
    worker.use(...demoApi());
    const el = await searchPage();
    const root = shadow(el);
    await tabTo(el, root.querySelector('input')!);
    await sendKeys({ type: `https://www.youtube.com/watch?v=${VIDEO_A}&t=42s` });
    await tabTo(el, root.querySelector('button')!);
    const changed = oneEvent(el, 'cocktail-reco-video-change');
    await sendKeys({ press: 'Space' });
    expect((await changed).detail).to.deep.equal({ video: VIDEO_A });
    await untilState(el, 'ready');
    expect(root.querySelector('input')!.getAttribute('aria-invalid')).to.equal('false');
    expect(root.querySelector('input')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(root.querySelector('form')).to.exist;
    expect(titles(el)).to.deep.equal([`Titre ${VIDEO_A}-1`, `Titre ${VIDEO_A}-2`]);
    await expect(el).to.be.accessible();

    // A second link replaces the list.
    root.querySelector('input')!.select();
    await sendKeys({ type: `https://youtu.be/${VIDEO_B}` });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el)[0] === `Titre ${VIDEO_B}-1`, 'second video never shown');
    expect(statusText(el)).to.equal('2 documents trouvés.');
  });

  it('search() runs the form from the host page (a shared address), and refuses an unusable link the same way', async () => {
    worker.use(...demoApi());
    const el = await searchPage();
    const input = shadow(el).querySelector('input')!;
    expect(el.search('https://vimeo.com/12345'), 'an unusable link is refused').to.equal(false);
    await el.updateComplete;
    expect(input.value, 'the field shows the refused link').to.equal('https://vimeo.com/12345');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const changed = oneEvent(el, 'cocktail-reco-video-change');
    expect(el.search(`https://m.youtube.com/watch?v=${VIDEO_A}`), 'a video link is searched').to.equal(true);
    expect((await changed).detail).to.deep.equal({ video: VIDEO_A });
    await untilState(el, 'ready');
    expect(input.value, 'the field shows the link searched').to.equal(`https://m.youtube.com/watch?v=${VIDEO_A}`);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(titles(el)).to.deep.equal([`Titre ${VIDEO_A}-1`, `Titre ${VIDEO_A}-2`]);
  });

  it('opens a "Pourquoi ?" disclosure and follows an item link from the keyboard; the select event is cancelable', async () => {
    worker.use(...demoApi());
    const el = await fixture<CocktailReco>(html`<cocktail-reco api-base=${API} library=${freshLibrary()} video=${VIDEO_A}></cocktail-reco>`);
    await untilState(el, 'ready');
    const root = shadow(el);
    const details = root.querySelector<HTMLDetailsElement>('[part="why"]')!;
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).to.equal('Pourquoi ?');
    expect(details.open).to.equal(false);
    await tabTo(el, summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);

    const link = root.querySelector('[part="item-title"] a')!;
    // The host takes over the navigation (the test page must not leave).
    el.addEventListener('cocktail-reco-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(el, 'cocktail-reco-select');
    await tabTo(el, link);
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.item.id).to.equal(`${VIDEO_A}-1`);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(event.defaultPrevented).to.equal(true);
  });
});
