/**
 * Every relative link in README.md and docs/*.md points at a file that exists
 * (anchors and external URLs are not checked).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pages = ['README.md', ...readdirSync(resolve(ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Relative link targets of a markdown text, outside fenced code blocks. */
export function relativeLinks(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const targets: string[] = [];
  for (const match of withoutCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
    targets.push(target.split('#')[0] ?? '');
  }
  return targets;
}

describe('relative links in the README and docs/', () => {
  it('finds links, and ignores code, URLs and anchors', () => {
    expect(relativeLinks('[a](docs/x.md) [b](https://e.org) [c](#top) `[d](no.md)` [e](y.md#part)')).toEqual(['docs/x.md', 'y.md']);
  });

  it.each(pages)('%s links only to files that exist', (page) => {
    const text = readFileSync(resolve(ROOT, page), 'utf8');
    const broken = relativeLinks(text).filter((target) => !existsSync(resolve(ROOT, dirname(page), target)));
    expect(broken).toEqual([]);
  });

  it('every docs page can be reached from the README by following links', () => {
    const reached = new Set<string>(['README.md']);
    const queue = ['README.md'];
    for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
      for (const target of relativeLinks(readFileSync(resolve(ROOT, page), 'utf8'))) {
        const path = relative(ROOT, resolve(ROOT, dirname(page), target));
        if (path.endsWith('.md') && pages.includes(path) && !reached.has(path)) {
          reached.add(path);
          queue.push(path);
        }
      }
    }
    expect(pages.filter((page) => !reached.has(page))).toEqual([]);
  });
});
