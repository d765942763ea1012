import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

// Debian's Chromium, installed by .ci/run; no browser is downloaded.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [
    // The msw worker must be served from the root so that its scope covers the test pages.
    function serveWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/test/msw/mockServiceWorker.js';
      return next();
    },
    // CSP tests: a page under /test/browser/csp/ gets the policy its `csp` query parameter names, and the API is
    // answered by this server (a service worker cannot be registered under Trusted Types).
    function serveCspPages(context, next) {
      if (context.path.startsWith('/test/browser/csp/') && typeof context.query.csp === 'string') {
        context.set('Content-Security-Policy', context.query.csp);
      }
      if (context.path.startsWith('/csp-api/v1/')) context.url = '/test/browser/csp/recommendations.json';
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
