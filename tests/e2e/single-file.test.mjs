// The single-file build (dist/bao-cao-cds.html, scripts/single-file.mjs) opened from file:// in headless
// Chromium, as an official opens it from the desktop: the app starts with no server; a report is started,
// typed into (with an error), survives a reload; the one-time notice says where drafts live; "save a copy"
// downloads a JSON that re-opens everything in a browser that has never seen the draft; no console
// error and no request of any kind besides the file itself. Also measures (prints, never asserts) the
// start-up time from file:// with the CPU throttled 4×; figures in tests/out/single-file.json.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { templateFile } from './lib/suite.mjs';
import { ROOT, launch, newPage } from './lib/browser.mjs';
import { storedValues } from './lib/drafts.mjs';

const SINGLE = path.join(process.env.DIST_DIR ?? path.join(ROOT, 'dist'), 'bao-cao-cds.html');
const template = templateFile('cds-6-thang');
const tmpDirs = [];
let browser;
after(async () => {
  await browser?.close();
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the single file in a fresh folder (as if saved from an e-mail); returns its file:// URL. */
function copyOfSingleFile(name = 'bao-cao-cds.html') {
  assert.ok(fs.existsSync(SINGLE), `${SINGLE} exists: build with \`trunk build --release\` first`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-file-'));
  tmpDirs.push(dir);
  fs.copyFileSync(SINGLE, path.join(dir, name));
  return pathToFileURL(path.join(dir, name)).href;
}

/** A page that also records every request it makes (`page.requests`). */
async function filePage() {
  browser ??= await launch();
  const page = await newPage(browser, { acceptDownloads: true });
  page.requests = [];
  page.on('request', (r) => page.requests.push(r.url()));
  return page;
}

/** Requests other than loading the file itself (blob: and data: URLs are made in the page). */
const foreignRequests = (page, url) => page.requests.filter((u) => u.split('#')[0] !== url && !/^(blob|data):/.test(u));

test('the single file works from file://: type, reload, save a copy, re-open it elsewhere; no network', async () => {
  const url = copyOfSingleFile();
  const page = await filePage();
  await page.goto(url);
  await page.waitForSelector('h1');
  const notice = page.locator('.file-notice');
  assert.match(await notice.innerText(), /Bạn đang dùng ứng dụng từ tệp trên máy, không cần mạng\. Bản nháp được lưu trong trình duyệt này/);
  assert.equal(await page.locator('#luu-ban-sao').count(), 0, 'no "save a copy" before a draft is open');
  // The Sở's pages are not in the file: no link that leads nowhere, and the user is told where they are.
  assert.equal(await page.locator('#mo-tong-hop, #mo-soan-mau').count(), 0);
  assert.match(await page.locator('#trang-cua-so').innerText(), /không có trong tệp này: hãy mở ứng dụng bằng địa chỉ trang web/);

  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${template.name}` }).click();
  await page.waitForSelector('.task-list');
  await page.locator('.task-list a').nth(3).click();
  await page.locator('#f-hs-tong').pressSequentially('1.686');
  await page.locator('#f-hs-truc-tuyen').pressSequentially('1.700');
  assert.match(await page.locator('.error-summary').innerText(), /\(1\.700\) lớn hơn tổng số hồ sơ TTHC tiếp nhận \(1\.686\)/);

  await page.reload();
  await page.waitForSelector('#f-hs-tong');
  assert.equal(await page.inputValue('#f-hs-tong'), '1.686');
  assert.equal(await page.inputValue('#f-hs-truc-tuyen'), '1.700');
  assert.ok(page.url().startsWith(`${url}#/bao-cao/`), `the hash route survives the reload: ${page.url()}`);

  // Said once: dismissed, it stays away after a reload.
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  assert.equal(await notice.count(), 0);
  await page.reload();
  await page.waitForSelector('#f-hs-tong');
  assert.equal(await page.locator('.file-notice').count(), 0, 'the notice is not repeated');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#luu-ban-sao').click()]);
  assert.match(download.suggestedFilename(), /^bao-cao-cds-6-thang.*\.json$/);
  const saved = path.join(tmpDirs[0], download.suggestedFilename());
  await download.saveAs(saved);
  assert.match(await page.locator('.file-copy [role=status]').innerText(), /Đã tạo tệp bao-cao-cds-6-thang.*\.json/);
  const exported = JSON.parse(fs.readFileSync(saved, 'utf8'));
  assert.equal(exported.report.values['hs-tong'], '1.686');
  const original = await storedValues(page);

  // Another copy of the file in a browser that has never seen the draft: opening the copy restores it.
  const otherUrl = copyOfSingleFile('ban-sao.html');
  const other = await filePage();
  await other.goto(otherUrl);
  await other.getByText('Chưa có bản nháp nào.').waitFor();
  await other.setInputFiles('#mo-tep-bao-cao', saved);
  await other.waitForSelector('.task-list');
  assert.deepEqual(await storedValues(other), original);

  for (const [p, u] of [[page, url], [other, otherUrl]]) {
    assert.deepEqual(p.errors, []);
    assert.deepEqual(foreignRequests(p, u), [], 'no request besides the file itself');
    await p.context().close();
  }
});

test('single file from file://: start page usable (CPU 4× slower)', async (t) => {
  const url = copyOfSingleFile();
  const samples = [];
  for (let i = 0; i < 5; i++) {
    const page = await filePage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(
      () => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === 'Bắt đầu');
        return b && !b.disabled && b.offsetParent !== null ? performance.now() : 0;
      },
      null,
      { polling: 'raf', timeout: 60000 },
    );
    samples.push(Math.round(await handle.jsonValue()));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const size = fs.statSync(SINGLE).size;
  const figures = { single_file_bytes: size, start_from_file_ms: { median: sorted[2], samples }, cpu_throttling: 4 };
  fs.mkdirSync(path.join(ROOT, 'tests', 'out'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'tests', 'out', 'single-file.json'), `${JSON.stringify(figures, null, 2)}\n`);
  t.diagnostic(`single file ${(size / 1024).toFixed(1)} KB; from file://, start page usable: median ${sorted[2]} ms of ${samples.join(', ')}`);
});
