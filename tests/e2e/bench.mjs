// The benchmark behind docs/performance.md: `make bench` builds the release, then runs this.
// It prints figures (sizes; timings as medians and ratios); it asserts nothing.
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
export const BUDGET_GZIP = 100 * 1024;

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Every file in dist/ with its raw and gzip size, and whether the first load fetches it. */
export async function sizes() {
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  // The first load fetches what index.html links to: styles, the boot script, and the two
  // files it names (the JavaScript glue and the wasm). Not noscript.css, which only loads
  // without JavaScript.
  const fetched = new Set(['index.html']);
  // (The page may be minified: attributes in any order, quoted or not.)
  for (const [tag] of page.matchAll(/<(?:link|script)\b[^>]*>/g)) {
    const rel = /\brel="?([a-z]+)/.exec(tag)?.[1];
    const address = /\b(?:href|src|data-glue|data-wasm)="?\.\/([^"\s>]+)/g;
    if (tag.startsWith('<link') && !['stylesheet', 'modulepreload', 'preload'].includes(rel)) continue;
    for (const [, file] of tag.matchAll(address)) fetched.add(file);
  }
  const files = [];
  for (const name of (await readdir(dist)).sort()) {
    const bytes = await readFile(join(dist, name));
    files.push({ name, raw: bytes.length, gzip: gzip(bytes), firstLoad: fetched.has(name) });
  }
  return files;
}

function printSizes(files) {
  console.log('| file | raw KB | gzip KB | first load |');
  console.log('| --- | ---: | ---: | :---: |');
  for (const f of files) console.log(`| ${f.name} | ${kb(f.raw)} | ${kb(f.gzip)} | ${f.firstLoad ? 'yes' : ''} |`);
  const first = files.filter((f) => f.firstLoad);
  const total = first.reduce((sum, f) => sum + f.gzip, 0);
  const wasm = files.find((f) => f.name.endsWith('.wasm'));
  console.log(`\nFirst load: ${first.length} files, ${kb(total)} KB gzip, budget ${kb(BUDGET_GZIP)} KB (${((100 * total) / BUDGET_GZIP).toFixed(0)}% of budget)`);
  console.log(`WebAssembly alone: ${kb(wasm.raw)} KB raw, ${kb(wasm.gzip)} KB gzip`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printSizes(await sizes());
}
