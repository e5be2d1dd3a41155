// Writes bao-cao-cds.html: the whole app in one file that opens by double-click from a folder, a USB
// stick or an e-mail attachment (file://), with no server and no network.
//
// Run by Trunk as a post_build hook (Trunk.toml) on the staging folder, or by hand on a built folder:
// `node scripts/single-file.mjs dist`. From file:// a page cannot fetch a neighbouring file, load
// `<script type=module src>` or register a service worker, but it can run inline scripts, import() a
// blob: URL and instantiate wasm from bytes. So the file holds:
//   - index.html as built, with the stylesheet inlined and the preload/manifest links dropped;
//   - the wasm-bindgen glue and the wasm, each as base64 of its gzip (the file is about 1.33 × the
//     gzipped wasm), inflated by the browser with DecompressionStream('gzip'); the glue is imported from
//     a blob: URL (any snippets/ it imports are kept as text, each turned into a blob: URL whose address
//     replaces the import specifier) and its init() gets the wasm as bytes.
// Routes are after "#", so they work from file:// as they are. The file is not part of what the service
// worker caches (scripts/gen-sw.mjs skips it); hosting dist/ offers it as a download.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const SINGLE_FILE = 'bao-cao-cds.html';

const dir = path.resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist');
const fail = (msg) => {
  console.error(`single-file: ${msg}`);
  process.exit(1);
};
const read = (name) => {
  const file = path.join(dir, name.replace(/^\.\//, ''));
  if (!fs.existsSync(file)) fail(`${file} not found (referenced by index.html)`);
  return fs.readFileSync(file);
};
// Attribute values in minified or plain HTML: href="x", href='x' or href=x.
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);

let html = read('index.html').toString('utf8');

// The glue and the wasm named by Trunk's loader script.
// (Minified or not: the script that imports a .js file and names a .wasm file.)
const loader = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].find(
  ([, body]) => /\bfrom\s*['"][^'"]+\.js['"]/.test(body) && /\.wasm['"]/.test(body),
);
if (!loader) fail('no wasm loader script (import init from "….js", init("….wasm")) in index.html');
const glueName = loader[1].match(/from\s*['"]([^'"]+\.js)['"]/)?.[1];
const wasmName = loader[1].match(/['"]([^'"]+\.wasm)['"]/)?.[1];
if (!glueName || !wasmName) fail('the loader script names no .js glue or no .wasm module');
let glue = read(glueName).toString('utf8');
const wasm = read(wasmName);

// snippets/ (JS that Rust crates ship with #[wasm_bindgen(module = …)] or inline_js): inlined as text.
const snippets = {};
for (const [, spec] of glue.matchAll(/(?:from|import)\s*['"](\.\/snippets\/[^'"]+)['"]/g)) {
  const text = read(path.posix.join(path.posix.dirname(glueName.replace(/^\.\//, '')), spec)).toString('utf8');
  if (/(?:from|import)\s*['"]\.\.?\//.test(text)) fail(`${spec} imports another file: not supported in the single file`);
  snippets[spec] = text;
}
const leftover = glue.match(/(?:from|import)\s*\(?\s*['"](\.\.?\/(?!snippets\/)[^'"]+)['"]/);
if (leftover) fail(`the glue imports ${leftover[1]}, which the single file cannot inline`);

// Text inside <script>: JSON with "<" escaped can never close the element.
const js = (value) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
// A debug build (trunk serve, run.sh --dev) has a wasm many times larger and is rebuilt often: fast gzip.
const level = process.env.TRUNK_PROFILE === 'debug' ? 1 : 9;
const gz = zlib.gzipSync(wasm, { level });
const gzip = (data) => (data === wasm ? gz : zlib.gzipSync(data, { level })).toString('base64');
const boot = `<script type="module">
// Single-file build (scripts/single-file.mjs): glue and wasm are inlined; nothing is fetched.
const glue = "${gzip(glue)}";
const snippets = ${js(snippets)};
const wasm = "${gzip(wasm)}";
const decode = (base64) => {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(base64);
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
};
const inflate = (base64) => new Blob([decode(base64)]).stream().pipeThrough(new DecompressionStream('gzip'));
const blobUrl = (text) => URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
// A Response typed application/wasm lets the glue compile while the wasm is still being inflated.
const module = new Response(inflate(wasm), { headers: { 'Content-Type': 'application/wasm' } });
let code = await new Response(inflate(glue)).text();
for (const [spec, text] of Object.entries(snippets)) code = code.split(spec).join(blobUrl(text));
const bindings = await import(blobUrl(code));
const instance = await bindings.default({ module_or_path: module });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
</script>`;

html = html.replace(loader[0], () => boot);
// The stylesheet(s), inlined; preloads of the glue and the wasm, the manifest (a fetch) and the icon
// file (the page has a data: icon) dropped.
html = html.replace(/<link\b[^>]*>/gi, (tag) => {
  const rel = (attr(tag, 'rel') ?? '').toLowerCase();
  const href = attr(tag, 'href') ?? '';
  if (rel === 'stylesheet') return `<style>${read(href).toString('utf8').replace(/<\/style/gi, '<\\/style')}</style>`;
  if (rel === 'modulepreload' || rel === 'preload' || rel === 'manifest') return '';
  if (href.startsWith('data:')) return tag;
  fail(`index.html links ${href} (rel=${rel}), which the single file does not inline`);
});
for (const tag of html.match(/<script\b[^>]*\bsrc\s*=[^>]*>/gi) ?? []) fail(`index.html loads a script file: ${tag}`);

const out = path.join(dir, SINGLE_FILE);
fs.writeFileSync(out, html);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `single-file: ${SINGLE_FILE} ${kb(Buffer.byteLength(html))} (wasm ${kb(wasm.length)}, gzipped ${kb(gz.length)}; ` +
    `glue ${kb(glue.length)}; ${Object.keys(snippets).length} snippets)`,
);
