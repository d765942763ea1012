/**
 * `<lite-youtube videoid="…">`: a click-to-load player facade. Nothing is requested from YouTube until the
 * visitor clicks, as French consent rules expect; then a youtube-nocookie.com player replaces the button.
 * `<cocktail-reco for="…">` reads its `videoid` and follows it when it changes.
 */
import { isYouTubeId } from '../../src/youtube/index.js';

class YouTubeFacade extends HTMLElement {
  static observedAttributes = ['videoid', 'playlabel'];

  connectedCallback(): void {
    this.render();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.render();
  }

  private render(): void {
    const id = this.getAttribute('videoid') ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'facade-play';
    button.textContent = `▶ ${this.getAttribute('playlabel') || 'Lire la vidéo'} (YouTube, après votre clic)`;
    button.disabled = !isYouTubeId(id);
    button.addEventListener('click', () => this.play(id), { once: true });
    this.replaceChildren(button);
  }

  private play(id: string): void {
    const frame = document.createElement('iframe');
    frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1`;
    frame.title = this.getAttribute('playlabel') || 'Lecteur YouTube';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    this.replaceChildren(frame);
  }
}

if (!customElements.get('lite-youtube')) customElements.define('lite-youtube', YouTubeFacade);
