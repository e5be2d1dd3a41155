// The flows that matter most, in headless Firefox ESR (puppeteer-core over WebDriver BiDi), against the
// hosted build (dist/ on 127.0.0.1, $BASE_URL) and against the single file (dist/bao-cao-cds.html) opened
// from file:// with Firefox's default file-origin policy: start a report, type with an error, reload,
// review, export JSON and HTML and re-open both, print the exported document to PDF; from file:// also
// load a template file. No console error,
// no request outside the app. From file://, Firefox keeps storage per file path: a copy of the file
// elsewhere starts empty, the app says so, and the saved copy of the draft restores everything there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { templateFile } from '../e2e/lib/suite.mjs';
import { ROOT } from '../e2e/lib/browser.mjs';
import { firefoxSuite, newFirefoxPage, downloads, clickButton, textOf } from '../e2e/lib/firefox.mjs';
import { storedValues } from '../e2e/lib/drafts.mjs';

const template = templateFile('cds-6-thang');
const app = firefoxSuite();

/** Requests that leave the app: anything but its own address (hosted) or file (file://). */
function foreign(page, base) {
  return page.requests.filter((u) => !u.startsWith(base) && !/^(blob|data):/.test(u));
}

/** Opens `url`, re-opens the exported `file` there; returns the page (the draft's overview). */
async function reopen(url, file) {
  const page = await newFirefoxPage(app.browser);
  await page.goto(url);
  await page.waitForSelector('h1');
  const input = await page.waitForSelector('#mo-tep-bao-cao');
  await input.uploadFile(file);
  await page.waitForSelector('.task-list');
  return page;
}

/** Start → type with an error → reload → review → export JSON and HTML → files on disk. */
async function writeAndExport(url, label) {
  const page = await newFirefoxPage(app.browser);
  await page.goto(url);
  await page.waitForSelector('h1');
  await clickButton(page, `Bắt đầu báo cáo: ${template.name}`);
  await page.waitForSelector('.task-list');
  await (await page.$$('.task-list a'))[3].click();
  await page.waitForSelector('#f-hs-tong');
  await page.type('#f-hs-tong', '1.686');
  await page.type('#f-hs-truc-tuyen', '1.700');
  await textOf(page, '.error-summary', /\(1\.700\) lớn hơn tổng số hồ sơ TTHC tiếp nhận \(1\.686\)/);
  assert.equal(await page.$eval('#f-hs-truc-tuyen', (e) => e.getAttribute('aria-invalid')), 'true');

  await page.reload();
  await page.waitForSelector('#f-hs-tong');
  assert.equal(await page.$eval('#f-hs-tong', (e) => e.value), '1.686', `${label}: kept over a reload`);
  assert.equal(await page.$eval('#f-hs-truc-tuyen', (e) => e.value), '1.700');

  await page.evaluate(() => {
    location.hash = location.hash.replace(/\/muc\/.*$/, '/xem-lai');
  });
  await page.waitForSelector('iframe#van-ban');
  const review = await page.$eval('main', (e) => e.innerText);
  assert.match(review, /Xem lại và xuất báo cáo/);
  assert.match(review, /lớn hơn tổng số hồ sơ/);
  // "In ngay" prints the document frame: its window must be reachable (from file:// too).
  assert.ok(
    await page.$eval('#van-ban', (f) => /BÁO CÁO/.test(f.contentWindow.document.body.innerText)),
    `${label}: the document frame is readable for printing`,
  );
  for (const button of ['Tải dữ liệu (.json)', 'Tải văn bản để in (.html)']) {
    await clickButton(page, button);
    await clickButton(page, 'Vẫn xuất tệp');
  }
  const files = {};
  for (const d of await downloads(page)) {
    const ext = path.extname(d.name).slice(1);
    assert.match(d.name, new RegExp(`^bao-cao-cds-6-thang.*\\.${ext}$`));
    files[ext] = path.join(app.tmp, `${label}.${ext}`);
    fs.writeFileSync(files[ext], d.text);
  }
  assert.deepEqual(Object.keys(files).sort(), ['html', 'json']);
  assert.equal(JSON.parse(fs.readFileSync(files.json, 'utf8')).report.values['hs-tong'], '1.686');
  return { page, files, values: await storedValues(page), review };
}

/** Prints an exported document to PDF in Firefox; A4 pages, the text as written; page numbers? */
async function printToPdf(htmlFile, label) {
  const page = await newFirefoxPage(app.browser);
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForSelector('body');
  const pdfFile = path.join(app.tmp, `${label}.pdf`);
  fs.writeFileSync(pdfFile, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.browserContext().close();
  const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
  assert.match(info, /Page size:\s+59[56](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/, info);
  const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
  const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  assert.match(text, /BÁO CÁO/);
  // The document puts "2", "3"… at the top of every page after the first (@page @top-center).
  const tops = text.split('\f').slice(1, pages).map((p) => p.trim().split('\n')[0].trim());
  return { pages, text, numbered: pages > 1 && tops.every((line, i) => line === String(i + 2)) };
}

test('Firefox, hosted build: start, type with an error, reload, review, export and re-open JSON and HTML, print', async (t) => {
  const { page, files, values, review } = await writeAndExport(app.server.url, 'hosted');
  for (const file of [files.json, files.html]) {
    const again = await reopen(app.server.url, file);
    assert.deepEqual(await storedValues(again), values, `re-opened ${path.basename(file)}`);
    assert.deepEqual(again.errors, []);
    await again.browserContext().close();
  }
  // Printing needs a document of several pages: the largest seed report, exported from the app.
  const seed = await reopen(app.server.url, path.join(ROOT, 'tests', 'fixtures', 'seed-002.json'));
  await seed.evaluate(() => {
    location.hash += '/xem-lai';
  });
  await seed.waitForSelector('iframe#van-ban');
  await clickButton(seed, 'Tải văn bản để in (.html)');
  await clickButton(seed, 'Vẫn xuất tệp');
  const seedHtml = path.join(app.tmp, 'seed-002.html');
  fs.writeFileSync(seedHtml, (await downloads(seed))[0].text);
  await seed.browserContext().close();
  const pdf = await printToPdf(seedHtml, 'seed-002');
  assert.ok(pdf.pages > 1, `seed-002 prints on ${pdf.pages} pages`);
  assert.match(pdf.text, /XÃ ĐĂK LONG\s+Độc lập - Tự do - Hạnh phúc/);
  t.diagnostic(`Firefox print: ${pdf.pages} A4 pages, page numbers ${pdf.numbered ? 'printed' : 'not printed (no @page margin boxes)'}`);
  // The review page says so exactly when Firefox prints no page numbers.
  assert.equal(/Firefox không in số trang/.test(review), !pdf.numbered, review);
  assert.deepEqual(page.errors, []);
  assert.ok(page.requests.some((u) => u.endsWith('.wasm')), `requests are seen: ${page.requests}`);
  assert.deepEqual(foreign(page, app.server.url), []);
  await page.browserContext().close();
});

test('Firefox, the single file from file://: works with no server; a copy elsewhere starts empty and the saved copy restores it', async () => {
  const url = app.singleFileAt('Desktop/bao-cao-cds.html');
  const { page, files, values } = await writeAndExport(url, 'file');
  // Firefox keeps this file's storage to itself: the app says so, and saving a copy is one click away.
  await page.evaluate(() => {
    location.hash = '#/';
  });
  await textOf(page, '.file-notice', /Firefox chỉ giữ bản nháp cho đúng tệp này ở đúng chỗ này/);
  // The Sở's pages are not in the file: said instead of linked.
  await textOf(page, '#trang-cua-so', /không có trong tệp này/);
  assert.equal(await page.$$eval('#mo-tong-hop, #mo-soan-mau', (l) => l.length), 0);
  await page.click('#luu-ban-sao');
  const copy = (await downloads(page)).at(-1);
  assert.match(copy.name, /^bao-cao-cds-6-thang.*\.json$/);
  const copyFile = path.join(app.tmp, 'ban-sao.json');
  fs.writeFileSync(copyFile, copy.text);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(foreign(page, url), [], 'no request besides the file itself');

  // The same file under another name (re-downloaded, moved), in the same browser: no drafts there;
  // the saved copy brings everything back.
  const moved = app.singleFileAt('USB/bao-cao-cds (1).html');
  const there = await page.browserContext().newPage();
  await there.goto(moved);
  await textOf(there, 'main', /Chưa có bản nháp nào\./);
  await textOf(there, '.file-notice', /Firefox chỉ giữ bản nháp cho đúng tệp này/);
  await (await there.waitForSelector('#mo-tep-bao-cao')).uploadFile(copyFile);
  await there.waitForSelector('.task-list');
  assert.deepEqual(await storedValues(there), values, 'the saved copy restores the draft in the moved file');
  await page.browserContext().close();

  // A template file from the province loads from file:// too, and stays after a reload.
  const withTemplate = await newFirefoxPage(app.browser);
  await withTemplate.goto(moved);
  const newTemplate = path.join(app.tmp, 'mau-moi.json');
  fs.writeFileSync(newTemplate, JSON.stringify({ ...template, id: 'mau-moi', name: 'Mẫu mới của Sở' }));
  await (await withTemplate.waitForSelector('#nap-mau')).uploadFile(newTemplate);
  await withTemplate.waitForSelector('::-p-aria([name="Bắt đầu báo cáo: Mẫu mới của Sở"][role="button"])');
  await withTemplate.reload();
  await withTemplate.waitForSelector('::-p-aria([name="Bắt đầu báo cáo: Mẫu mới của Sở"][role="button"])');
  assert.deepEqual(withTemplate.errors, []);
  await withTemplate.browserContext().close();

  for (const file of [files.json, files.html]) {
    const again = await reopen(moved, file);
    assert.deepEqual(await storedValues(again), values, `re-opened ${path.basename(file)} in the moved copy`);
    assert.deepEqual(again.errors, []);
    assert.deepEqual(foreign(again, moved), []);
    await again.browserContext().close();
  }
});
