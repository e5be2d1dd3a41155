// End-to-end: whole flows a newcomer goes through — every report type from first section to review,
// exports that re-open unchanged, storage that fails, broken template files, deleting drafts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appSuite, templateFile } from './lib/suite.mjs';
import { ROOT, newPage, openApp } from './lib/browser.mjs';
import { storedValues } from './lib/drafts.mjs';

const TEMPLATE_FILES = ['cds-6-thang', 'ke-hoach-02', 'cds-nam-ke-hoach', 'chien-luoc-411', 'cds-nam-phu-luc'];
const templates = TEMPLATE_FILES.map(templateFile);

const app = appSuite();

for (const template of templates) {
  test(`every section of “${template.name}” can be walked through to the review`, async () => {
    const page = await newPage(app.browser);
    await openApp(page, app.server.url);
    await page.getByRole('button', { name: `Bắt đầu báo cáo: ${template.name}` }).click();
    await page.waitForSelector('.task-list');
    const sections = await page.locator('.task-list li').count();
    assert.equal(sections, template.sections.length + 2, 'frame head + body + frame tail');
    await page.locator('.task-list a').first().click();
    const titles = [];
    for (let i = 0; i < sections; i++) {
      await page.waitForSelector('#tieu-de-muc');
      titles.push(await page.locator('#tieu-de-muc').innerText());
      assert.match(await page.locator('.crumbs').innerText(), new RegExp(`Mục ${i + 1}/${sections}`));
      await page.getByRole('button', { name: i + 1 < sections ? 'Mục tiếp theo →' : 'Xem lại toàn bộ báo cáo →' }).click();
    }
    // "năm {nam}" shows the report's year; a new report has no date yet: "năm …".
    assert.deepEqual(titles.slice(1, -1), template.sections.map((s) => s.title.replace(/\{nam(_sau|_truoc)?\}/g, '…')));
    await page.waitForSelector('iframe#van-ban');
    assert.match(await page.locator('h1').innerText(), /Xem lại và xuất báo cáo/);
    // Leaving sections empty makes their required fields show up in the summary.
    assert.match(await page.locator('.error-summary').innerText(), /Chưa nhập/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('exported JSON and HTML re-open as the same report', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.setInputFiles('#mo-tep-bao-cao', path.join(ROOT, 'tests', 'fixtures', 'seed-002.json'));
  await page.waitForSelector('.task-list');
  const original = await storedValues(page);
  await page.goto(page.url() + '/xem-lai');
  await page.waitForSelector('iframe#van-ban');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-'));
  const files = {};
  for (const [button, ext] of [['Tải dữ liệu (.json)', 'json'], ['Tải văn bản để in (.html)', 'html']]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: button }).click();
        // The seed has open errors (missing recipients and signer): the app lists them first.
        await page.getByRole('button', { name: 'Vẫn xuất tệp' }).click();
      })(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^bao-cao-cds-nam-ke-hoach-2025-xa-dak-long\\.${ext}$`));
    files[ext] = path.join(dir, download.suggestedFilename());
    await download.saveAs(files[ext]);
  }
  const exported = JSON.parse(fs.readFileSync(files.json, 'utf8'));
  assert.equal(exported.template.id, 'cds-nam-ke-hoach');
  assert.ok(exported.findings.some((f) => f.kind === 'missing'), 'open findings are recorded in the JSON');
  const html = fs.readFileSync(files.html, 'utf8');
  assert.match(html, /Content-Security-Policy/);
  assert.doesNotMatch(html, /<script(?![^>]*type="application\/json")/);
  for (const file of [files.json, files.html]) {
    const again = await newPage(app.browser);
    await openApp(again, app.server.url);
    await again.setInputFiles('#mo-tep-bao-cao', file);
    await again.waitForSelector('.task-list');
    assert.deepEqual(await storedValues(again), original, `re-opened ${path.basename(file)}`);
    await again.context().close();
  }
  await page.context().close();
});

test('when the browser refuses to save, the user is told and keeps typing', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${templates[0].name}` }).click();
  await page.waitForSelector('.task-list');
  await page.locator('.task-list a').nth(3).click();
  await page.waitForSelector('#f-hs-tong');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.locator('#f-hs-tong').pressSequentially('1.686');
  const alert = page.locator('.banner.error');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Chưa lưu được: Bộ nhớ của trình duyệt đã đầy nên bản nháp CHƯA được lưu/);
  assert.equal(await page.inputValue('#f-hs-tong'), '1.686');
  await page.context().close();
});

test('a broken template file is refused with precise reasons, the app keeps working', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  const broken = JSON.parse(JSON.stringify(templates[0]));
  broken.id = 'mau-hong';
  broken.rules.push({ id: 'sai', kind: 'sum', parts: ['khong-co'], total: 'hs-tong', relation: 'at_most' });
  broken.sections[0].fields.push({ ...broken.sections[0].fields[0] });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-')), 'mau-hong.json');
  fs.writeFileSync(file, JSON.stringify(broken));
  await page.setInputFiles('#nap-mau', file);
  const box = page.locator('.error-summary');
  await box.waitFor();
  const text = await box.innerText();
  assert.match(text, /Tệp mẫu có lỗi, chưa nạp/);
  assert.match(text, /Quy tắc tham chiếu trường không tồn tại “khong-co”/);
  assert.match(text, /bị trùng/);
  assert.equal(await page.locator('.cards .card').count(), templates.length);
  // A valid new template is added to the list and survives a reload.
  const good = { ...JSON.parse(JSON.stringify(templates[0])), id: 'mau-moi', name: 'Mẫu mới của Sở' };
  fs.writeFileSync(file, JSON.stringify(good));
  await page.setInputFiles('#nap-mau', file);
  await page.getByRole('button', { name: 'Bắt đầu báo cáo: Mẫu mới của Sở' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: 'Bắt đầu báo cáo: Mẫu mới của Sở' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('deleting a draft asks first', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${templates[1].name}` }).click();
  await page.waitForSelector('.task-list');
  const draftUrl = page.url();
  await page.getByRole('link', { name: 'Trang đầu', exact: true }).click();
  await page.waitForSelector('table.drafts');
  await page.getByRole('button', { name: `Xóa bản nháp ${templates[1].name}` }).click();
  await page.getByRole('button', { name: 'Không xóa' }).click();
  assert.equal(await page.locator('table.drafts tbody tr').count(), 1);
  await page.getByRole('button', { name: `Xóa bản nháp ${templates[1].name}` }).click();
  await page.getByRole('button', { name: 'Xóa hẳn' }).click();
  await page.getByText('Chưa có bản nháp nào.').waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bccds.draft.')).length), 0);
  // Going back to the deleted draft's address does not bring it back.
  await page.goto(draftUrl);
  await page.getByText('Không tìm thấy bản nháp này trong trình duyệt. Có thể nó đã bị xóa.').waitFor();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bccds.draft.')).length), 0);
  await page.context().close();
});

test('with storage blocked (private mode), the app still works and says nothing is saved', async () => {
  const page = await newPage(app.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await openApp(page, app.server.url);
  assert.match(await page.locator('.banner.error').innerText(), /Trình duyệt không cho lưu .* CHƯA được lưu/);
  await page.getByRole('button', { name: `Bắt đầu báo cáo: ${templates[0].name}` }).click();
  await page.waitForSelector('.task-list');
  await page.locator('.task-list a').nth(3).click();
  await page.locator('#f-hs-tong').pressSequentially('1.686');
  await page.locator('#f-hs-truc-tuyen').pressSequentially('1.700');
  await page.keyboard.press('Tab');
  assert.match(await page.locator('.error-summary').innerText(), /\(1\.700\) lớn hơn tổng số hồ sơ TTHC tiếp nhận \(1\.686\)/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a table section of the task report fits a narrow window without sideways scrolling', async () => {
  const page = await newPage(app.browser, { viewport: { width: 360, height: 740 } });
  await openApp(page, app.server.url);
  await page.setInputFiles('#mo-tep-bao-cao', path.join(ROOT, 'tests', 'fixtures', 'seed-003.json'));
  await page.waitForSelector('.task-list');
  await page.getByRole('link', { name: 'B1. PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ' }).click();
  await page.waitForSelector('fieldset.row');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `horizontal overflow ${overflow}px at 360px wide`);
  await page.context().close();
});
