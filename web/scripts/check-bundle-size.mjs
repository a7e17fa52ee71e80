// After `vite build`: writes a .gz copy beside every text file (the gateway sends it to browsers
// that accept gzip), then checks the first load against the budget and prints the figure.
//
// "First load" = the JavaScript a browser must fetch before the first screen shows: the entry
// chunk with everything it imports statically, plus the chunks of the screens a visit lands on
// first (I dag, and Log ind for someone signed out), each with their static imports. Other screens
// are split into their own chunks and load when opened. Fails above BUDGET_KB (gzipped, 1 KB =
// 1000 bytes).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 250;
const FIRST_SCREENS = ['src/screens/today/TodayScreen.tsx', 'src/screens/login/LoginScreen.tsx'];

const web = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(web, 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;

// Pre-compressed copies.
const compressible = /\.(js|css|html|svg|json|txt|map)$/;
const walk = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '.vite' ? [] : walk(full);
    return [full];
  });
for (const file of walk(dist)) {
  if (compressible.test(file)) {
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  }
}

// The budget.
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('no entry in the Vite manifest');
for (const screen of FIRST_SCREENS) {
  if (!manifest[screen]) throw new Error(`${screen} is not a chunk of its own in the Vite manifest (is it lazy-loaded?)`);
}
const files = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
[entryKey, ...FIRST_SCREENS].forEach(visit);

const rows = [...files].filter((f) => f.endsWith('.js')).map((file) => ({ file, bytes: gzipSize(file) }));
rows.sort((a, b) => b.bytes - a.bytes);
const total = rows.reduce((sum, row) => sum + row.bytes, 0);
const allJs = Object.values(manifest)
  .map((chunk) => chunk.file)
  .filter((file, i, all) => file.endsWith('.js') && all.indexOf(file) === i)
  .reduce((sum, file) => sum + gzipSize(file), 0);

const kb = (bytes) => (bytes / 1000).toFixed(1);
console.log('web: first-load JavaScript (gzipped):');
for (const row of rows) console.log(`  ${kb(row.bytes).padStart(7)} KB  ${row.file}`);
console.log(`web: first load ${kb(total)} KB gzipped of a ${BUDGET_KB} KB budget (all screens together: ${kb(allJs)} KB)`);
if (total > BUDGET_KB * 1000) {
  console.error(`web: the first load is ${kb(total)} KB gzipped, above the ${BUDGET_KB} KB budget. Split the new code into a lazy route or drop a dependency.`);
  process.exit(1);
}
