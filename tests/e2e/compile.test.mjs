// The compilation page (tổng hợp báo cáo) as the Sở's officer meets it: 20 exported reports chosen at
// once, a broken file added, the table and totals checked against sums computed here, the XLSX
// downloaded and read by openpyxl (its cells must equal the page's table), one report opened read-only.
// Screenshots: tests/out/screenshots/tong-hop-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage, openApp, screenshot, axe } from './lib/browser.mjs';
import { synthetic, vnInt, writeSynthetic } from './lib/reports.mjs';

const app = appSuite();
const OUT = path.join(ROOT, 'tests', 'out', 'compile');

/** The page's figure table as { header: [...], rows: [[unit, cell…]…], foot: {label: [cell…]} }. */
function readTable(page) {
  return page.evaluate(() => {
    const t = document.querySelector('#bang-chi-tieu');
    const text = (el) => el.innerText.replace(/\s*[⚠?]\s*$/u, '').trim();
    const header = [...t.querySelectorAll('thead th')].map((th) => th.innerText.replace(/\n/g, ' ').trim());
    const rows = [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
    const foot = Object.fromEntries(
      [...t.querySelectorAll('tfoot tr')].map((tr) => [tr.children[0].innerText.trim(), [...tr.children].slice(1).map((c) => c.innerText.trim())]),
    );
    return { header, rows, foot };
  });
}

test('20 reports at once: table, totals, XLSX equal to the table, one report opened', async () => {
  const { files, remove } = writeSynthetic(20);
  const broken = path.join(path.dirname(files[0]), 'bi-cat-ngan.json');
  fs.writeFileSync(broken, fs.readFileSync(files[0], 'utf8').slice(0, 300));
  const page = await newPage(app.browser);
  try {
    // The start page links to it.
    await openApp(page, app.server.url);
    await page.click('#mo-tong-hop');
    await page.waitForSelector('h1:text("Tổng hợp báo cáo")');
    await page.setInputFiles('#chon-tep', files);
    await page.waitForSelector('#tien-do:text("Đã đọc 20/20 tệp")');
    await page.waitForSelector('#bang-chi-tieu');
    // A second choice: the broken file is refused with its reason, the 20 stay.
    await page.setInputFiles('#chon-tep', [broken]);
    await page.waitForSelector('#tep-loi');
    const refused = await page.locator('#tep-loi').innerText();
    assert.match(refused, /Không đọc được 1 tệp/);
    assert.match(refused, /bi-cat-ngan\.json: Tệp JSON bị lỗi cú pháp ở dòng \d+, cột \d+/);
    assert.equal(await page.locator('#danh-sach-bao-cao tbody tr').count(), 20);

    // Who has not reported: a pasted list (numbered, one unit missing), kept across a reload.
    const list = ['1. Xã Thử Nghiệm 1', ...Array.from({ length: 19 }, (_, i) => `${i + 2}) xã thử nghiệm ${i + 2}`), '21. Xã Ba Tơ'].join('\n');
    await page.locator('#danh-sach-don-vi').fill(list);
    assert.match(await page.locator('#chua-bao-cao').innerText(), /^Chưa báo cáo \(1\): Xã Ba Tơ$/m);
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('bccds.expected-units'))), list);

    // A file dropped on the page is read like a chosen one (here a second copy of unit 1, older date).
    const older = synthetic(1);
    older.report.values.ngay = '01/01/2025';
    await page.evaluate((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'ban-cu-xa-1.json', { type: 'application/json' }));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, JSON.stringify(older));
    await page.waitForSelector('#trung-lap');
    assert.match(await page.locator('#trung-lap').innerText(), /Xã Thử Nghiệm 1 gửi 2 báo cáo .*không tính bản ngày 01\/01\/2025 \(tệp “ban-cu-xa-1\.json”\)/);
    assert.equal(await page.locator('#danh-sach-bao-cao tbody tr').count(), 21);
    assert.equal(await page.locator('#danh-sach-bao-cao tr.bo-qua').count(), 1);

    // One report type: the 4 copies of seed-000 (n = 5, 10, 15, 20 → seed 0).
    await page.selectOption('#loai-tong-hop', 'cds-6-thang');
    await page.waitForSelector('#bang-so-lieu:text("Kết quả chuyển đổi số 6 tháng")');
    const table = await readTable(page);
    assert.equal(table.rows.length, 4);
    const ns = [5, 10, 15, 20];
    assert.deepEqual(table.rows.map((r) => r[0]).sort(), ns.map((n) => `Xã Thử Nghiệm ${n}`).sort());
    const col = table.header.findIndex((h) => h.startsWith('Tổng số hồ sơ TTHC tiếp nhận'));
    assert.ok(col > 0, 'the hs-tong column is shown');
    const expected = ns.map((n) => vnInt(synthetic(n).report.values['hs-tong'])).reduce((a, b) => a + b, 0);
    const shown = table.foot['Tổng'][col - 1];
    assert.equal(vnInt(shown), expected, `total ${shown} = the sum of the four hs-tong values`);
    const online = ns.map((n) => vnInt(synthetic(n).report.values['hs-truc-tuyen'])).reduce((a, b) => a + b, 0);
    const rateCol = table.header.findIndex((h) => h.startsWith('Tỷ lệ hồ sơ tiếp nhận trực tuyến'));
    const rate = (Math.round((online / expected) * 10000) / 100).toFixed(2).replace('.', ',');
    assert.ok(table.foot['Tỷ lệ tính từ tổng số'][rateCol - 1].startsWith(`${rate}%`), `recomputed rate ${rate}%`);

    // XLSX: downloaded, read by openpyxl, its raw sheet equal to the table on the page.
    fs.mkdirSync(OUT, { recursive: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#xuat-xlsx')]);
    assert.match(download.suggestedFilename(), /^tong-hop-.*\.xlsx$/);
    const xlsx = path.join(OUT, 'tong-hop-e2e.xlsx');
    await download.saveAs(xlsx);
    const tableJson = path.join(OUT, 'tong-hop-e2e-table.json');
    fs.writeFileSync(tableJson, JSON.stringify(table));
    const verdict = execFileSync('python3', [path.join(ROOT, 'tests', 'export', 'xlsx_equals_table.py'), xlsx, tableJson], { encoding: 'utf8' });
    assert.match(verdict, /^PASS /m);

    // The chart of the figure chosen by its column header.
    await page.click(`#bang-chi-tieu thead th:nth-child(${col + 1}) button`);
    const bars = page.locator('#bieu-do svg rect');
    assert.equal(await bars.count(), 4);
    assert.deepEqual(await axe(page), []);
    await screenshot(page, 'tong-hop-trang');
    await page.locator('#bieu-do').screenshot({ path: path.join(ROOT, 'tests', 'out', 'screenshots', 'tong-hop-bieu-do.png') });

    // The printable summary, then one report opened read-only.
    await page.click('#xem-tong-hop');
    const summary = await page.locator('#trang-tong-hop').getAttribute('srcdoc');
    assert.match(summary, /SỞ KHOA HỌC VÀ CÔNG NGHỆ/);
    assert.match(summary, /TỔNG HỢP SỐ LIỆU/);
    await page.click('#bang-chi-tieu tbody tr:first-child th button');
    await page.waitForSelector('#xem-bao-cao iframe');
    const doc = await page.locator('#xem-bao-cao iframe').getAttribute('srcdoc');
    assert.match(doc, /ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM/);
    assert.match(doc, /BÁO CÁO/);
    await screenshot(page, 'tong-hop-xem-bao-cao');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
    remove();
  }
});

test('the compilation page works offline after one visit, with its own cache', async () => {
  const page = await newPage(app.browser);
  try {
    await openApp(page, `${app.server.url}tong-hop/index.html`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith('bccds-tong-hop-')));
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('h1:text("Tổng hợp báo cáo")');
    await page.setInputFiles('#chon-tep', [path.join(ROOT, 'tests', 'fixtures', 'seed-000.json')]);
    await page.waitForSelector('#bang-chi-tieu');
    assert.equal(await page.locator('#bang-chi-tieu tbody tr').count(), 1);
    // Only this page's files are in its cache; the commune's worker never listed them.
    const cached = await page.evaluate(async () => {
      const key = (await caches.keys()).find((k) => k.startsWith('bccds-tong-hop-'));
      return (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname.split('/').pop());
    });
    assert.ok(cached.includes('index.html') && cached.some((f) => f.startsWith('tong-hop-') && f.endsWith('.wasm')), cached.join(', '));
    const communeWorker = fs.readFileSync(path.join(ROOT, 'dist', 'sw.js'), 'utf8');
    const files = JSON.parse(communeWorker.match(/const FILES = (\[.*\]);/)[1]);
    assert.deepEqual(files.filter((f) => f.includes('tong-hop')), [], "the commune's worker does not pre-cache the compilation page");
  } finally {
    await page.context().close();
  }
});
