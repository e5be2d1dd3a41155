// Manual look: `node tests/e2e/lib/look.mjs` takes screenshots of the main pages into tests/out/screenshots/.
import { launch, newPage, SCREENSHOTS } from './browser.mjs';
import { startServer } from './server.mjs';
import fs from 'node:fs';

const server = await startServer();
const browser = await launch();
const page = await newPage(browser, { viewport: { width: 1366, height: 768 } });
fs.mkdirSync(SCREENSHOTS, { recursive: true });
await page.goto(server.url);
await page.waitForSelector('h1');
await page.screenshot({ path: `${SCREENSHOTS}/look-start.png`, fullPage: true });
await page.locator('.cards .card button').first().click();
await page.waitForSelector('.task-list');
await page.screenshot({ path: `${SCREENSHOTS}/look-overview.png`, fullPage: true });
await page.locator('.task-list a').nth(1).click();
await page.waitForSelector('form.section-form');
await page.screenshot({ path: `${SCREENSHOTS}/look-section.png`, fullPage: true });
console.log(page.errors);
await browser.close();
await server.close();
