/** The options as the browser keeps them: saved in `storage.sync`, set by policy in `storage.managed`. */
import { resolveSettings, SETTING_NAMES, type ExtensionSettings, type ResolvedSettings } from './settings.js';

/** A library's preconfigured build puts its defaults here (`npm run build:extension -- --api-base … --library …`). */
declare const PRECONFIGURED_SETTINGS: Partial<ExtensionSettings> | undefined;
const buildDefaults: Partial<ExtensionSettings> = typeof PRECONFIGURED_SETTINGS === 'object' ? PRECONFIGURED_SETTINGS : {};

export async function loadSettings(): Promise<ResolvedSettings> {
  const [saved, policy] = await Promise.all([
    chrome.storage.sync.get([...SETTING_NAMES]),
    // Firefox rejects when no policy names the extension: no policy, then.
    chrome.storage.managed.get([...SETTING_NAMES]).catch(() => ({})),
  ]);
  return resolveSettings(buildDefaults, saved, policy);
}

export const saveSettings = (settings: Partial<ExtensionSettings>): Promise<void> => chrome.storage.sync.set(settings);

/** Calls `listener` when what was saved or what the policy sets changes. */
export function onSettingsChange(listener: () => void): void {
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync' || area === 'managed') listener();
  });
}
