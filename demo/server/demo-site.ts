/**
 * The built demo pages (`dist/demo`) served by the real API server: each page gets
 * `<meta name="cocktail-reco-api-base" content="/">`, which makes its widgets ask this server instead of the API
 * that otherwise runs in the page (see demo/api/demo-api.ts). Other files are sent as they are.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const API_BASE_META = '<meta name="cocktail-reco-api-base" content="/">';

export async function serveDemoSite(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', async (request, reply) => {
    const path = decodeURIComponent(new URL(request.url, 'http://demo').pathname);
    const page = path.endsWith('/') ? `${path}index.html` : path;
    const file = normalize(join(root, page));
    if (!file.startsWith(root)) return reply.callNotFound();
    if (!page.endsWith('.html')) return reply.sendFile(page.slice(1));
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      return reply.callNotFound();
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html.replace('</head>', `  ${API_BASE_META}\n</head>`));
  });
}
