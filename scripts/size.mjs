// Size budgets, gzip -9 of minified bundles with every dependency included, as a page loads them.
// For the drop-in module only what the page loads up front counts: the entry and the chunks it imports
// statically; chunks behind a dynamic import() (English, the ranking engine) load only when used.
// Prints one line per bundle and exits 1 when one is over budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const common = {
  bundle: true, minify: true, write: false, metafile: true, target: 'es2022', legalComments: 'none',
  tsconfig: 'tsconfig.json', conditions: ['browser', 'production'], outdir: 'out',
  define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
};

const budgets = [
  // What the remote-API path of `cocktail-reco/sdk` loads, with the link parsing a page uses beside it; the local and
  // legacy recommenders it also exports carry the ranking engine and are left out by any bundler when unused, as
  // are the Data API and oEmbed fetchers of `cocktail-reco/youtube` (server side, not part of the SDK).
  {
    name: 'SDK: client, schemas, errors, link parsing (cocktail-reco/sdk, remote path)',
    contents: ['sdk/client', 'recommenders/remote-recommender', 'sdk/read', 'sdk/schemas', 'sdk/errors', 'youtube/parse-url', 'youtube/thumbnail']
      .map((m) => `export * from './src/${m}.js';`).join('\n'),
    kib: 15,
  },
  { name: 'Drop-in element module, loaded up front (cdn/cocktail-reco.js)', entry: 'src/define.ts', kib: 26 },
  { name: 'Drop-in classic script, everything inlined (cdn/cocktail-reco.classic.js)', entry: 'src/define.ts', iife: true },
];

/** gzip size of the entry output and of every chunk it reaches through static imports. */
function upFrontBytes(result) {
  const files = new Map(result.outputFiles.map((f) => [f.path.slice(f.path.indexOf('/out/') + 1), f.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint && path.endsWith('.js'));
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  let total = 0;
  for (const path of seen) total += gzipSync(files.get(path), { level: 9 }).length;
  const lazy = Object.keys(outputs).filter((p) => p.endsWith('.js') && !seen.has(p));
  return { total, lazy: lazy.length };
}

let failed = false;
for (const { name, entry, contents, kib, iife } of budgets) {
  const input = contents ? { stdin: { contents, resolveDir: '.', loader: 'ts', sourcefile: 'entry.ts' } } : { entryPoints: [entry] };
  const result = await build({ ...common, ...input, format: iife ? 'iife' : 'esm', splitting: !iife });
  const { total, lazy } = upFrontBytes(result);
  const size = total / 1024;
  const over = kib !== undefined && size > kib;
  failed ||= over;
  const budget = kib === undefined ? 'no budget' : `budget ${kib} KiB`;
  const lazyNote = lazy ? `, ${lazy} chunk(s) loaded on demand` : '';
  console.log(`${over ? 'OVER' : 'ok  '} ${name}: ${size.toFixed(1)} KiB gzip (${budget}${lazyNote})`);
}
process.exit(failed ? 1 : 0);
