// End-to-end: the form speaks at the right moment — messages wait until a box is left, a finding is
// shown once, ids are unique, rows are added and removed without fuss, the profile saves as typed,
// wrong files and a second tab are explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage, openApp } from './lib/browser.mjs';

const SIX_MONTHS = 'Kết quả chuyển đổi số 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm';
const app = appSuite();

async function startSixMonthReport(page) {
  await openApp(page, app.server.url);
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${SIX_MONTHS}` }).click();
  await page.waitForSelector('.task-list');
}

async function openSection(page, title) {
  await page.getByRole('link', { name: title }).click();
  await page.waitForSelector('#tieu-de-muc');
}

/** Every id used more than once on the page. */
async function duplicateIds(page) {
  return page.evaluate(() => {
    const seen = new Map();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  });
}

test('a date typed character by character shows no message until the box is left', async () => {
  const page = await newPage(app.browser);
  await startSixMonthReport(page);
  await openSection(page, 'Thông tin văn bản');
  const box = page.locator('#f-ngay');
  await box.click();
  for (const ch of '31/02/2025') {
    await page.keyboard.type(ch);
    assert.equal(await box.getAttribute('aria-invalid'), 'false', `after typing “${ch}”`);
    assert.equal(await page.locator('.field:has(#f-ngay) .messages').count(), 0);
  }
  await page.keyboard.press('Tab');
  const messages = page.locator('.field:has(#f-ngay) .messages');
  await messages.waitFor();
  assert.match(await messages.innerText(), /tháng 2 chỉ có 28 ngày/);
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  // A pause of about a second counts as finished too.
  await box.fill('');
  await box.pressSequentially('32/1');
  assert.equal(await box.getAttribute('aria-invalid'), 'false');
  await page.waitForFunction(() => document.getElementById('f-ngay').getAttribute('aria-invalid') === 'true', null, { timeout: 3000 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a warning involving three fields is shown in full once, with one reason box', async () => {
  const page = await newPage(app.browser);
  await startSixMonthReport(page);
  await openSection(page, '3. Phát triển chính quyền số');
  await page.locator('#f-hs-tong').pressSequentially('1.686');
  await page.locator('#f-hs-truc-tuyen').pressSequentially('1.644');
  await page.locator('#f-ty-le-hs-truc-tuyen').pressSequentially('96,5%');
  await page.keyboard.press('Tab');
  const full = page.locator('form .finding', { hasText: '1.644 / 1.686 × 100 = 97,51%' });
  await full.first().waitFor();
  assert.equal(await full.count(), 1, 'the full message once');
  assert.equal(await page.locator('form .accept input').count(), 1, 'one reason box');
  // It sits on the rate, which its fix changes; the two counts link to it.
  assert.equal(await page.locator('.field:has(#f-ty-le-hs-truc-tuyen) .accept').count(), 1);
  for (const id of ['f-hs-tong', 'f-hs-truc-tuyen']) {
    const link = page.locator(`.field:has(#${id}) .messages`).getByRole('button', { name: /^Xem ở ô “Tỷ lệ/ });
    assert.equal(await link.count(), 1, id);
  }
  await page.locator('.field:has(#f-hs-tong) .messages').getByRole('button', { name: /^Xem ở ô/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-ty-le-hs-truc-tuyen');
  assert.deepEqual(await duplicateIds(page), []);
  await page.context().close();
});

test('no page has duplicate ids', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  assert.deepEqual(await duplicateIds(page), [], 'start page');
  await page.goto(`${app.server.url}#/ho-so`);
  await page.waitForSelector('#ho-so-co-quan-ban-hanh');
  assert.deepEqual(await duplicateIds(page), [], 'profile page');
  // Seed 003 (task tables) and seed 002 (the largest template, with warnings): every page.
  for (const seed of ['seed-003.json', 'seed-002.json']) {
    await page.goto(app.server.url);
    await page.waitForSelector('#mo-tep-bao-cao');
    await page.setInputFiles('#mo-tep-bao-cao', path.join(ROOT, 'tests', 'fixtures', seed));
    await page.waitForSelector('.task-list');
    assert.deepEqual(await duplicateIds(page), [], `${seed} overview`);
    const sections = await page.locator('.task-list li').count();
    await page.locator('.task-list a').first().click();
    for (let i = 0; i < sections; i++) {
      await page.waitForSelector('#tieu-de-muc');
      const title = await page.locator('#tieu-de-muc').innerText();
      assert.deepEqual(await duplicateIds(page), [], `${seed}: ${title}`);
      await page.getByRole('button', { name: i + 1 < sections ? 'Mục tiếp theo →' : 'Xem lại toàn bộ báo cáo →' }).click();
    }
    await page.waitForSelector('iframe#van-ban');
    assert.deepEqual(await duplicateIds(page), [], `${seed} review`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('after “Thêm dòng” the new row’s first box has the focus; a removed row comes back with “Hoàn tác”', async () => {
  const page = await newPage(app.browser);
  await startSixMonthReport(page);
  await openSection(page, '1. Công tác chỉ đạo, điều hành');
  const rows = page.locator('#f-chi-dao-van-ban fieldset.row');
  const before = await rows.count();
  await page.getByRole('button', { name: /^Thêm dòng vào “Văn bản/ }).click();
  await page.waitForFunction((n) => document.activeElement?.id === `f-chi-dao-van-ban-${n}-loai`, before, { timeout: 3000 });
  await page.keyboard.type('Kế hoạch');
  await page.locator(`#f-chi-dao-van-ban-${before}-so-ky-hieu`).fill('43/KH-UBND');
  assert.equal(await rows.count(), before + 1);
  // Remove it: no question asked, and it can be put back at once.
  await page.getByRole('button', { name: `Xóa dòng ${before + 1}` }).click();
  assert.equal(await rows.count(), before);
  const undo = page.getByRole('button', { name: 'Hoàn tác' });
  assert.match(await page.locator('.field.table [role=status]').innerText(), new RegExp(`Đã xóa dòng ${before + 1}\\. Hoàn tác`));
  await undo.click();
  assert.equal(await rows.count(), before + 1);
  assert.equal(await page.inputValue(`#f-chi-dao-van-ban-${before}-so-ky-hieu`), '43/KH-UBND');
  assert.equal(await page.inputValue(`#f-chi-dao-van-ban-${before}-loai`), 'Kế hoạch');
  assert.equal(await undo.count(), 0, 'the undo offer is gone once used');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the profile survives a reload without pressing save', async () => {
  const page = await newPage(app.browser);
  await openApp(page, `${app.server.url}#/ho-so`, { waitFor: '#ho-so-co-quan-ban-hanh' });
  await page.locator('#ho-so-co-quan-ban-hanh').pressSequentially('ỦY BAN NHÂN DÂN XÃ ĐĂK LONG');
  await page.locator('#ho-so-nguoi-ky').pressSequentially('Đinh Văn Điết');
  await page.reload();
  await page.waitForSelector('#ho-so-co-quan-ban-hanh');
  assert.equal(await page.inputValue('#ho-so-co-quan-ban-hanh'), 'ỦY BAN NHÂN DÂN XÃ ĐĂK LONG');
  assert.equal(await page.inputValue('#ho-so-nguoi-ky'), 'Đinh Văn Điết');
  // And a new report is prefilled from it.
  await page.goto(app.server.url);
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${SIX_MONTHS}` }).click();
  await page.waitForSelector('.task-list');
  await openSection(page, 'Thông tin văn bản');
  assert.equal(await page.inputValue('#f-co-quan-ban-hanh'), 'ỦY BAN NHÂN DÂN XÃ ĐĂK LONG');
  await page.context().close();
});

test('a value typed just before a reload or closing the tab is kept', async () => {
  const page = await newPage(app.browser);
  await startSixMonthReport(page);
  await openSection(page, '3. Phát triển chính quyền số');
  // Saves are coalesced; the page being hidden, reloaded or closed writes what is pending.
  await page.locator('#f-hs-tong').pressSequentially('1.686');
  await page.reload();
  await page.waitForSelector('#f-hs-tong');
  assert.equal(await page.inputValue('#f-hs-tong'), '1.686');
  await page.locator('#f-hs-truc-tuyen').pressSequentially('1.644');
  const address = page.url();
  await page.close({ runBeforeUnload: true });
  const again = await page.context().newPage();
  await again.goto(address);
  await again.waitForSelector('#f-hs-truc-tuyen');
  assert.equal(await again.inputValue('#f-hs-truc-tuyen'), '1.644');
  await again.context().close();
});

test('wrong files get a plain message saying what they are and what was expected', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-'));
  const pdf = path.join(dir, 'cong-van.pdf');
  fs.writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
  const txt = path.join(dir, 'ghi-chu.txt');
  fs.writeFileSync(txt, 'Báo cáo 6 tháng: 1.686 hồ sơ');
  const template = path.join(ROOT, 'templates', 'cds-6-thang.json');
  const report = path.join(ROOT, 'tests', 'fixtures', 'seed-000.json');
  const box = page.locator('.error-summary');
  const cases = [
    ['#mo-tep-bao-cao', pdf, /Tệp “cong-van\.pdf” là tệp PDF; ứng dụng không đọc được nội dung PDF\. Hãy chọn tệp \.json hoặc \.html đã xuất/],
    ['#mo-tep-bao-cao', txt, /Tệp “ghi-chu\.txt” là tệp văn bản thường/],
    ['#mo-tep-bao-cao', template, /Tệp “cds-6-thang\.json” là mẫu báo cáo “Kết quả chuyển đổi số 6 tháng.*”, không phải báo cáo đã xuất\. Muốn dùng mẫu này, hãy chọn tệp ở ô “Nạp mẫu báo cáo mới”/],
    ['#nap-mau', report, /Tệp “seed-000\.json” là một báo cáo đã xuất, không phải mẫu báo cáo\. Muốn mở báo cáo này, hãy chọn tệp ở ô “Mở báo cáo đã xuất”/],
    ['#nap-mau', pdf, /Tệp “cong-van\.pdf” là tệp PDF.*Mẫu báo cáo là tệp \.json do Sở cung cấp/],
  ];
  for (const [input, file, message] of cases) {
    await page.setInputFiles(input, file);
    await page.waitForFunction((f) => document.querySelector('.error-summary')?.innerText.includes(f), path.basename(file));
    assert.match(await box.innerText(), message);
    // Not a parser's or a schema's words.
    assert.doesNotMatch(await box.innerText(), /cú pháp|dòng \d+, cột|schema|expected|invalid/i);
  }
  assert.equal(await page.locator('table.drafts').count(), 0, 'nothing was opened');
  await page.context().close();
});

test('opening a report that already is a draft offers that draft instead of a silent copy', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  const seed = path.join(ROOT, 'tests', 'fixtures', 'seed-000.json');
  const id = JSON.parse(fs.readFileSync(seed, 'utf8')).id;
  // The seed saved as a draft under its own id, as if this browser had written it.
  await page.evaluate(([json, id]) => {
    localStorage.setItem(`bccds.draft.${id}`, JSON.stringify({ report: JSON.parse(json), revision: 3, tab: 'other', updated_ms: 0 }));
  }, [fs.readFileSync(seed, 'utf8'), id]);
  await page.reload();
  await page.waitForSelector('table.drafts');
  await page.setInputFiles('#mo-tep-bao-cao', seed);
  await page.getByText('Tệp này là một bản nháp đã có trong trình duyệt').waitFor();
  await page.getByRole('button', { name: 'Mở bản nháp đã có' }).click();
  await page.waitForSelector('.task-list');
  assert.ok(page.url().endsWith(`#/bao-cao/${id}`), page.url());
  const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bccds.draft.')).length);
  assert.equal(drafts, 1, 'no duplicate was made');
  // The other choice makes a second, separate draft.
  await page.goto(app.server.url);
  await page.waitForSelector('table.drafts');
  await page.setInputFiles('#mo-tep-bao-cao', seed);
  await page.getByRole('button', { name: 'Mở tệp thành bản nháp mới' }).click();
  await page.waitForSelector('.task-list');
  assert.ok(!page.url().endsWith(`#/bao-cao/${id}`), page.url());
  await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith('bccds.draft.')).length === 2);
  await page.context().close();
});

test('a tab that stopped saving never says it saved, on every page', async () => {
  const first = await newPage(app.browser);
  await startSixMonthReport(first);
  await openSection(first, '3. Phát triển chính quyền số');
  await first.locator('#f-hs-tong').pressSequentially('100');
  await first.getByText('Đã tự động lưu trong trình duyệt.').waitFor();
  // Written 300 ms after the last keystroke (or when the tab is hidden, which Playwright does not do).
  await first.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith('bccds.draft.') && localStorage.getItem(k).includes('"100"')),
  );
  const second = await first.context().newPage();
  await second.goto(first.url());
  await second.waitForSelector('#f-hs-tong');
  await second.locator('#f-hs-tong').fill('200');
  await first.getByText('Bản nháp này vừa được sửa ở một thẻ (tab) khác.').waitFor();
  await first.locator('#f-hs-tong').fill('150');
  for (const hash of ['', '/xem-lai']) {
    if (hash) await first.goto(first.url().replace(/\/muc\/.*$/, hash));
    await first.waitForSelector('main');
    const text = await first.locator('body').innerText();
    assert.doesNotMatch(text, /Đã tự động lưu/, `page ${hash || 'section'}`);
    assert.match(text, /thẻ này tạm dừng lưu/, `page ${hash || 'section'}`);
  }
  await first.goto(first.url().replace(/#.*$/, '#/'));
  await first.waitForSelector('table.drafts');
  assert.match(await first.locator('body').innerText(), /thẻ này tạm dừng lưu/, 'start page');
  await first.context().close();
});
