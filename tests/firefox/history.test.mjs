// "Next period / versions / undo" in headless Firefox ESR (puppeteer-core over WebDriver BiDi), like
// tests/e2e/history.test.mjs does in Chromium: against the hosted build ($BASE_URL, or a server on
// $DIST_DIR or dist/), a report made from seed 000 shows last period's figures and flags a planted drop,
// accepted with a reason; a deleted row of the basis table comes back with "Hoàn tác". From the single
// file (bao-cao-cds.html) opened from file://, where Firefox keeps localStorage per file path: a version
// from before five edits is restored, then the restore is undone. No console error in any of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT } from '../e2e/lib/server.mjs';
import { storedDraft, untilStoredDraft } from '../e2e/lib/drafts.mjs';
import { firefoxSuite, newFirefoxPage, clickButton, textOf } from '../e2e/lib/firefox.mjs';

const SEED_000 = path.join(ROOT, 'tests', 'fixtures', 'seed-000.json');
const app = firefoxSuite();

/** The draft id in the page's route (#/bao-cao/<id>/…). */
async function draftId(page) {
  const hash = await page.evaluate(() => location.hash);
  const m = hash.match(/^#\/bao-cao\/([^/]+)/);
  assert.ok(m, `a draft's route: ${hash}`);
  return m[1];
}

/** Opens `url` in a fresh context, then seed 000 as a draft; returns { page, id } on its overview. */
async function openSeed000(url) {
  const page = await newFirefoxPage(app.browser);
  await page.goto(url);
  await page.waitForSelector('h1');
  await (await page.waitForSelector('#mo-tep-bao-cao')).uploadFile(SEED_000);
  await page.waitForSelector('.task-list');
  return { page, id: await draftId(page) };
}

async function goTo(page, hash) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await page.waitForFunction((h) => location.hash === h, {}, hash);
}

async function goSection(page, id, section) {
  await goTo(page, `#/bao-cao/${id}/muc/${section}`);
  await page.waitForSelector('#tieu-de-muc');
}

/** Replaces the text of the input `selector` by typing `text` over it, then leaves it with Tab. */
async function retype(page, selector, text) {
  await page.focus(selector);
  await page.$eval(selector, (e) => e.select());
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await page.waitForFunction((s, t) => document.querySelector(s)?.value === t, {}, selector, text);
}

const valueOf = (page, selector) => page.$eval(selector, (e) => e.value);

test('Firefox, hosted build: a report made from seed 000 shows last period’s figures and flags a planted drop, accepted with a reason', async () => {
  const page = await newFirefoxPage(app.browser);
  await page.goto(app.server.url);
  await page.waitForSelector('h1');
  await page.click('#mo-tao-tu-truoc');
  await (await page.waitForSelector('#tep-bao-cao-truoc')).uploadFile(SEED_000);
  await page.waitForSelector('#loai-moi');
  assert.equal(await valueOf(page, '#loai-moi'), 'cds-6-thang', 'the same type is offered first');
  assert.match(await page.$eval('details summary', (e) => e.innerText), /^Chép \d+ số liệu/);
  await page.click('#tao-tu-truoc');
  await page.waitForSelector('.task-list');
  const id = await draftId(page);
  const stored = await untilStoredDraft(page, (d) => d.report.id === id);
  assert.equal(stored.report.predecessor.template_id, 'cds-6-thang');
  assert.equal(stored.report.predecessor.ngay, '23/5/2025');
  assert.equal(stored.report.values['tai-khoan-ngan-hang'], '6.945');
  assert.equal(stored.report.values.ngay, undefined, 'a new period has no date yet');

  await goSection(page, id, 'chinh-quyen-so');
  assert.equal(await textOf(page, '#kt-hs-tong', /Kỳ trước/), 'Kỳ trước: 1.686');
  assert.match(await page.$eval('#f-hs-tong', (e) => e.getAttribute('aria-describedby')), /kt-hs-tong/);
  await goSection(page, id, 'kinh-te-so');
  assert.equal(await textOf(page, '#kt-tai-khoan-ngan-hang', /Kỳ trước/), 'Kỳ trước: 6.945');
  await retype(page, '#f-tai-khoan-ngan-hang', '6.000');
  const drop = 'giảm từ 6.945 xuống 6.000 so với kỳ trước';
  const warning = (
    await page.waitForFunction(
      (text) =>
        [...document.querySelectorAll('.field .finding')].find(
          (f) => f.closest('.field').querySelector('#f-tai-khoan-ngan-hang') && f.innerText.includes(text),
        ),
      { timeout: 15000 },
      drop,
    )
  ).asElement();
  assert.ok(warning, `the warning “${drop}” is shown at the field`);
  const reason = 'Rà soát, bỏ tài khoản trùng';
  await page.type('#ly-do-tai-khoan-ngan-hang-ky-truoc', reason);
  const accept = await warning.waitForSelector('::-p-aria([name="Chấp nhận"][role="button"])');
  await page.waitForFunction((b) => !b.disabled, {}, accept);
  await accept.click();
  await textOf(page, '.field:has(#f-tai-khoan-ngan-hang) .accepted-reason', new RegExp(reason));
  const accepted = await untilStoredDraft(page, (d) => d.report.accepted['tai-khoan-ngan-hang#ky-truoc'] === reason);
  assert.equal(accepted.report.values['tai-khoan-ngan-hang'], '6.000');
  assert.deepEqual(page.errors, []);
  await page.browserContext().close();
});

test('Firefox, hosted build: a deleted row comes back with “Hoàn tác”', async () => {
  const { page, id } = await openSeed000(app.server.url);
  await goSection(page, id, 'thong-tin-chung');
  assert.equal(await valueOf(page, '#f-can-cu-0-so-ky-hieu'), '1026/SKHCN-BCVT&CNTT');
  await untilStoredDraft(page, (d) => d.report.values['can-cu']?.length === 1);
  await clickButton(page, 'Xóa dòng 1');
  await page.waitForSelector('#hoan-tac-can-cu');
  assert.equal(await page.$('#f-can-cu-0-so-ky-hieu'), null, 'the row is gone');
  await untilStoredDraft(page, (d) => (d.report.values['can-cu'] ?? []).length === 0);
  await page.click('#hoan-tac-can-cu');
  await page.waitForSelector('#f-can-cu-0-so-ky-hieu');
  assert.equal(await valueOf(page, '#f-can-cu-0-so-ky-hieu'), '1026/SKHCN-BCVT&CNTT');
  assert.equal(await valueOf(page, '#f-can-cu-0-ngay'), '21/5/2025');
  assert.equal(await page.$('#hoan-tac-can-cu'), null, 'undo is offered once');
  const back = await untilStoredDraft(page, (d) => d.report.values['can-cu']?.length === 1);
  assert.equal(back.report.values['can-cu'][0]['so-ky-hieu'], '1026/SKHCN-BCVT&CNTT');
  assert.equal(back.report.values['can-cu'][0].ngay, '21/5/2025');
  assert.deepEqual(page.errors, []);
  await page.browserContext().close();
});

test('Firefox, the single file from file://: a version from before five edits is restored, then the restore is undone', async () => {
  const url = app.singleFileAt('Desktop/bao-cao-cds.html');
  const { page, id } = await openSeed000(url);
  assert.ok(page.url().startsWith('file://'), page.url());
  await goSection(page, id, 'chinh-quyen-so');
  const edits = [
    ['hs-tong', '1.700'],
    ['hs-truc-tuyen', '1.650'],
    ['hs-truc-tiep', '50'],
    ['cuoc-hop-truc-tuyen', '9'],
    ['trang-tin-tin-bai', '33'],
  ];
  const before = {};
  for (const [field, text] of edits) {
    before[field] = await valueOf(page, `#f-${field}`);
    assert.notEqual(before[field], text, `${field} really changes`);
    await retype(page, `#f-${field}`, text);
  }
  await untilStoredDraft(page, (d) => edits.every(([f, t]) => d.report.values[f] === t));

  // Leaving the section keeps a version with the five edits.
  await goTo(page, `#/bao-cao/${id}/phien-ban`);
  await page.waitForSelector('table.versions tbody tr:nth-child(2)');
  const rows = await page.$$eval('table.versions tbody tr', (trs) => trs.map((tr) => tr.innerText));
  assert.equal(rows.length, 2, `the opened file and the state after the edits: ${rows}`);
  assert.match(rows[0], /Sửa 5 ô ở mục 3\. Phát triển chính quyền số/);
  assert.match(rows[0], /Giống bản hiện tại/);
  assert.match(rows[1], /Phiên bản đầu tiên/);
  const kept = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '[]').length, `bccds.versions.${id}`);
  assert.equal(kept, 2, 'the versions are kept in this file’s localStorage');
  const restore = await page.waitForSelector('table.versions tbody tr:nth-child(2) button');
  assert.match(await restore.evaluate((b) => b.getAttribute('aria-label')), /^Khôi phục phiên bản/);
  await restore.click();
  await page.waitForSelector('#hoan-tac');
  assert.match(
    await page.$eval('#hoan-tac', (b) => b.closest('.banner').innerText),
    /Đã khôi phục một phiên bản trước/,
  );
  // The restore is listed too (the state before it was already kept).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('table.versions tbody tr')].some((tr) => /Khôi phục phiên bản \d\d:\d\d/.test(tr.innerText)),
  );
  let stored = await untilStoredDraft(page, (d) => d.report.values['hs-tong'] === before['hs-tong']);
  for (const [field] of edits) assert.equal(stored.report.values[field] ?? '', before[field], field);
  assert.equal(stored.report.id, id);

  await page.click('#hoan-tac');
  stored = await untilStoredDraft(page, (d) => d.report.values['hs-tong'] === '1.700');
  for (const [field, text] of edits) assert.equal(stored.report.values[field], text, field);
  await page.waitForFunction(() => !document.querySelector('#hoan-tac'));
  await goSection(page, id, 'chinh-quyen-so');
  for (const [field, text] of edits) assert.equal(await valueOf(page, `#f-${field}`), text, `#f-${field} on screen`);

  // After a reload of the file, the draft and its versions are still there.
  await page.reload();
  await page.waitForSelector('#f-hs-tong');
  assert.equal(await valueOf(page, '#f-hs-tong'), '1.700', 'kept over a reload');
  assert.ok((await storedDraft(page)).report.values['trang-tin-tin-bai'] === '33');
  assert.deepEqual(page.errors, []);
  await page.browserContext().close();
});
