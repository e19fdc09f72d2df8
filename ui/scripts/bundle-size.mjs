// Prints the gzipped size of what the first page load fetches (the JS and CSS index.html names)
// and fails the build when it passes the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 150 * 1024;
const out = 'target/classes/META-INF/resources';
const html = readFileSync(join(out, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

const initialSize = initial.reduce((sum, f) => sum + gz(f), 0);
const all = readdirSync(join(out, 'assets')).filter((f) => /\.(js|css)$/.test(f));
const allSize = all.reduce((sum, f) => sum + gz('assets/' + f), 0);
console.log(`bundle: initial JS+CSS ${kb(initialSize)} gzipped (${initial.length} files, budget ${kb(BUDGET)}); ` +
  `all JS+CSS incl. lazy chunks ${kb(allSize)} gzipped (${all.length} files)`);
if (initialSize > BUDGET) {
  console.error('bundle: the initial JS+CSS is over budget');
  process.exit(1);
}
