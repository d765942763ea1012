// Debian's Firefox ESR with the extension's Firefox build installed as a temporary add-on, driven by puppeteer-core
// over WebDriver BiDi (Playwright drives only its own Firefox build). Every request goes through the recording
// proxy, loopback included; the self-signed YouTube stand-in is accepted.
import puppeteer, { type Browser } from 'puppeteer-core';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function launchFirefoxWithExtension(extensionDir: string, proxyPort: number): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.locale.requested': 'fr',
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}
