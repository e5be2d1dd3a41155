// End-to-end: the template editor (Soạn mẫu báo cáo) as a province officer uses it — an outline
// pasted from the Công văn, a table, six figures, a sum rule and a rate rule, picked from lists;
// the preview fires the rules on sample figures; the file downloaded passes the template schema,
// loads on the start page, and a report written on it is exported with the expected findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage, openApp, axe, formatViolations, screenshot } from './lib/browser.mjs';

const app = appSuite();

/** Counts what the officer does, for the note on how long a template takes to build. */
function counter(page) {
  const c = { clicks: 0, fields: 0 };
  return {
    c,
    click: async (locator) => {
      c.clicks++;
      await locator.click();
    },
    fill: async (locator, text) => {
      c.fields++;
      await locator.fill(text);
    },
    choose: async (selector, value) => {
      c.fields++;
      await page.selectOption(selector, value);
    },
  };
}

test('an officer builds a template from an outline, previews it, publishes it, and a commune reports on it', async () => {
  const page = await newPage(app.browser);
  await openApp(page, `${app.server.url}soan-mau/`);
  assert.equal(await page.locator('h1').innerText(), 'Soạn mẫu báo cáo');
  const { c, click, fill, choose } = counter(page);

  await fill(page.getByLabel('Tên mẫu', { exact: true }), 'Báo cáo chuyển đổi số quý III');
  await fill(page.getByLabel('Đề cương'), 'I. KẾT QUẢ THỰC HIỆN\n1. Công tác chỉ đạo\n2. Thủ tục hành chính\nII. KINH PHÍ');
  await click(page.getByRole('button', { name: 'Tạo mẫu từ đề cương' }));
  const sections = page.locator('.section-list li');
  await page.waitForFunction(() => document.querySelectorAll('.section-list li').length === 3);
  assert.match(await sections.nth(0).innerText(), /I\. KẾT QUẢ THỰC HIỆN\s+1\. Công tác chỉ đạo/);

  // Section 1: a table of documents.
  await choose('#them-loai', { label: 'Bảng (nhiều dòng)' });
  await fill(page.locator('#them-nhan'), 'Văn bản đã ban hành');
  await click(page.getByRole('button', { name: 'Thêm trường', exact: true }));
  await click(page.getByRole('button', { name: 'Thêm cột' }));
  await fill(page.locator('#t-0-1-cot-1-nhan'), 'Ngày ban hành');
  await choose('#t-0-1-cot-1-loai', { label: 'Ngày tháng' });

  // Section 2: four figures typed by their labels.
  await click(sections.nth(1).locator('button.link'));
  for (const [kind, label] of [
    ['Số lượng (số nguyên)', 'Tổng số hồ sơ'],
    ['Số lượng (số nguyên)', 'Hồ sơ trực tuyến'],
    ['Số lượng (số nguyên)', 'Hồ sơ trực tiếp'],
    ['Tỷ lệ (%)', 'Tỷ lệ hồ sơ trực tuyến'],
  ]) {
    await choose('#them-loai', { label: kind });
    await fill(page.locator('#them-nhan'), label);
    await click(page.getByRole('button', { name: 'Thêm trường', exact: true }));
  }
  await choose('#t-1-1-don-vi', 'hồ sơ');

  // Section 3: two catalogue indicators, picked by name.
  await click(sections.nth(2).locator('button.link'));
  for (const name of ['Kinh phí chuyển đổi số được phân bổ', 'Kinh phí đã giải ngân']) {
    const value = await page.locator('#them-chi-tieu option', { hasText: name }).first().getAttribute('value');
    await choose('#them-chi-tieu', value);
    await click(page.getByRole('button', { name: 'Thêm chỉ tiêu' }));
  }

  // Rules, by ticking fields.
  const rule = page.locator('.add-rule');
  await choose('#qt-loai', 'sum-equal');
  await click(rule.getByLabel('Hồ sơ trực tuyến', { exact: true }));
  await click(rule.getByLabel('Hồ sơ trực tiếp', { exact: true }));
  await choose('#qt-tong', { label: 'Tổng số hồ sơ' });
  await click(rule.getByRole('button', { name: 'Thêm quy tắc' }));
  await choose('#qt-loai', 'rate');
  await click(rule.getByLabel('Hồ sơ trực tuyến', { exact: true }));
  await click(rule.getByLabel('Tổng số hồ sơ', { exact: true }));
  await click(rule.getByRole('button', { name: 'Thêm quy tắc' }));
  const rules = await page.locator('.rule-list li').allInnerTexts();
  assert.deepEqual(
    rules.map((r) => r.replace(/\s*Xoá$/, '')),
    [
      'Hồ sơ trực tuyến + Hồ sơ trực tiếp = Tổng số hồ sơ',
      'Tỷ lệ hồ sơ trực tuyến = Hồ sơ trực tuyến / Tổng số hồ sơ × 100',
    ],
  );
  console.log(`built the template in ${c.clicks} clicks and ${c.fields} fields typed or chosen`);

  // A mistake is shown next to its field and blocks publishing; fixing it unblocks.
  await click(sections.nth(1).locator('button.link'));
  await fill(page.locator('#t-1-1-cau-in'), 'Đã tiếp nhận hồ sơ');
  await page.locator('fieldset', { hasText: 'Trường 2: Tổng số hồ sơ' }).getByText('Mẫu in (print) phải chứa {} ở chỗ đặt giá trị.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Tải tệp mẫu (.json)' }).isDisabled(), true);
  await fill(page.locator('#t-1-1-cau-in'), 'Đã tiếp nhận {}');
  await page.getByText('Mẫu không còn lỗi.').waitFor();

  // Preview: sample figures fire both rules; the printed document shows them.
  await page.fill('#xt-tong-so-ho-so', '1.686');
  await page.fill('#xt-ho-so-truc-tuyen', '1.644');
  await page.fill('#xt-ho-so-truc-tiep', '47');
  await page.fill('#xt-ty-le-ho-so-truc-tuyen', '90');
  const preview = page.locator('.preview');
  await preview.getByText(/1\.644 \+ 47 = 1\.691/).first().waitFor();
  await preview.getByText(/97,51/).first().waitFor();
  const printed = await page.frameLocator('iframe.document-preview').locator('body').innerText();
  assert.match(printed, /Đã tiếp nhận 1\.686 hồ sơ/);

  // A table's sample rows are checked too: a date that does not exist.
  await sections.nth(0).locator('button.link').click();
  await preview.getByLabel('Ngày ban hành dòng 1').fill('31/02/2025');
  await preview.getByText('“31/02/2025”: tháng 2 chỉ có 28 ngày, không có ngày 31.').waitFor();
  await preview.getByRole('button', { name: 'Thêm dòng thử' }).click();
  await preview.getByLabel('Ngày ban hành dòng 2').waitFor();

  // Autosaved: a reload keeps everything.
  await page.reload();
  await page.waitForSelector('h1');
  assert.equal(await page.inputValue('#ten-mau'), 'Báo cáo chuyển đổi số quý III');
  assert.equal(await page.locator('.rule-list li').count(), 2);

  // "Xem JSON" for the curious; then the file.
  await page.getByRole('button', { name: 'Xem JSON' }).click();
  assert.match(await page.locator('pre.json').innerText(), /"kind": "rate"/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp mẫu (.json)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'bao-cao-chuyen-doi-so-quy-iii-v1.json');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-'));
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const check = execFileSync('python3', [path.join(ROOT, 'tests', 'schema', 'check_templates.py'), file], { cwd: ROOT, encoding: 'utf8' });
  assert.match(check, /1 passed, 0 failed/);
  assert.deepEqual(page.errors, []);

  // A commune loads it on the start page and writes a report on it.
  const commune = await newPage(app.browser);
  await openApp(commune, app.server.url);
  await commune.setInputFiles('#nap-mau', file);
  await commune.getByRole('button', { name: 'Bắt đầu báo cáo: Báo cáo chuyển đổi số quý III' }).click();
  await commune.waitForSelector('.task-list');
  await commune.locator('.task-list a').nth(2).click();
  await commune.fill('#f-tong-so-ho-so', '1.686');
  await commune.fill('#f-ho-so-truc-tuyen', '1.644');
  await commune.fill('#f-ho-so-truc-tiep', '47');
  await commune.fill('#f-ty-le-ho-so-truc-tuyen', '97,51');
  await commune.getByText(/1\.644 \+ 47 = 1\.691/).first().waitFor();
  await commune.goto(commune.url().replace(/\/muc\/.*$/, '/xem-lai'));
  await commune.waitForSelector('iframe#van-ban');
  const [exported] = await Promise.all([
    commune.waitForEvent('download'),
    (async () => {
      await commune.getByRole('button', { name: 'Tải dữ liệu (.json)' }).click();
      await commune.getByRole('button', { name: 'Vẫn xuất tệp' }).click();
    })(),
  ]);
  const json = path.join(dir, exported.suggestedFilename());
  await exported.saveAs(json);
  const report = JSON.parse(fs.readFileSync(json, 'utf8'));
  assert.equal(report.template.id, 'bao-cao-chuyen-doi-so-quy-iii');
  const consistency = report.findings.filter((f) => f.kind === 'consistency').map((f) => f.key);
  assert.deepEqual(consistency, ['tong-so-ho-so-tong'], 'the sum rule fires, the stated rate 97,51 matches');
  assert.deepEqual(commune.errors, []);
  await commune.context().close();
  await page.context().close();
});

test('a new version of a built-in template keeps its id, asks before replacing work, and is accessible', async () => {
  const page = await newPage(app.browser);
  await openApp(page, `${app.server.url}soan-mau/`);
  await page.fill('#de-cuong', '1. Hạ tầng số\n2. Nhân lực số');
  await page.getByRole('button', { name: 'Tạo mẫu từ đề cương' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.section-list li').length === 2);
  // Replacing the work in progress asks first; refusing keeps it.
  await page.locator('.start summary').click();
  const value = await page.locator('#mau-co-san option', { hasText: 'Kết quả triển khai Kế hoạch số 02-KH/BCĐTW' }).getAttribute('value');
  await page.selectOption('#mau-co-san', value);
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Soạn phiên bản mới của mẫu này' }).click();
  assert.equal(await page.locator('.section-list li').count(), 2);
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Soạn phiên bản mới của mẫu này' }).click();
  await page.getByRole('heading', { name: 'Thông tin mẫu (phiên bản 2)' }).waitFor();
  assert.equal(await page.locator('.section-list li').count(), 7);
  const violations = (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(violations.map((v) => v.id), [], formatViolations(violations));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải tệp mẫu (.json)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'ke-hoach-02-v2.json');
  await screenshot(page, 'editor-new-version');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
