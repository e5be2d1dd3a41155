// Shared Playwright helpers: Debian's Chromium driven by playwright-core (from tools/node_modules),
// screenshots into tests/out/screenshots/, accessibility checks with axe-core.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from './server.mjs';

export { ROOT };
export const TOOLS = path.join(ROOT, 'tools', 'node_modules');
const requireTool = createRequire(path.join(TOOLS, 'noop.js'));
export const { chromium } = requireTool('playwright-core');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps trying to reach Google's hosts,
// which this offline test machine refuses.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
export const SCREENSHOTS = path.join(ROOT, 'tests', 'out', 'screenshots');

/** Launches headless Chromium. */
export function launch(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/**
 * A new page in a fresh context (own localStorage), Vietnamese locale, a typical office screen.
 * `page.errors` collects console errors, uncaught exceptions and failed requests, for asserting
 * `deepEqual(page.errors, [])` at the end of a test.
 */
export async function newPage(browser, { viewport = { width: 1280, height: 900 }, ...contextOptions } = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', viewport, ...contextOptions });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (msg) => {
    // Chromium asks for /favicon.ico on its own when the page declares no icon; not the app's doing.
    if (msg.type() === 'error' && !msg.location().url?.endsWith('/favicon.ico')) {
      page.errors.push(`console: ${msg.text()} (${msg.location().url ?? ''})`);
    }
  });
  page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => page.errors.push(`requestfailed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) page.errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return page;
}

/** Opens `url` and waits until the Yew app has rendered something into <body> (an <h1>). */
export async function openApp(page, url, { waitFor = 'h1' } = {}) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(waitFor, { timeout: 15000 });
  return page;
}

/** Full-page screenshot to tests/out/screenshots/<name>.png; returns the path. */
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Runs axe-core in the page and returns its violations (an empty array when none).
 * `options` go to axe.run, e.g. { runOnly: ['wcag2a', 'wcag2aa'] }.
 */
export async function axe(page, options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'best-practice'] } }) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ path: path.join(TOOLS, 'axe-core', 'axe.min.js') });
  const result = await page.evaluate((opts) => window.axe.run(document, opts), options);
  return result.violations;
}

/** A short human-readable summary of axe violations for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.impact ?? ''} ${v.id}: ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'))
    .join('\n');
}
