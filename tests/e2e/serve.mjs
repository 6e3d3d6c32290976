// A small static server for the end-to-end tests and the benchmark: serves `dist/` with the
// right content types, gzip-compressed as any real host would, optionally under the strict
// headers the release ships for hosts that read them (its `_headers`: the Content-Security-Policy
// from PRODUCT.md among them), and serves test host pages from `tests/e2e/hosts/` under `/hosts/`.
// Without `--csp` it is a host that ignores `_headers`: the pages' own meta policy is all there is.
//
//   node tests/e2e/serve.mjs [--port 8090] [--dist dist] [--csp]

import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const port = Number(option('--port', '8090'));
const dist = resolve(option('--dist', join(here, '..', '..', 'dist')));
const hosts = join(here, 'hosts');

// The headers the build ships in `_headers` (from docs/_headers), read as Netlify and Cloudflare
// read them, so the tests run under exactly what is deployed: a rule is a path, where `*`
// matches anything, and its indented headers; every rule that matches a path adds its headers,
// and a header two rules give has both values, joined by a comma.
function readHeaderRules(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`), headers: [] });
    else if (/^\s+\S+:/.test(line) && rules.length) rules.at(-1).headers.push(line.trim().split(/:\s*(.*)/).slice(0, 2));
  }
  return rules;
}
const rules = args.includes('--csp') ? readHeaderRules(readFileSync(join(dist, '_headers'), 'utf8')) : [];
if (args.includes('--csp') && !rules.some((rule) => rule.headers.some(([name]) => name === 'Content-Security-Policy'))) {
  throw new Error(`${dist}/_headers has no Content-Security-Policy`);
}

/** The headers the `_headers` rules give a path (a folder's path as its index.html's). */
function headersFor(path) {
  const given = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path) && !(path.endsWith('/') && rule.pattern.test(`${path}index.html`))) continue;
    for (const [name, value] of rule.headers) given[name.toLowerCase()] = given[name.toLowerCase()] ? `${given[name.toLowerCase()]}, ${value}` : value;
  }
  return given;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const [root, rest] = urlPath.startsWith('/hosts/') ? [hosts, urlPath.slice('/hosts/'.length)] : [dist, urlPath.slice(1)];
  const path = normalize(join(root, decodeURIComponent(rest)));
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    return info.isDirectory() ? join(path, 'index.html') : path;
  } catch {
    return null;
  }
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const path = await fileFor(url.pathname);
  let body;
  try {
    body = path && (await readFile(path));
  } catch {
    body = null;
  }
  if (!body) {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not found');
    return;
  }
  // As deployed for the page (docs/deploying.md): the browser checks each time, and the page
  // can still go into the back/forward cache, which `no-store` would forbid.
  const headers = { 'content-type': TYPES[extname(path)] || 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
  if (!url.pathname.startsWith('/hosts/')) Object.assign(headers, headersFor(url.pathname));
  if (/\bgzip\b/.test(request.headers['accept-encoding'] || '')) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  response.writeHead(200, headers);
  response.end(body);
});

server.listen(port, '0.0.0.0', () => console.log(`serving ${dist} on http://127.0.0.1:${port}/`));
