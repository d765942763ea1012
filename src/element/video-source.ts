import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseYouTubeUrl } from '../youtube/parse-url.js';

/** A video id from a `video` attribute: any YouTube link form, or an id. */
export function videoIdOf(input: string | null | undefined): string | undefined {
  return input ? parseYouTubeUrl(input)?.id : undefined;
}

/** The video a player shows: `<lite-youtube videoid>` or a YouTube `<iframe src>`. */
const playerVideo = (player: Element) => videoIdOf(player.getAttribute(player.localName === 'lite-youtube' ? 'videoid' : 'src'));

/** The player named by `for`: an id, or `auto` for the nearest YouTube player before the host in document order. */
function findPlayer(host: Element, target: string): Element | undefined {
  const root = host.getRootNode() as Document | ShadowRoot;
  if (target !== 'auto') return root.getElementById(target) ?? undefined;
  let nearest: Element | undefined;
  for (const player of root.querySelectorAll('iframe, lite-youtube')) {
    if (!(player.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (playerVideo(player)) nearest = player;
  }
  return nearest;
}

/**
 * Follows the player named by the host's `for` attribute: reads its video, and watches the host's document (or
 * shadow root) with one MutationObserver, so that a player that appears, goes, or gets a new `src`/`videoid` shows
 * new recommendations.
 */
export class VideoSourceController implements ReactiveController {
  /** The followed player's video id, if any. */
  video: string | undefined;
  private target: string | undefined;
  private readonly observer = new MutationObserver(() => this.resolve());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the followed video changes after it was first found. */
    private readonly onChange: (video: string) => void,
  ) {
    host.addController(this);
  }

  /** Follows another player (`undefined`: none). */
  follow(target: string | undefined): void {
    if (target === this.target) return;
    this.target = target;
    this.video = undefined;
    if (this.host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.observer.disconnect();
    if (!this.target) return;
    this.observer.observe(this.host.getRootNode(), { childList: true, subtree: true, attributeFilter: ['id', 'src', 'videoid'] });
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /** Finds the player again; says when its video changed. */
  private resolve(): void {
    const player = findPlayer(this.host, this.target!);
    const video = player && playerVideo(player);
    if (video === this.video) return;
    const previous = this.video;
    this.video = video;
    this.host.requestUpdate();
    if (previous && video) this.onChange(video);
  }
}
