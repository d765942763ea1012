// A stand-in for www.youtube.com on 127.0.0.1, over HTTPS (Chromium upgrades youtube.com to https) with a
// self-signed certificate made for the run by `openssl req -x509`. Every path is the single-page app's page, as on
// YouTube; the app's script and style are served beside it. Every request is recorded.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from './demo-build.js';

const APP = join(repositoryRoot, 'test/fixtures/fake-youtube');
const FILES: Record<string, [string, string]> = {
  '/fake-youtube.js': ['fake-youtube.js', 'text/javascript; charset=utf-8'],
  '/fake-youtube.css': ['fake-youtube.css', 'text/css; charset=utf-8'],
};
/** As strict as YouTube's own (scripts from the site only, Trusted Types required): the page's world runs under it. */
const PAGE_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

export interface FakeYouTube {
  port: number;
  /** Every path requested, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startFakeYouTube(): Promise<FakeYouTube> {
  const dir = mkdtempSync(join(tmpdir(), 'fake-youtube-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=www.youtube.com',
    '-addext', 'subjectAltName=DNS:www.youtube.com,DNS:m.youtube.com', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  const requests: string[] = [];
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://www.youtube.com').pathname;
    requests.push(req.url ?? '/');
    const [file, type] = FILES[path] ?? (path === '/favicon.ico' ? [] : ['page.html', 'text/html; charset=utf-8']);
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': type!, 'Content-Security-Policy': PAGE_CSP }).end(readFileSync(join(APP, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      rmSync(dir, { recursive: true, force: true });
    }),
  };
}
