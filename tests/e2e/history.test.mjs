// End-to-end: the next report made from an earlier one (figures of the last period beside this
// one, a planted drop flagged and accepted), "Hoàn tác" of a deleted row, and versions of a draft
// (one from before five edits restored, then the restore undone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage, openApp, screenshot } from './lib/browser.mjs';
import { storedDraft, untilStoredDraft } from './lib/drafts.mjs';

const app = appSuite();
const SEED_000 = path.join(ROOT, 'tests', 'fixtures', 'seed-000.json');

/** Opens seed 000 as a draft; returns its id. */
async function openSeed000(page) {
  await openApp(page, app.server.url);
  await page.setInputFiles('#mo-tep-bao-cao', SEED_000);
  await page.waitForSelector('.task-list');
  return page.url().split('/bao-cao/')[1];
}

async function goSection(page, id, section) {
  await page.evaluate((h) => { location.hash = h; }, `#/bao-cao/${id}/muc/${section}`);
  await page.waitForSelector(`#tieu-de-muc`);
  await page.waitForFunction((s) => location.hash.endsWith(`/muc/${s}`), section);
}

test('a report made from seed 000 shows last period’s figures and flags a planted drop, accepted with a reason', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.locator('#mo-tao-tu-truoc').click();
  await page.waitForSelector('#tep-bao-cao-truoc');
  await page.setInputFiles('#tep-bao-cao-truoc', SEED_000);
  await page.locator('#loai-moi').waitFor();
  // Same type offered first; every figure seed 000 has is listed for copying.
  assert.equal(await page.locator('#loai-moi').inputValue(), 'cds-6-thang');
  assert.match(await page.locator('details summary').innerText(), /^Chép \d+ số liệu/);
  assert.equal(await page.locator('#chep-can-cu').isChecked(), true);
  await screenshot(page, 'carry-forward');
  await page.locator('#tao-tu-truoc').click();
  await page.waitForSelector('.task-list');
  const id = page.url().split('/bao-cao/')[1];
  const stored = await storedDraft(page);
  assert.equal(stored.report.predecessor.template_id, 'cds-6-thang');
  assert.equal(stored.report.predecessor.ngay, '23/5/2025');
  assert.equal(stored.report.values['tai-khoan-ngan-hang'], '6.945');
  assert.equal(stored.report.values['co-quan-ban-hanh'], 'ỦY BAN NHÂN DÂN HUYỆN MINH LONG');
  assert.equal(stored.report.values.ngay, undefined, 'a new period has no date yet');
  assert.deepEqual(stored.report.values['can-cu'][0]['so-ky-hieu'], '1026/SKHCN-BCVT&CNTT');

  await goSection(page, id, 'chinh-quyen-so');
  assert.equal(await page.locator('#kt-hs-tong').innerText(), 'Kỳ trước: 1.686');
  assert.equal(await page.locator('#kt-chu-ky-so-cap').innerText(), 'Kỳ trước: 04');
  assert.match(await page.locator('#f-hs-tong').getAttribute('aria-describedby'), /kt-hs-tong/);
  await goSection(page, id, 'kinh-te-so');
  assert.equal(await page.locator('#kt-tai-khoan-ngan-hang').innerText(), 'Kỳ trước: 6.945');
  const box = page.locator('#f-tai-khoan-ngan-hang');
  await box.fill('');
  await box.pressSequentially('6.000');
  await page.keyboard.press('Tab');
  const warning = page.locator('.field:has(#f-tai-khoan-ngan-hang) .finding', { hasText: 'giảm từ 6.945 xuống 6.000 so với kỳ trước' });
  await warning.waitFor();
  await page.locator('#ly-do-tai-khoan-ngan-hang-ky-truoc').fill('Rà soát, bỏ tài khoản trùng');
  await warning.getByRole('button', { name: 'Chấp nhận' }).click();
  await page.locator('.field:has(#f-tai-khoan-ngan-hang) .accepted-reason', { hasText: 'Rà soát, bỏ tài khoản trùng' }).waitFor();
  await untilStoredDraft(page, (d) => d.report.accepted['tai-khoan-ngan-hang#ky-truoc'] === 'Rà soát, bỏ tài khoản trùng');
  await screenshot(page, 'carry-forward-drop');
  // The printed document shows this period's figure only.
  await page.evaluate((h) => { location.hash = h; }, `#/bao-cao/${id}/xem-lai`);
  const doc = page.frameLocator('iframe#van-ban');
  await doc.locator('body').waitFor();
  const printed = await doc.locator('body').innerText();
  assert.match(printed, /6\.000/);
  assert.doesNotMatch(printed, /6\.945|Kỳ trước/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a deleted row comes back with “Hoàn tác”', async () => {
  const page = await newPage(app.browser);
  const id = await openSeed000(page);
  await goSection(page, id, 'thong-tin-chung');
  assert.equal(await page.locator('#f-can-cu-0-so-ky-hieu').inputValue(), '1026/SKHCN-BCVT&CNTT');
  await page.getByRole('button', { name: 'Xóa dòng 1' }).click();
  await page.locator('#hoan-tac-can-cu').waitFor();
  assert.equal(await page.locator('#f-can-cu-0-so-ky-hieu').count(), 0);
  await untilStoredDraft(page, (d) => (d.report.values['can-cu'] ?? []).length === 0);
  await page.locator('#hoan-tac-can-cu').click();
  assert.equal(await page.locator('#f-can-cu-0-so-ky-hieu').inputValue(), '1026/SKHCN-BCVT&CNTT');
  assert.equal(await page.locator('#f-can-cu-0-ngay').inputValue(), '21/5/2025');
  assert.equal(await page.locator('#hoan-tac-can-cu').count(), 0, 'offered once');
  await untilStoredDraft(page, (d) => d.report.values['can-cu']?.length === 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a version from before five edits is restored, then the restore is undone', async () => {
  const page = await newPage(app.browser);
  const id = await openSeed000(page);
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
    before[field] = await page.locator(`#f-${field}`).inputValue();
    await page.locator(`#f-${field}`).fill(text);
    await page.keyboard.press('Tab');
  }
  // Leaving the section keeps a version with the five edits.
  await page.evaluate((h) => { location.hash = h; }, `#/bao-cao/${id}/phien-ban`);
  await page.locator('table.versions tbody tr').nth(1).waitFor();
  const rows = page.locator('table.versions tbody tr');
  assert.equal(await rows.count(), 2, 'the opened file and the state after the edits');
  assert.match(await rows.nth(0).innerText(), /Sửa 5 ô ở mục 3\. Phát triển chính quyền số/);
  assert.match(await rows.nth(0).innerText(), /Giống bản hiện tại/);
  assert.match(await rows.nth(1).innerText(), /Phiên bản đầu tiên/);
  await screenshot(page, 'versions');
  await rows.nth(1).getByRole('button', { name: /^Khôi phục phiên bản/ }).click();
  await page.locator('#hoan-tac').waitFor();
  assert.match(await page.locator('.banner', { has: page.locator('#hoan-tac') }).innerText(), /Đã khôi phục một phiên bản trước/);
  // The restore is listed too (the state before it was already kept).
  await page.locator('table.versions tbody tr', { hasText: /Khôi phục phiên bản \d\d:\d\d/ }).waitFor();
  // Saved within the save delay.
  let stored = await untilStoredDraft(page, (d) => d.report.values['hs-tong'] === before['hs-tong']);
  for (const [field] of edits) assert.equal(stored.report.values[field] ?? '', before[field], field);
  assert.equal(stored.report.id, id);

  await page.locator('#hoan-tac').click();
  stored = await untilStoredDraft(page, (d) => d.report.values['hs-tong'] === '1.700');
  for (const [field, text] of edits) assert.equal(stored.report.values[field], text, field);
  assert.equal(await page.locator('#hoan-tac').count(), 0);
  await goSection(page, id, 'chinh-quyen-so');
  assert.equal(await page.locator('#f-hs-tong').inputValue(), '1.700');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('storage full: the oldest versions go first, never the draft, and the user is told', async () => {
  const page = await newPage(app.browser);
  const id = await openSeed000(page);
  await goSection(page, id, 'chinh-quyen-so');
  await page.locator('#f-hs-tong').fill('1.700');
  await page.keyboard.press('Tab');
  await goSection(page, id, 'kinh-te-so');
  const versions = () => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '[]').map((v) => v.at), `bccds.versions.${id}`);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k) ?? '[]').length === 2, `bccds.versions.${id}`);
  const [oldest] = await versions();
  // Fill the browser's storage to the brim with something else, then free a little (less than a version).
  const left = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 256; size >>= 1) {
      for (;;) {
        try { localStorage.setItem(`ballast-${n}`, 'x'.repeat(size)); n++; } catch { break; }
      }
    }
    localStorage.removeItem(`ballast-${n - 1}`);
    return n;
  });
  assert.ok(left > 0);
  // A long paragraph: the draft grows, and so would a new version.
  const text = 'Triển khai nền tảng số cho người dân. '.repeat(120);
  await page.locator('textarea').first().fill(text);
  await page.keyboard.press('Tab');
  await goSection(page, id, 'an-toan-thong-tin');
  await page.locator('.banner', { hasText: /Bộ nhớ của trình duyệt đã đầy: đã xóa \d+ phiên bản cũ nhất/ }).waitFor();
  const stored = await storedDraft(page);
  assert.ok(Object.values(stored.report.values).includes(text), 'the draft is saved with the paragraph');
  const after = await versions();
  assert.ok(after.length >= 1 && after[0] > oldest, `the oldest version went: ${after} vs ${oldest}`);
  assert.equal(await page.locator('.banner.error').count(), 0, 'no "not saved" error');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ballast-')).forEach((k) => localStorage.removeItem(k)));
  await page.context().close();
});
