// One app server and one browser shared by the tests of a file: `const app = appSuite();` then
// `app.server.url`, `newPage(app.browser)`. Registers node:test's before/after hooks.
import { before, after } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { appServer } from './server.mjs';
import { ROOT, launch } from './browser.mjs';

export function appSuite({ onClose } = {}) {
  const app = {};
  before(async () => {
    app.server = await appServer();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
    await onClose?.();
  });
  return app;
}

/** A template file of templates/, parsed. */
export function templateFile(id) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'templates', `${id}.json`), 'utf8'));
}
