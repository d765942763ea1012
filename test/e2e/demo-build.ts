// Builds the demo site (drop-in bundles, then the Vite pages) only when `dist/demo` is missing: `npm test` builds
// first, and a developer running the e2e tests alone should not wait for a build they already have.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repositoryRoot = resolve(import.meta.dirname, '../..');
export const demoDir = join(repositoryRoot, 'dist/demo');

/** The demo needs only the drop-in bundles (copied into it by Vite), not the npm build. */
export function ensureDemoBuilt(): void {
  if (existsSync(join(demoDir, 'index.html')) && existsSync(join(demoDir, 'cdn/cocktail-reco.classic.js'))) return;
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: repositoryRoot, stdio: 'inherit' });
  if (!existsSync(join(repositoryRoot, 'dist/cdn/cocktail-reco.classic.js'))) run(['scripts/build.mjs', '--cdn-only']);
  run(['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn']);
}
