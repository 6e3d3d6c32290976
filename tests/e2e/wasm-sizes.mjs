// What the explorer's WebAssembly is made of: function bodies grouped by the crate their names
// come from, and the static data. Release wasm has no names, so build one that keeps them:
//
//   wasm-bindgen --keep-debug --target web --out-dir /tmp/named \
//     target/wasm32-unknown-unknown/release/adversity-cycle.wasm
//   wasm-opt -Oz -g /tmp/named/adversity-cycle_bg.wasm -o /tmp/named/opt.wasm
//   node tests/e2e/wasm-sizes.mjs /tmp/named/opt.wasm
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
let at = 8;
const leb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
};
const text = (length) => bytes.toString('utf8', at, (at += length));

let imported = 0;
const bodies = [];
const names = new Map();
let data = 0;
while (at < bytes.length) {
  const id = bytes[at++];
  const end = leb() + at;
  if (id === 2) {
    // Imported functions come first in the function index space.
    for (let n = leb(); n > 0; n--) {
      text(leb());
      text(leb());
      const kind = bytes[at++];
      if (kind === 0) (leb(), imported++);
      else if (kind === 1) (at++, bytes[at++] & 1 ? (leb(), leb()) : leb());
      else if (kind === 2) (bytes[at++] & 1 ? (leb(), leb()) : leb());
      else at += 2;
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const start = at;
      const size = leb();
      bodies.push(size + at - start);
      at += size;
    }
  } else if (id === 11) {
    data = end - at;
  } else if (id === 0 && text(leb()) === 'name') {
    while (at < end) {
      const sub = bytes[at++];
      const subEnd = leb() + at;
      if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), text(leb()));
      at = subEnd;
    }
  }
  at = end;
}

// The first path in the name: `yew::…`, `<char as core[…]::fmt::Debug>::fmt` is core's.
const crate = (name) => /([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name)?.[1] ?? 'other';
const byCrate = new Map();
bodies.forEach((size, i) => {
  const name = crate(names.get(imported + i) ?? '');
  byCrate.set(name, (byCrate.get(name) ?? 0) + size);
});
const kb = (n) => (n / 1024).toFixed(1);
console.log(`${bytes.length} bytes in all (with names); code ${kb(bodies.reduce((a, b) => a + b, 0))} KB, static data ${kb(data)} KB`);
for (const [name, size] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${kb(size).padStart(7)} KB  ${name}`);
