// Content script in the extension's own world on YouTube: the only part of the extension the page's world can
// talk to. Tells the page's world whether and how to show the list, and carries its recommendation requests to the
// worker and the answers back. Messages are checked: from this page only, in the expected shape.
import {
  CHANNEL, ownPageMessage, PageRequest, type PageAnswer, type PageSettings, type RecommendRequest, type RelayAnswer,
} from './messages.js';
import { isConfigured } from './settings.js';
import { loadSettings, onSettingsChange } from './settings-storage.js';
import { transferError } from './error-transfer.js';

async function sendSettings(): Promise<void> {
  const { settings } = await loadSettings();
  const message: PageSettings = {
    channel: CHANNEL, type: 'settings', show: settings.showOnYouTube && isConfigured(settings), layout: settings.layout,
  };
  postMessage(message, location.origin);
}

/** The worker's answer; a worker that is gone (the extension updated or disabled) is a relay failure. */
async function relay(request: RecommendRequest): Promise<RelayAnswer> {
  try {
    const answer: RelayAnswer | undefined = await chrome.runtime.sendMessage(request);
    return answer ?? { ok: false, error: transferError(undefined) };
  } catch (error) {
    return { ok: false, error: transferError(error) };
  }
}

addEventListener('message', (event) => {
  const request = PageRequest.safeParse(ownPageMessage(event));
  if (!request.success) return;
  if (request.data.type === 'settings-request') {
    void sendSettings();
    return;
  }
  const { id, video, lang, limit } = request.data;
  void relay({ type: 'recommend', video, lang, limit }).then((answer) => {
    const message: PageAnswer = { channel: CHANNEL, type: 'answer', id, ...answer };
    postMessage(message, location.origin);
  });
});

onSettingsChange(() => void sendSettings());
void sendSettings();
