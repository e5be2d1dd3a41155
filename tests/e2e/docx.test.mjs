// End-to-end: the review page's Word download is a real .docx (a zip whose word/document.xml
// carries the report), named like the other exports, after the same open-findings warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage, openApp } from './lib/browser.mjs';

const app = appSuite();

/** Entries of a stored (uncompressed) zip: name → Buffer, from the local headers. */
function unzipStored(buf) {
  const entries = new Map();
  let i = 0;
  while (buf.readUInt32LE(i) === 0x04034b50) {
    const method = buf.readUInt16LE(i + 8);
    const size = buf.readUInt32LE(i + 18);
    const nameLen = buf.readUInt16LE(i + 26);
    const extra = buf.readUInt16LE(i + 28);
    const name = buf.subarray(i + 30, i + 30 + nameLen).toString('utf8');
    const start = i + 30 + nameLen + extra;
    assert.equal(method, 0, `${name} is stored`);
    entries.set(name, buf.subarray(start, start + size));
    i = start + size;
  }
  assert.equal(buf.readUInt32LE(buf.length - 22), 0x06054b50, 'end of central directory');
  return entries;
}

test('“Tải bản Word (.docx)” downloads the report as a Word file', async () => {
  const page = await newPage(app.browser);
  await openApp(page, app.server.url);
  await page.setInputFiles('#mo-tep-bao-cao', path.join(ROOT, 'tests', 'fixtures', 'seed-002.json'));
  await page.waitForSelector('.task-list');
  await page.goto(page.url() + '/xem-lai');
  await page.waitForSelector('iframe#van-ban');
  // The period every "năm {nam}" of the template prints, said plainly.
  assert.equal(
    await page.locator('#ky-bao-cao').innerText(),
    'Kỳ báo cáo: năm 2025 (theo ngày báo cáo; sửa ở mục “Thông tin văn bản” nếu khác).',
  );
  await page.getByRole('button', { name: 'Tải bản Word (.docx)' }).click();
  // The seed has open errors: the same warning as for HTML and JSON comes first.
  const warning = page.locator('.banner.warning');
  await warning.waitFor();
  assert.match(await warning.innerText(), /Báo cáo còn \d+ lỗi chưa sửa\./);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Vẫn xuất tệp' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'bao-cao-cds-nam-ke-hoach-2025-xa-dak-long.docx');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-')), download.suggestedFilename());
  await download.saveAs(file);
  const entries = unzipStored(fs.readFileSync(file));
  assert.ok(entries.has('[Content_Types].xml') && entries.has('word/styles.xml') && entries.has('word/header1.xml'));
  const types = entries.get('[Content_Types].xml').toString('utf8');
  assert.match(types, /application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml/);
  const xml = entries.get('word/document.xml').toString('utf8');
  assert.match(xml, />ỦY BAN NHÂN DÂN<\/w:t><w:br\/><w:t xml:space="preserve">XÃ ĐĂK LONG<\/w:t>/);
  assert.match(xml, />Đăk Long, ngày 14 tháng 11 năm 2025<\/w:t>/);
  assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"\/>/);
  // The signed copy carries no open findings.
  assert.doesNotMatch(xml, /BẢN CHƯA HOÀN THIỆN/);
  assert.match(await page.locator('.banner.info[role=status]').last().innerText(), /Đã tạo tệp bao-cao-cds-nam-ke-hoach-2025-xa-dak-long\.docx\./);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
