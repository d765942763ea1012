/**
 * The extension's options: the library's API and id, the layout of the list, and whether it shows on YouTube.
 * Three layers, the stronger last: the build's defaults (a library's preconfigured build), what the librarian saved
 * (`storage.sync`), what the library's IT set by policy (`storage.managed`). Pure: the storage is read elsewhere.
 */
export const LAYOUTS = ['list', 'grid', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface ExtensionSettings {
  /** The API root, e.g. `https://api.example.org` (empty until configured). */
  apiBase: string;
  /** The library's id in the API (empty until configured). */
  library: string;
  layout: Layout;
  /** The "show on YouTube" switch. */
  showOnYouTube: boolean;
}

export type SettingName = keyof ExtensionSettings;
export const SETTING_NAMES: readonly SettingName[] = ['apiBase', 'library', 'layout', 'showOnYouTube'];

export const FACTORY_SETTINGS: ExtensionSettings = { apiBase: '', library: '', layout: 'list', showOnYouTube: true };

/** A library id as the API's paths take it: letters, digits, `.`, `_`, `-`. */
const LIBRARY_ID = /^[A-Za-z0-9][\w.-]{0,63}$/;
/** Plain HTTP is accepted only on the machine itself (a test or a local server): anything else would travel in clear. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The API root `value` names, normalised (no trailing slash), or null when it is no usable API address: not
 * `https:` (nor `http:` on loopback), or carrying credentials, a query or a fragment.
 */
export function readApiBase(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export const isLibraryId = (value: unknown): value is string => typeof value === 'string' && LIBRARY_ID.test(value);

/**
 * The host permission pattern for an API root: its scheme and host, any port (match patterns with a port are not
 * matched by the `optional_host_permissions` patterns, which name none).
 */
export const originPattern = (apiBase: string): string => {
  const url = new URL(apiBase);
  return `${url.protocol}//${url.hostname}/*`;
};

/** The valid settings found in one storage layer; anything else there is ignored, so a bad value never breaks it. */
export function readSettingsLayer(stored: Record<string, unknown> | undefined): Partial<ExtensionSettings> {
  const layer: Partial<ExtensionSettings> = {};
  if (!stored) return layer;
  const apiBase = readApiBase(stored.apiBase);
  if (apiBase) layer.apiBase = apiBase;
  if (isLibraryId(stored.library)) layer.library = stored.library;
  if (LAYOUTS.includes(stored.layout as Layout)) layer.layout = stored.layout as Layout;
  if (typeof stored.showOnYouTube === 'boolean') layer.showOnYouTube = stored.showOnYouTube;
  return layer;
}

export interface ResolvedSettings {
  settings: ExtensionSettings;
  /** The settings fixed by policy: the options page shows them and does not let them be changed. */
  managed: SettingName[];
}

/** The settings in force: the build's defaults, overridden by what was saved, overridden by policy. */
export function resolveSettings(
  defaults: Partial<ExtensionSettings>,
  saved: Record<string, unknown> | undefined,
  policy: Record<string, unknown> | undefined,
): ResolvedSettings {
  const managedLayer = readSettingsLayer(policy);
  return {
    settings: { ...FACTORY_SETTINGS, ...readSettingsLayer(defaults), ...readSettingsLayer(saved), ...managedLayer },
    managed: SETTING_NAMES.filter((name) => name in managedLayer),
  };
}

/** Whether the list can be shown at all: an API and a library are known. */
export const isConfigured = ({ apiBase, library }: ExtensionSettings): boolean => Boolean(apiBase && library);
