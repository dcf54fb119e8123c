// Checks that a restructured README lost no content: every table row, heading and
// (with --all) every non-empty line of the old README must appear in the new README
// or in some docs/*.md page, once relative links are rewritten for docs/ and heading
// levels are ignored.
//   node scripts/check-moved-content.mjs OLD_README.md [--all]
import { readFileSync, readdirSync } from 'node:fs';

const [oldPath, flag] = process.argv.slice(2);
if (!oldPath) {
  console.error('usage: node scripts/check-moved-content.mjs OLD_README.md [--all]');
  process.exit(2);
}
const normalize = (line) => line.replace(/^#+\s+/, '').replace(/\]\(docs\//g, '](').trim();
const targets = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const present = new Set(targets.flatMap((f) => readFileSync(f, 'utf8').split('\n').map(normalize)));
let checked = 0;
const missing = [];
for (const line of readFileSync(oldPath, 'utf8').split('\n')) {
  const isRowOrHeading = /^\s*(\||#)/.test(line);
  if (line.trim() === '' || (!isRowOrHeading && flag !== '--all')) continue;
  checked += 1;
  if (!present.has(normalize(line))) missing.push(line);
}
console.log(`${checked} lines checked, ${missing.length} missing`);
for (const line of missing) console.log(`missing: ${line}`);
process.exit(missing.length === 0 ? 0 : 1);
