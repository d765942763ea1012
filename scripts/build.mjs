// Builds dist/:
// - dist/esm + dist/types: unbundled ESM and declarations for npm (Lit, ky and zod stay dependencies);
// - dist/cdn: the CMS drop-in, self-contained and minified: an ES module (English strings in a chunk loaded only
//   when used; the ranking engine is not in it) and a classic script, everything inlined, for any page.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const tscOnly = process.argv.includes('--tsc-only');
const cdnOnly = process.argv.includes('--cdn-only');

if (!cdnOnly) {
  rmSync('dist/esm', { recursive: true, force: true });
  rmSync('dist/types', { recursive: true, force: true });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}

if (!tscOnly) {
  rmSync('dist/cdn', { recursive: true, force: true });
  const common = {
    entryPoints: { 'cocktail-reco': 'src/define.ts' },
    bundle: true,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    tsconfig: 'tsconfig.json',
    conditions: ['browser', 'production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: 'dist/cdn',
    logLevel: 'warning',
  };
  await build({ ...common, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]', metafile: false });
  await build({ ...common, entryPoints: { 'cocktail-reco.classic': 'src/define.ts' }, format: 'iife' });
}
