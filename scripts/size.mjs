// Bundles each public entry as a page would load it (minified, dependencies included) and checks its gzip size
// against the budget. Exits 1 above budget.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const budgets = [
  { name: 'SDK (client, schemas, errors, youtube)', entry: 'src/sdk/index.ts', kib: 14 },
];

let failed = false;
for (const { name, entry, kib } of budgets) {
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022',
    platform: 'browser', legalComments: 'none',
  });
  const bytes = result.outputFiles.reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0);
  const size = bytes / 1024;
  const ok = size <= kib;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${size.toFixed(1)} KiB gzip (budget ${kib} KiB)`);
}
process.exit(failed ? 1 : 0);
