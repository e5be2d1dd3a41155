// Opens the exported hostile report in headless Chromium and checks that it is harmless:
// no dialog, no console message, no page error, no request other than the file itself,
// no element that could run code, and the hostile strings visible as text.
// Prints "PASS …"/"FAIL …" lines; exits non-zero on any failure.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'tools', 'package.json'));
const { chromium } = require('playwright-core');

const file = path.join(root, 'tests', 'out', 'export', process.argv[2] || 'hostile.html');
const url = pathToFileURL(file).href;
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</style>',
  '"><svg onload=alert(1)>',
  '</script><script>alert(1)</script>',
];

let failed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`);
  if (!ok) failed++;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const dialogs = [];
  const consoleMessages = [];
  const pageErrors = [];
  const requests = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(500);

  const info = await page.evaluate(() => {
    const scripts = [...document.querySelectorAll('script')].map((s) => ({ type: s.type, id: s.id }));
    const bad = [...document.querySelectorAll('img, svg, iframe, object, embed, link, a, form, input, base')].map((e) => e.outerHTML);
    const handlers = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) handlers.push(`${el.tagName} ${a.name}`);
    }
    return {
      text: document.body.innerText,
      scripts,
      bad,
      handlers,
      styles: document.querySelectorAll('style').length,
      bodyVisible: getComputedStyle(document.body).display !== 'none',
      title: document.title,
      lang: document.documentElement.lang,
    };
  });

  check(dialogs.length === 0, `no dialog (${JSON.stringify(dialogs)})`);
  check(consoleMessages.length === 0, `no console message (${JSON.stringify(consoleMessages)})`);
  check(pageErrors.length === 0, `no page error (${JSON.stringify(pageErrors)})`);
  check(requests.length === 1 && requests[0] === url, `no request but the file itself (${JSON.stringify(requests)})`);
  check(info.scripts.length === 1 && info.scripts[0].type === 'application/json' && info.scripts[0].id === 'bao-cao-du-lieu',
    `only the JSON data block is a script (${JSON.stringify(info.scripts)})`);
  check(info.bad.length === 0, `no img/svg/iframe/link/… element (${JSON.stringify(info.bad)})`);
  check(info.handlers.length === 0, `no event-handler attribute (${JSON.stringify(info.handlers)})`);
  check(info.styles === 1 && info.bodyVisible, 'one style element, body visible');
  check(info.lang === 'vi', 'html lang="vi"');
  for (const h of HOSTILE) check(info.text.includes(h), `visible as text: ${h}`);
  const data = await page.evaluate(() => JSON.parse(document.getElementById('bao-cao-du-lieu').textContent));
  check(data.kind === 'bao-cao-chuyen-doi-so' && JSON.stringify(data.report).includes(HOSTILE[4]), 'embedded data parses and keeps the text');
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
