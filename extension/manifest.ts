/**
 * The Manifest V3 of each browser, written at build time. Permissions are kept to the least: `storage` for the
 * options, the content scripts on YouTube only, and the library's API as an optional host permission asked for when
 * the librarian saves it (or a host permission of a library's preconfigured build, so that nothing has to be granted
 * by hand on a public computer).
 */
import { originPattern } from './settings.js';

export type TargetBrowser = 'chromium' | 'firefox';

export interface ManifestOptions {
  version: string;
  /** The API root of a preconfigured build: its origin becomes a host permission. */
  apiBase?: string | undefined;
  /** The Firefox add-on id (a library publishing its own build gives its own). */
  geckoId?: string | undefined;
}

export const YOUTUBE_MATCHES = ['https://www.youtube.com/*', 'https://m.youtube.com/*'];
/** Any API a librarian may type: HTTPS anywhere, plain HTTP on the machine itself (see `readApiBase`). */
export const OPTIONAL_API_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
/** The PNG icons drawn from extension/icons/icon.svg by scripts/extension-icons.ts. */
export const ICON_SIZES = [16, 32, 48, 128];
export const DEFAULT_GECKO_ID = 'cocktail-reco@cocktail-reco';

/**
 * The extension's own pages and worker run only its packaged scripts; they reach nothing but the library's API
 * (HTTPS, or loopback HTTP), and can be framed by no one.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  'connect-src https: http://localhost:* http://127.0.0.1:*',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function extensionManifest(browser: TargetBrowser, options: ManifestOptions): Record<string, unknown> {
  const background =
    browser === 'chromium' ? { service_worker: 'service-worker.js' } : { scripts: ['service-worker.js'] };
  return {
    manifest_version: 3,
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    version: options.version,
    default_locale: 'fr',
    icons: Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`])),
    permissions: ['storage'],
    ...(options.apiBase ? { host_permissions: [originPattern(options.apiBase)] } : {}),
    optional_host_permissions: OPTIONAL_API_ORIGINS,
    background,
    content_scripts: [
      // The element is defined where the page's custom elements live (a content script's own world has none).
      { matches: YOUTUBE_MATCHES, js: ['youtube-page.js'], run_at: 'document_idle', world: 'MAIN' },
      // The messenger between the page and the worker: it alone can reach the extension.
      { matches: YOUTUBE_MATCHES, js: ['youtube-relay.js'], run_at: 'document_idle' },
    ],
    options_ui: { page: 'options.html', open_in_tab: true },
    storage: { managed_schema: 'managed-schema.json' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: options.geckoId ?? DEFAULT_GECKO_ID,
              strict_min_version: '128.0',
              // The video being watched goes to the library's API: that is browsing activity, said as it is.
              data_collection_permissions: { required: ['browsingActivity'] },
            },
          },
        }
      : {}),
  };
}
