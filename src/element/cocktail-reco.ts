import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Recommender } from '../sdk/recommender.js';
import type { RecommendationItem } from '../sdk/schemas.js';
import { CocktailRecoSelectEvent, CocktailRecoVideoChangeEvent } from './events.js';
import { itemTemplate } from './item-template.js';
import { resolveLanguageTag } from './language.js';
import { defaultMessages, loadMessages, type Messages, type Translations } from './messages.js';
import { RecommendationController } from './recommendation-controller.js';
import { relationBadgeTemplate } from './relation-badge-template.js';
import type { RenderContext } from './render-context.js';
import { searchFormTemplate } from './search-form-template.js';
import { sharedRecommender } from './shared-recommender.js';
import type { RecoState } from './state.js';
import { statusMessage } from './status-message.js';
import { styles } from './styles.js';
import { VideoSourceController, videoIdOf } from './video-source.js';

/**
 * Shows a library's documents next to a YouTube video: ranked, explained, with the relation badge (EMI, inclusion,
 * pedagogy) the library gives the video. Without `video` and `for`, shows a "search by YouTube link" form.
 *
 * @summary Library recommendations for a YouTube video.
 *
 * @attr {string} api-base - The discoverability API root, e.g. `https://api.example.org`.
 * @attr {string} library - The library's id in the API.
 * @attr {string} video - The video: any YouTube link form, or an 11-character id. Wins over `for`.
 * @attr {string} for - The id of a YouTube `<iframe>` or `<lite-youtube videoid>` to follow, or `auto` for the nearest one before the element.
 * @attr {number} limit - How many documents to ask for.
 * @attr {'list' | 'grid' | 'compact'} layout - How items are laid out. Default `list`.
 * @attr {'light' | 'dark' | 'auto'} theme - Colours; `auto` follows `prefers-color-scheme`. Default `light`.
 * @attr {string} lang - The language (French and English strings); else the closest `[lang]` ancestor, else `fr`.
 * @attr {string} heading - The section heading. Default "À découvrir à la bibliothèque".
 * @attr {boolean} no-explanations - Hides the "Pourquoi ?" disclosures.
 * @attr {boolean} no-badges - Hides the relation badges.
 *
 * @prop {Recommender | undefined} recommender - Any SDK recommender, for full control (else a page-wide one over `api-base` and `library`).
 * @prop {Partial<Messages> | undefined} translations - Strings that override the built-in ones, by key.
 *
 * @fires {CocktailRecoLoadEvent} cocktail-reco-load - A list was shown; `detail: {video, count}`.
 * @fires {CocktailRecoErrorEvent} cocktail-reco-error - A request failed; `detail: {kind, status?}` (`kind` is `quota`, `excluded`, `network`, `timeout`, `http`, `not-analyzed`, `library-unknown`, `validation`, `pending`, `invalid-video` or `unknown`).
 * @fires {CocktailRecoSelectEvent} cocktail-reco-select - An item link was activated; `detail: {item}`. Cancelable: `preventDefault()` stops the navigation.
 * @fires {CocktailRecoVideoChangeEvent} cocktail-reco-video-change - The video changed from inside the widget (search form, followed player); `detail: {video}`.
 *
 * @slot header - Extra content in the header, after the heading and the badge.
 * @slot empty - Replaces the default message shown when no document matches.
 * @slot footer - Content after the list (a link to the catalogue, a logo).
 *
 * @csspart base - The `<section>` around everything.
 * @csspart header - The header: heading, badge, reason, `header` slot.
 * @csspart badge - A relation badge (the video's, or an item's when it differs).
 * @csspart form - The search form.
 * @csspart list - The ranked `<ol>`.
 * @csspart item - One `<li>` item.
 * @csspart item-cover - An item's cover image.
 * @csspart item-title - An item's title (holds its link).
 * @csspart item-meta - An item's authors, year, type, source, availability or event.
 * @csspart why - An item's "Pourquoi ?" disclosure.
 * @csspart status - The `role="status"` region with the state's sentence.
 * @csspart retry-button - The button that asks again after an error.
 *
 * @cssprop [--cocktail-reco-accent] - Links, buttons, focus ring.
 * @cssprop [--cocktail-reco-surface] - Background (and text on badges).
 * @cssprop [--cocktail-reco-text] - Main text colour.
 * @cssprop [--cocktail-reco-muted] - Secondary text, neutral badge.
 * @cssprop [--cocktail-reco-border] - The frame around the widget.
 * @cssprop [--cocktail-reco-focus] - The focus ring (default: the accent).
 * @cssprop [--cocktail-reco-radius=0.5rem] - Corner radius.
 * @cssprop [--cocktail-reco-gap=1rem] - Spacing.
 * @cssprop [--cocktail-reco-font-family=inherit] - Font.
 * @cssprop [--cocktail-reco-emi] - The EMI badge colour.
 * @cssprop [--cocktail-reco-inclusion] - The inclusion badge colour.
 * @cssprop [--cocktail-reco-pedagogy] - The pedagogy badge colour.
 */
export class CocktailReco extends LitElement {
  static override styles = styles;

  static override properties = {
    apiBase: { attribute: 'api-base' },
    library: {},
    video: {},
    for: {},
    limit: { type: Number },
    layout: { reflect: true },
    theme: { reflect: true },
    heading: {},
    noExplanations: { type: Boolean, attribute: 'no-explanations' },
    noBadges: { type: Boolean, attribute: 'no-badges' },
    recommender: { attribute: false },
    translations: { attribute: false },
    // The native `lang` attribute, observed so that a change re-renders.
    langAttribute: { attribute: 'lang' },
    searched: { state: true },
    query: { state: true },
    invalidLink: { state: true },
    baseMessages: { state: true },
  };

  /** Registers the element under `tag`; defining it twice is harmless. */
  static define(tag = 'cocktail-reco', registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, class extends this {});
  }

  apiBase?: string;
  library?: string;
  video?: string;
  for?: string;
  limit?: number;
  layout: 'list' | 'grid' | 'compact' = 'list';
  theme: 'light' | 'dark' | 'auto' = 'light';
  heading?: string;
  noExplanations = false;
  noBadges = false;
  recommender?: Recommender;
  translations?: Translations;
  protected langAttribute?: string;

  /** The video found with the search form, and the link it was found from. */
  protected searched?: string;
  protected query = '';
  protected invalidLink = false;
  protected baseMessages: Messages = defaultMessages;
  protected locale = 'fr';

  protected readonly recommendations = new RecommendationController(
    this,
    () => this.recommender ?? (this.apiBase && this.library ? sharedRecommender(this.apiBase, this.library) : undefined),
  );
  protected readonly source = new VideoSourceController(this, (video) => this.announceVideo(video));

  /** The current state (read-only): `idle`, `loading`, `stalled`, `pending`, `ready`, `empty`, `error`, `quota` or `excluded`. */
  get state(): RecoState {
    return this.recommendations.state;
  }

  /** Asks again for the current video. */
  retry(): void {
    this.recommendations.retry();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere on the page, the element may sit under another `[lang]`: resolve the language again.
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.source.follow(this.for || undefined);
    const locale = resolveLanguageTag(this);
    // `locale` starts as `fr`, whose strings are already there: only another language is loaded.
    if (locale !== this.locale) {
      this.locale = locale;
      // Only the latest language's strings are kept.
      void loadMessages(locale).then((messages) => locale === this.locale && (this.baseMessages = messages));
    }
    const video = (this.video && (videoIdOf(this.video) ?? this.video)) || this.source.video || (this.searchMode ? this.searched : undefined);
    const renew = changed.has('apiBase') || changed.has('library') || changed.has('recommender');
    this.recommendations.request(video ? { video, limit: this.limit || undefined, lang: this.locale.split('-')[0] } : undefined, renew);
  }

  private get searchMode(): boolean {
    return !this.video && !this.for;
  }

  private announceVideo(video: string): void {
    this.dispatchEvent(new CocktailRecoVideoChangeEvent({ video }));
  }

  /**
   * Runs the search form with `link` (any YouTube link form, or an id), as if it had been typed and submitted: a
   * host page restores a shared address this way (`?v=…`). Returns false, and shows the form's error sentence, when
   * the link names no video.
   */
  search(link: string): boolean {
    return this.runSearch(link) !== undefined;
  }

  /** The form's logic: the video searched, or undefined (with the error shown) for an unusable link. */
  private runSearch(link: string): string | undefined {
    this.query = link;
    const video = videoIdOf(link.trim());
    this.invalidLink = !video;
    if (!video) return undefined;
    if (video !== this.searched) {
      this.searched = video;
      this.announceVideo(video);
    } else this.retry();
    return video;
  }

  private onSearch = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('video') as HTMLInputElement;
    if (!this.runSearch(input.value)) input.focus();
  };

  private onSelect = (item: RecommendationItem, event: Event): void => {
    if (!this.dispatchEvent(new CocktailRecoSelectEvent({ item }))) event.preventDefault();
  };

  private onRetry = (): void => {
    // The button goes away while loading: keep the keyboard focus in the widget, on the heading.
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    this.retry();
  };

  protected override render() {
    const state = this.recommendations.state;
    const { kind } = state;
    const messages: Messages = { ...this.baseMessages, ...this.translations };
    const context: RenderContext = { messages, locale: this.locale, badges: !this.noBadges, explanations: !this.noExplanations };
    const list = kind === 'ready' || kind === 'empty' ? state.list : undefined;
    const searching = kind === 'loading' || kind === 'stalled';
    const status = statusMessage(state, context, this.searchMode ? '' : messages.idleMessage);
    // Once a list is shown, or while the form waits, the status region is only heard, not seen. Whitespace between
    // these blocks is never rendered (grid and flex containers): the template ships unindented.
    return html`<section part="base" aria-labelledby="heading" aria-busy=${searching}>
<header part="header">
<h2 id="heading" tabindex="-1" dir="auto">${this.heading ?? messages.headingLabel}</h2>
${list && context.badges
  ? [relationBadgeTemplate(list.relation, messages), list.relation.reason ? html`<p class="reason" dir="auto">${list.relation.reason}</p>` : nothing]
  : nothing}
<slot name="header"></slot>
</header>
${this.searchMode ? searchFormTemplate(messages, this.query, this.invalidLink, this.onSearch) : nothing}
<div class=${list || !status ? 'quiet' : 'row'}>
<p part="status" role="status" aria-live="polite">${status}</p>
${kind === 'error' ? html`<button part="retry-button" type="button" @click=${this.onRetry}>${messages.retryLabel}</button>` : nothing}
</div>
<div class="results" ?hidden=${!searching && !list}>
${searching
  ? html`<div class="skeleton" aria-hidden="true"><i></i><i></i><i></i></div>`
  : list?.items.length
    ? html`<ol part="list">${list.items.map((item) => itemTemplate(item, list.relation, context, this.onSelect))}</ol>`
    : nothing}
<div ?hidden=${kind !== 'empty'}><slot name="empty"><p>${messages.emptyMessage}</p></slot></div>
</div>
<footer><slot name="footer"></slot></footer>
</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cocktail-reco': CocktailReco;
  }
}
