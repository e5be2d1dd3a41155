// In-browser figures of the compilation page on the release build: 100 and 1 000 synthetic reports
// (tests/e2e/lib/reports.mjs) chosen at once, at full speed and with the CPU throttled 4× (CDP
// Emulation.setCPUThrottlingRate, an old office PC). Measured and printed, never compared with a time
// limit; the assertions only check that each measurement measured what it says (every file read, the
// table shown with one row per unit).
//   - read + validate + show: the input's change event → the table on screen with "Đã đọc N/N tệp";
//   - longest main-thread task while loading (PerformanceObserver "longtask"): how long the tab froze;
//   - memory once shown: JS heap (CDP Runtime.getHeapUsage after a GC) and the wasm linear memory.
// Figures also go to tests/out/perf-compile.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { appSuite } from './lib/suite.mjs';
import { ROOT, newPage } from './lib/browser.mjs';
import { writeSynthetic } from './lib/reports.mjs';

const figures = {};
const app = appSuite({
  onClose() {
    const out = path.join(ROOT, 'tests', 'out');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'perf-compile.json'), `${JSON.stringify(figures, null, 2)}\n`);
  },
});
const mb = (b) => Math.round((b / 1048576) * 10) / 10;

async function measure(files, throttle) {
  const page = await newPage(app.browser);
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__wasm = e.detail.wasm;
    });
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    document.addEventListener('change', () => {
      window.__chosen = performance.now();
      window.__longest = 0;
    }, true);
  });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${app.server.url}tong-hop/index.html`);
  await page.waitForSelector('#chon-tep');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const n = files.length;
  await page.setInputFiles('#chon-tep', files);
  const shown = await page.waitForFunction(
    (n) => {
      const done = document.querySelector('#tien-do')?.textContent.includes(`Đã đọc ${n}/${n} tệp`);
      return done && document.querySelector('#bang-chi-tieu tbody tr') ? performance.now() : 0;
    },
    n,
    { timeout: 280000, polling: 50 },
  );
  const ms = (await shown.jsonValue()) - (await page.evaluate(() => window.__chosen));
  const longest = await page.evaluate(() => window.__longest);
  const rows = await page.locator('#danh-sach-bao-cao tbody tr').count();
  assert.equal(rows, n, 'every report is listed');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? 0);
  assert.ok(wasm >= 65536, 'the wasm memory was found');
  await page.context().close();
  return { read_validate_show_ms: Math.round(ms), longest_task_ms: Math.round(longest), js_heap_mb: mb(heap.usedSize), wasm_memory_mb: mb(wasm) };
}

for (const count of [100, 1000]) {
  test(`compile ${count} reports at 1× and CPU 4×: time to show, longest freeze, memory`, async (t) => {
    const { files, remove } = writeSynthetic(count);
    try {
      for (const throttle of [1, 4]) {
        const f = await measure(files, throttle);
        figures[`${count}_reports_cpu_${throttle}x`] = f;
        t.diagnostic(
          `${count} reports, CPU ${throttle}×: read + validate + show ${f.read_validate_show_ms} ms, longest task ${f.longest_task_ms} ms; JS heap ${f.js_heap_mb} MB, wasm memory ${f.wasm_memory_mb} MB`,
        );
      }
    } finally {
      remove();
    }
  });
}
