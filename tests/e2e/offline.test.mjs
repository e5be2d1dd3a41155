// Offline and static hosting: the release build served from a sub-path (/bao-cao/) like on any static
// host; after the first visit the service worker (sw.js, written by scripts/gen-sw.mjs at build time)
// has cached every file, so with the network off AND the server gone a reload still opens the app, its
// drafts and every report type. A new build is picked up on the next online visit, drafts kept. A debug
// build's worker (trunk serve) removes that cache again so development always sees the latest files.
//
// These tests start their own servers on a copy of dist/ (they stop a server to be really offline,
// and change the copy to make a "new version"), so they ignore $BASE_URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from './lib/server.mjs';
import { ROOT, launch, newPage, openApp, screenshot } from './lib/browser.mjs';

const PREFIX = '/bao-cao/';
const TEMPLATE_FILES = ['cds-6-thang', 'ke-hoach-02', 'cds-nam-ke-hoach', 'chien-luoc-411', 'cds-nam-phu-luc'];
const names = TEMPLATE_FILES.map((f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'templates', `${f}.json`), 'utf8')).name);

let browser;
const tmpDirs = [];
const servers = [];

/** Serves `dir` under PREFIX; every server is closed at the end even when a test fails. */
async function serve(dir) {
  const server = await startServer({ dir, prefix: PREFIX });
  servers.push(server);
  return server;
}

/** A private copy of dist/ (tests may change it). */
function copyOfDist() {
  const dist = process.env.DIST_DIR ?? path.join(ROOT, 'dist');
  assert.ok(fs.existsSync(path.join(dist, 'sw.js')), 'dist/sw.js exists: build with `trunk build --release` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-dist-'));
  fs.cpSync(dist, dir, { recursive: true });
  tmpDirs.push(dir);
  return dir;
}

/** Waits until a service worker controls the page; returns its script URL. */
function controller(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return navigator.serviceWorker.controller.scriptURL;
  });
}

/** Starts a draft of the first report type and types a figure; returns the typed text. */
async function draftWithFigure(page) {
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${names[0]}` }).click();
  await page.waitForSelector('.task-list');
  await page.locator('.task-list a').nth(3).click();
  await page.waitForSelector('#f-hs-tong');
  await page.locator('#f-hs-tong').pressSequentially('1.686');
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('bccds.draft.') && localStorage.getItem(k).includes('"1.686"')),
  );
  return '1.686';
}

/** The start page lists the draft of the first report type and offers every report type. */
async function assertStartPage(page) {
  await page.waitForSelector('table.drafts');
  const rows = await page.locator('table.drafts tbody tr').allInnerTexts();
  assert.equal(rows.length, 1, `one draft listed: ${JSON.stringify(rows)}`);
  assert.match(rows[0], new RegExp(names[0].slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  for (const name of names) {
    const start = page.getByRole('button', { name: `Bắt đầu báo cáo: ${name}` });
    assert.equal(await start.count(), 1, `a start button for “${name}”`);
    assert.ok(await start.isEnabled(), `the start button for “${name}” works`);
  }
}

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

test('served from a sub-path, every request stays under it and uses relative URLs', async () => {
  const server = await serve(copyOfDist());
  const page = await newPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await openApp(page, server.url);
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${names[0]}` }).waitFor();
  assert.equal(await controller(page), `${server.url}sw.js`, 'the worker is the one next to index.html');
  const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
  assert.equal(manifest, `${server.url}manifest.webmanifest`);
  assert.ok(requests.length >= 4, `requests: ${requests.join(', ')}`);
  for (const url of requests) assert.ok(url.startsWith(server.url), `${url} is under ${server.url}`);
  // The manifest is valid JSON with relative start URL and icon.
  const m = await (await fetch(manifest)).json();
  assert.equal(m.start_url, './');
  assert.ok(m.icons.every((i) => !i.src.startsWith('/')));
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await server.close();
});

test('offline after the first visit: start page, drafts and every report type still open', async () => {
  const server = await serve(copyOfDist());
  const page = await newPage(browser);
  await openApp(page, server.url);
  assert.equal(await controller(page), `${server.url}sw.js`);
  const typed = await draftWithFigure(page);

  // Network off, and the server gone too (so nothing can reach it, whatever the emulation covers).
  await page.context().setOffline(true);
  await server.close();
  const uncached = await page.evaluate(() =>
    fetch(`./khong-co-trong-bo-nho-dem-${Date.now()}.txt`).then(
      (r) => `HTTP ${r.status}`,
      () => 'failed',
    ),
  );
  assert.equal(uncached, 'failed', 'a URL the worker did not cache cannot be fetched offline');

  page.errors.length = 0;
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForSelector('h1', { timeout: 15000 });
  assert.match(await page.locator('h1').innerText(), /Báo cáo chuyển đổi số/);
  assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the service worker controls the page');
  await assertStartPage(page);
  await screenshot(page, 'offline-start');

  // The draft opens with what was typed, offline.
  await page.getByRole('link', { name: 'Tiếp tục' }).click();
  await page.waitForSelector('.task-list');
  await page.locator('.task-list a').nth(3).click();
  await page.waitForSelector('#f-hs-tong');
  assert.equal(await page.inputValue('#f-hs-tong'), typed);
  // Every report type starts offline.
  for (const name of names) {
    await page.goto(server.url);
    await page.getByRole('button', { name: `Bắt đầu báo cáo: ${name}` }).click();
    await page.waitForSelector('.task-list');
  }
  assert.deepEqual(page.errors, [], 'nothing failed to load offline');
  await page.context().close();
});

test('a new version is picked up on the next online visit, drafts kept', async () => {
  const dir = copyOfDist();
  const server = await serve(dir);
  const page = await newPage(browser);
  await openApp(page, server.url);
  await controller(page);
  const first = await page.evaluate(() => caches.keys());
  assert.equal(first.length, 1, `one cache: ${first}`);
  await draftWithFigure(page);
  await page.goto(server.url);
  await page.waitForSelector('table.drafts');
  assert.equal(await page.locator('#phien-ban-moi').count(), 0, 'no “new version” notice without a new version');

  // Publish a "new version": a changed index.html and the sw.js the build would write for it.
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title>', '<meta name="phien-ban-thu" content="2"><title>'));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-sw.mjs'), dir]);

  await page.reload();
  const notice = page.locator('#phien-ban-moi');
  await notice.waitFor({ timeout: 15000 });
  assert.match(await notice.innerText(), /Đã có phiên bản mới\. Tải lại trang để dùng\./);
  assert.equal(await page.locator('meta[name=phien-ban-thu]').count(), 0, 'this page is still the old version');
  await screenshot(page, 'offline-new-version');
  await notice.getByRole('button', { name: 'Tải lại trang' }).click();
  await page.waitForSelector('table.drafts');
  assert.equal(await page.locator('meta[name=phien-ban-thu]').count(), 1, 'after reloading, the new version runs');
  await assertStartPage(page);
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `the old cache is gone: ${caches}`);
  assert.notEqual(caches[0], first[0]);

  // And the new version works offline too.
  await page.context().setOffline(true);
  await server.close();
  await page.reload();
  await assertStartPage(page);
  assert.equal(await page.locator('meta[name=phien-ban-thu]').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a debug build (trunk serve) removes the offline cache a release build left behind', async () => {
  const dir = copyOfDist();
  const server = await serve(dir);
  const page = await newPage(browser);
  await openApp(page, server.url);
  await controller(page);
  assert.equal((await page.evaluate(() => caches.keys())).length, 1);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'gen-sw.mjs'), dir], { env: { ...process.env, TRUNK_PROFILE: 'debug' } });
  await page.reload();
  // The reload made the browser fetch sw.js again: the debug worker takes over and deletes the cache.
  for (let i = 0; i < 150 && (await page.evaluate(() => caches.keys())).length > 0; i++) await page.waitForTimeout(100);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [], 'the cache is gone');
  // From now on every reload shows the files as they are on disk (what `trunk serve` just rebuilt).
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<title>', '<meta name="ban-dung-thu" content="1"><title>'));
  await page.reload();
  await page.waitForSelector('h1');
  assert.equal(await page.locator('meta[name=ban-dung-thu]').count(), 1, 'the page comes from the server, not a cache');
  assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await server.close();
});
