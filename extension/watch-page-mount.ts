/**
 * Keeps the element at the top of YouTube's right-hand column while a video is shown. YouTube is a single-page app:
 * it changes the address without loading a page (and says so with `yt-navigate-finish`), keeps its watch page in
 * the document when it shows another page, and may render the column anew, dropping what was in it. So the element
 * is placed again on each navigation, put back when it is no longer in the column, and removed where there is no
 * video. A change of address that came without the event is caught too, on the next change of the document.
 */
import { parseYouTubeUrl } from '../src/youtube/parse-url.js';
import type { Layout } from './settings.js';

/** The column's inner part first (the related videos' container), the column itself else. */
const COLUMN_SELECTORS = ['#secondary-inner', '#secondary'];

/** What the mount sets on the element; the element's class is the page world's, defined there. */
export interface MountedElement extends HTMLElement {
  video?: string | undefined;
  layout: Layout;
  theme: 'light' | 'dark' | 'auto';
}

export interface MountSettings {
  show: boolean;
  layout: Layout;
}

export class WatchPageMount {
  #element: MountedElement | undefined;
  #settings: MountSettings = { show: false, layout: 'list' };
  /** The address last placed for, and whether it shows a video: a mutation then needs no parsing. */
  #href = '';
  #wanted = false;

  constructor(private readonly createElement: () => MountedElement) {}

  start(): void {
    // Capture on window: whether YouTube dispatches on the document or on an element, the event reaches it.
    addEventListener('yt-navigate-finish', () => this.place(true), true);
    new MutationObserver(() => {
      const element = this.#element;
      if (location.href !== this.#href) this.place(true);
      else if (this.#wanted && !(element?.isConnected && element.parentElement === this.#column())) this.place(false);
    }).observe(document.documentElement, { childList: true, subtree: true });
    this.place(true);
  }

  set settings(settings: MountSettings) {
    this.#settings = settings;
    this.place(true);
  }

  /** Puts the element in the column for the page's video, or removes it; `toTop` also moves it back to the top. */
  place(toTop: boolean): void {
    this.#href = location.href;
    const video = this.#settings.show ? parseYouTubeUrl(location.href)?.id : undefined;
    this.#wanted = Boolean(video);
    const column = video ? this.#column() : null;
    if (!video || !column) {
      this.#element?.remove();
      return;
    }
    // Created on the first video page only: nothing is defined in the page, nor requested, before.
    const element = (this.#element ??= this.createElement());
    element.layout = this.#settings.layout;
    element.theme = document.documentElement.hasAttribute('dark') ? 'dark' : 'light';
    element.video = video;
    if (element.parentElement !== column || (toTop && column.firstElementChild !== element)) column.prepend(element);
  }

  #column(): Element | null {
    for (const selector of COLUMN_SELECTORS) {
      const column = document.querySelector(selector);
      if (column) return column;
    }
    return null;
  }
}
