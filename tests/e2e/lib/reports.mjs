// Synthetic export files for the compilation tests: the five seed fixtures copied for other units,
// every whole number among their top-level values scaled by a per-unit factor, wrapped in the export
// envelope as the app writes it. Written into a fresh temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './server.mjs';
import { templateFile } from './suite.mjs';

export const SEEDS = [0, 1, 2, 3, 4].map((n) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'tests', 'fixtures', `seed-00${n}.json`), 'utf8')),
);
const names = Object.fromEntries(SEEDS.map((s) => [s.template_id, templateFile(s.template_id).name]));

/** "1.686" → 1686; null when the text is not a whole number written the Vietnamese way. */
export function vnInt(text) {
  return typeof text === 'string' && /^\d{1,3}(\.\d{3})*$/.test(text) ? Number(text.replaceAll('.', '')) : null;
}
/** 1686 → "1.686". */
export function vnFormat(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** The n-th synthetic report (seed n mod 5, factor (60 + n·37 mod 81) %). */
export function synthetic(n) {
  const seed = SEEDS[n % 5];
  const factor = 60 + ((n * 37) % 81);
  const values = {};
  for (const [k, v] of Object.entries(seed.values)) {
    const i = k === 'so' ? null : vnInt(v);
    values[k] = i === null ? v : vnFormat(Math.round((i * factor) / 100));
  }
  values['co-quan-ban-hanh'] = `ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM ${n}`;
  values['dia-danh'] = `Thử Nghiệm ${n}`;
  const report = { ...seed, id: `${seed.id}-${n}`, values };
  return {
    format: 1,
    kind: 'bao-cao-chuyen-doi-so',
    exported_at: '2025-12-01T08:00:00Z',
    template: { id: seed.template_id, version: seed.template_version, name: names[seed.template_id] },
    report,
    findings: [],
  };
}

/** Writes `count` synthetic export files; returns their paths. */
export function writeSynthetic(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bccds-tong-hop-'));
  const files = [];
  for (let n = 1; n <= count; n++) {
    const file = path.join(dir, `bao-cao-xa-thu-nghiem-${n}.json`);
    fs.writeFileSync(file, JSON.stringify(synthetic(n), null, 2));
    files.push(file);
  }
  return { dir, files, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
