// End-to-end: the catalogue of cited documents — a document picked from the suggestions fills every
// column of its row (and "Hoàn tác" takes it back); a cited date that differs from the catalogue is
// flagged with the catalogue's date as a one-click fix (seed 004's real slip).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage, openApp, screenshot } from './lib/browser.mjs';

const app = appSuite();

test('a document picked from the suggestions fills all its columns', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.getByRole('button', { name: /^Bắt đầu báo cáo: Kết quả chuyển đổi số 6 tháng/ }).click();
  await page.waitForSelector('.task-list');
  await page.locator('.task-list a').first().click();
  await page.waitForSelector('#tieu-de-muc');
  if ((await page.locator('#f-can-cu-0-so-ky-hieu').count()) === 0) {
    await page.getByRole('button', { name: /^Thêm dòng vào/ }).first().click();
  }
  const symbol = page.locator('#f-can-cu-0-so-ky-hieu');
  await symbol.pressSequentially('57');
  const offered = page.locator('.suggestions button');
  await offered.first().waitFor();
  assert.equal(await offered.first().innerText(), 'Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị');
  // Typing on kept the box and its focus (the suggestions appear below it).
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-can-cu-0-so-ky-hieu');
  await screenshot(page, 'document-suggestions');
  await offered.first().click();
  const cell = (c) => page.locator(`#f-can-cu-0-${c}`).inputValue();
  assert.equal(await cell('loai'), 'Nghị quyết');
  assert.equal(await cell('so-ky-hieu'), '57-NQ/TW');
  assert.equal(await cell('ngay'), '22/12/2024');
  assert.equal(await cell('co-quan'), 'Bộ Chính trị');
  assert.equal(await cell('trich-yeu'), 'về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia');
  assert.equal(await page.locator('.suggestions').count(), 0, 'a filled row offers nothing more');
  // Picking is undoable: the row is as typed again.
  await page.locator('#hoan-tac').click();
  assert.equal(await cell('so-ky-hieu'), '57');
  assert.equal(await cell('ngay'), '');
  // Words of the title find a document too.
  await symbol.fill('');
  await page.locator('#f-can-cu-0-trich-yeu').pressSequentially('kinh tế số');
  await page.locator('.suggestions button', { hasText: '411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ' }).waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a cited date that differs from the catalogue is flagged and fixed in one click (seed 004)', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.setInputFiles('#mo-tep-bao-cao', path.join(ROOT, 'tests', 'fixtures', 'seed-004.json'));
  await page.waitForSelector('.task-list');
  const id = page.url().split('/bao-cao/')[1];
  await page.evaluate((h) => { location.hash = h; }, `#/bao-cao/${id}/muc/chi-dao`);
  await page.waitForSelector('#f-vb-cap-tren-0-ngay');
  const finding = page.locator('.field:has(#f-vb-cap-tren-0-ngay) .finding', { hasText: 'Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 22/12/2025.' });
  await finding.first().waitFor();
  await finding.first().getByRole('button', { name: 'Dùng 22/12/2024' }).click();
  assert.equal(await page.locator('#f-vb-cap-tren-0-ngay').inputValue(), '22/12/2024');
  await page.waitForFunction(() => !document.body.innerText.includes('báo cáo ghi 22/12/2025'));
  // The correct row 2 (03/NQ-CP ngày 09/01/2025) raises nothing.
  assert.equal(await page.locator('.field:has(#f-vb-cap-tren-1-ngay) .finding').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
