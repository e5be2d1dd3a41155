// Firefox ESR (Debian's /usr/bin/firefox-esr) driven by puppeteer-core over WebDriver BiDi, for the
// Firefox end-to-end tests (tests/firefox/). Like browser.mjs for Chromium: each page collects console
// errors, uncaught exceptions and failed requests in `page.errors`, and every request in `page.requests`.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, DIST, appServer } from './server.mjs';

const requireTool = createRequire(path.join(ROOT, 'tools', 'node_modules', 'noop.js'));
const puppeteer = requireTool('puppeteer-core');

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Launches headless Firefox. Automation profiles relax `security.fileuri.strict_origin_policy`
 * (file:// pages then share one origin); it is set back to Firefox's default, true, so a page opened
 * from a file sees what a user's Firefox does: storage per file path.
 */
export function launchFirefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'security.fileuri.strict_origin_policy': true,
      'intl.accept_languages': 'vi-VN, vi',
    },
  });
}

/**
 * A page in a fresh browser context (own storage). Downloads are caught in the page: the app offers a
 * file by clicking an <a download> on a blob: URL; the helper keeps that blob's name and text in
 * `window.__downloads` instead (headless Firefox has no download folder to look in). `downloads(page)`
 * reads them.
 */
export async function newFirefoxPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.errors = [];
  page.requests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => page.errors.push(`requestfailed: ${req.url()}`));
  page.on('request', (req) => page.requests.push(req.url()));
  await page.evaluateOnNewDocument(() => {
    const blobs = new Map();
    const create = URL.createObjectURL;
    URL.createObjectURL = function (obj) {
      const url = create.call(URL, obj);
      blobs.set(url, obj);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (!this.download || !blob) return click.call(this);
      const entry = { name: this.download, type: blob.type, text: null };
      (window.__downloads ??= []).push(entry);
      blob.text().then((text) => {
        entry.text = text;
      });
    };
  });
  return page;
}

/** The files the page has offered for download so far: [{ name, type, text }]. */
export async function downloads(page) {
  await page.waitForFunction(() => (window.__downloads ?? []).every((d) => d.text !== null));
  return page.evaluate(() => window.__downloads ?? []);
}

/** Clicks the button whose accessible name is `name`. */
export async function clickButton(page, name) {
  const button = await page.waitForSelector(`::-p-aria([name=${JSON.stringify(name)}][role="button"])`);
  await button.click();
}

/** Waits until the element matching `selector` has text matching `re`; returns the text. */
export async function textOf(page, selector, re = /\S/) {
  await page.waitForFunction(
    (s, source) => new RegExp(source).test(document.querySelector(s)?.innerText ?? ''),
    { timeout: 15000 },
    selector,
    re.source,
  );
  return page.$eval(selector, (e) => e.innerText);
}

/**
 * A Firefox test file's shared parts, set up before its tests and closed after them: `server` (the
 * app, see appServer), `browser` (headless Firefox), `tmp` (a folder for files the tests write) and
 * `singleFileAt(name)`: the single file of the build copied to `name` in that folder, as its file://
 * URL (Firefox keeps storage per file path, so each copy starts empty).
 */
export function firefoxSuite() {
  const suite = {
    server: null,
    browser: null,
    tmp: fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-firefox-')),
    singleFileAt(name) {
      const single = path.join(DIST, 'bao-cao-cds.html');
      assert.ok(fs.existsSync(single), `${single} exists: build with \`bash scripts/build.sh\` first`);
      const file = path.join(suite.tmp, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.copyFileSync(single, file);
      return pathToFileURL(file).href;
    },
  };
  before(async () => {
    suite.server = await appServer();
    suite.browser = await launchFirefox();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    fs.rmSync(suite.tmp, { recursive: true, force: true });
  });
  return suite;
}
