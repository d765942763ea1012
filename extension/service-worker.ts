// The extension's worker (a service worker in Chromium, a background script in Firefox): the one place that calls
// the library's API, with the SDK's client, under the host permission that the page and content scripts lack.
import { sharedRecommender } from '../src/element/shared-recommender.js';
import { NetworkError } from '../src/sdk/errors.js';
import { transferError } from './error-transfer.js';
import { RecommendRequest, type RelayAnswer } from './messages.js';
import { isConfigured } from './settings.js';
import { loadSettings } from './settings-storage.js';

async function answer({ video, lang, limit }: RecommendRequest): Promise<RelayAnswer> {
  try {
    const { settings } = await loadSettings();
    if (!isConfigured(settings)) throw new NetworkError('The extension has no API address or library yet.');
    // The page-wide recommender of the element: one client per API and library, its cache and shared requests.
    const list = await sharedRecommender(settings.apiBase, settings.library).recommend(video, { lang, limit });
    return { ok: true, list };
  } catch (error) {
    return { ok: false, error: transferError(error) };
  }
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the extension's own content scripts talk to it, and only in the expected shape.
  const request = sender.id === chrome.runtime.id ? RecommendRequest.safeParse(message) : undefined;
  if (!request?.success) return false;
  void answer(request.data).then(sendResponse);
  return true;
});

// A fresh install of the general build has nothing to ask: open the options so that the library can be set.
chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') return;
  void loadSettings().then(({ settings }) => {
    if (!isConfigured(settings)) void chrome.runtime.openOptionsPage();
  });
});
