import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

describe('msw in the browser', () => {
  it('answers a fetch at the network level', async () => {
    const worker = setupWorker(http.get('https://api.example.test/ping', () => HttpResponse.json({ pong: true })));
    await worker.start({ quiet: true, onUnhandledRequest: 'error' });
    const body = await (await fetch('https://api.example.test/ping')).json();
    expect(body).to.deep.equal({ pong: true });
    worker.stop();
  });
});
