// Builds the YouTube extension for each browser: dist/extension/chromium/ and dist/extension/firefox/ (unpacked),
// and a zip of each beside them, for the stores or a policy install.
//
//   npm run build:extension
//   npm run build:extension -- --api-base https://api.example.org --library villeurbanne [--gecko-id ID] [--out DIR]
//
// With --api-base and --library, the build is a library's own: those are its defaults, and the API's origin is a
// host permission granted at install, so that nothing has to be granted by hand on a public computer.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { extensionManifest, ICON_SIZES, type TargetBrowser } from '../extension/manifest.js';
import { isLibraryId, readApiBase, type ExtensionSettings } from '../extension/settings.js';

const BROWSERS: TargetBrowser[] = ['chromium', 'firefox'];
const ENTRIES = ['youtube-page', 'youtube-relay', 'service-worker', 'options'];
const STATIC_FILES = ['options.html', 'options.css', 'managed-schema.json', '_locales'];
/** Zip entries carry this date, so that the same sources give the same zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

function fail(sentence: string): never {
  console.error(`build:extension: ${sentence}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    'api-base': { type: 'string' },
    library: { type: 'string' },
    'gecko-id': { type: 'string' },
    out: { type: 'string', default: 'dist/extension' },
  },
});

const preconfigured: Partial<ExtensionSettings> = {};
if (args['api-base'] !== undefined) {
  const apiBase = readApiBase(args['api-base']);
  if (!apiBase) fail(`--api-base ${args['api-base']} is not an API address (https://…, or http:// on loopback, no ? nor #).`);
  preconfigured.apiBase = apiBase;
}
if (args.library !== undefined) {
  if (!isLibraryId(args.library)) fail(`--library ${args.library} is not a library id (letters, digits, . _ -).`);
  preconfigured.library = args.library;
}
if (args['gecko-id'] !== undefined && !/^[\w.-]*@[\w.-]+$/.test(args['gecko-id'])) {
  fail(`--gecko-id ${args['gecko-id']} is not a Firefox add-on id (name@domain).`);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const out = args.out!;

const bundles = await build({
  entryPoints: Object.fromEntries(ENTRIES.map((name) => [name, `extension/${name}.ts`])),
  bundle: true,
  minify: true,
  // Chromium 111 and Firefox 128 are the first with `"world": "MAIN"` content scripts.
  target: ['chrome111', 'firefox128'],
  format: 'iife',
  legalComments: 'none',
  tsconfig: 'tsconfig.json',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"', PRECONFIGURED_SETTINGS: JSON.stringify(preconfigured) },
  outdir: out,
  write: false,
  logLevel: 'warning',
});

for (const browser of BROWSERS) {
  const dir = join(out, browser);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of bundles.outputFiles) writeFileSync(join(dir, relative(out, file.path)), file.contents);
  for (const file of STATIC_FILES) cpSync(join('extension', file), join(dir, file), { recursive: true });
  for (const size of ICON_SIZES) cpSync(`extension/icons/icon-${size}.png`, join(dir, `icons/icon-${size}.png`));
  const manifest = extensionManifest(browser, { version, apiBase: preconfigured.apiBase, geckoId: args['gecko-id'] });
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const zipPath = join(out, `cocktail-reco-${browser}.zip`);
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of filesUnder(dir)) entries[relative(dir, file)] = [readFileSync(file), { mtime: ZIP_DATE }];
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(zipPath, zip);
  console.log(`${zipPath}: ${(zip.length / 1024).toFixed(1)} KiB (${Object.keys(entries).length} files)`);
}

/** Every file under `dir`, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
