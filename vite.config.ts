// The demo: a multi-page site under demo/ whose API runs in the page (msw) over the embedded demo data.
// The drop-in bundles (dist/cdn, built by `npm run build`) are served at /cdn/ and copied into the built demo,
// so the CMS page uses them exactly as a web editor would.
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname, 'demo');
const cdn = resolve(import.meta.dirname, 'dist/cdn');
const pages = Object.fromEntries(
  readdirSync(root).filter((f) => f.endsWith('.html') && f !== 'site-header.html').map((f) => [f.replace(/\.html$/, ''), join(root, f)]),
);

/** Every demo page shares one header: `<!-- site-header -->` in a page stands for `demo/site-header.html`. */
function siteHeader(): Plugin {
  const header = readFileSync(join(root, 'site-header.html'), 'utf8');
  return { name: 'cocktail-reco-site-header', transformIndexHtml: (html) => html.replace('  <!-- site-header -->\n', header) };
}

function dropInBundles(): Plugin {
  return {
    name: 'cocktail-reco-drop-in',
    configureServer(server) {
      server.middlewares.use('/cdn/', (req, res, next) => {
        const file = join(cdn, (req.url ?? '').split('?')[0] ?? '');
        if (!file.startsWith(cdn) || !existsSync(file) || extname(file) !== '.js') return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
    writeBundle(options) {
      if (existsSync(cdn) && options.dir) cpSync(cdn, join(options.dir, 'cdn'), { recursive: true });
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: 'public',
  plugins: [siteHeader(), dropInBundles()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { chunkSizeWarningLimit: 1024, outDir: resolve(import.meta.dirname, 'dist/demo'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: pages } },
  esbuild: { target: 'es2022' },
});
