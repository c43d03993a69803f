/**
 * The project carries its own design (docs/design.md#business): every reference to a section of a
 * page in docs/ (`docs/routing.md#2-triage-segment-topic-issue-type` in a comment, or a Markdown link
 * with an anchor) opens a heading that exists, and nothing points outside the repository (a design
 * note that is not in it, an issue number).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';

const root = repoRoot();

/** Tracked text files: what a clone holds, without node_modules or generated folders. */
function trackedTextFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(root, file)));
  return listed.filter(
    (file) => !/\.(png|jpe?g|gif|ico|jar|zip|woff2?)$/i.test(file) && file !== 'package-lock.json'
  );
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    for (const id of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id[1]!);
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

interface Reference {
  from: string;
  page: string;
  anchor: string;
}

/** `docs/<page>.md#<heading>` anywhere, and `[text](relative.md#anchor)` / `[text](#anchor)` in Markdown. */
function referencesIn(file: string, text: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(/(?<![\w/.-])(docs\/[\w/-]+\.md)#([\w-]+)/g))
    found.push({ from: file, page: match[1]!, anchor: match[2]! });
  if (file.endsWith('.md'))
    for (const match of text.matchAll(/\]\(([^)\s#:]*\.md)?#([^)\s]+)\)/g)) {
      const page = match[1]
        ? path.posix.normalize(path.posix.join(path.posix.dirname(file), match[1]))
        : file;
      found.push({ from: file, page, anchor: match[2]! });
    }
  return found;
}

const files = trackedTextFiles();
const texts = new Map(files.map((file) => [file, readFileSync(path.join(root, file), 'utf8')]));

describe('references into the docs', () => {
  it('given the slug rules, when a heading has punctuation, code or a repeat, then its anchor is GitHub’s', () => {
    const anchors = anchorsOf(
      '# Top\n## 3a. The complaint invariant, below the table\n## `npm run route` contract\n```\n# not a heading\n```\n## Top\n'
    );
    expect([...anchors]).toEqual([
      'top',
      '3a-the-complaint-invariant-below-the-table',
      'npm-run-route-contract',
      'top-1'
    ]);
  });

  it('given every docs/*.md#anchor reference in the repository, then the page has that heading', () => {
    const references = files.flatMap((file) => referencesIn(file, texts.get(file)!));
    expect(references.filter((r) => r.page.startsWith('docs/')).length).toBeGreaterThan(20);
    const anchorCache = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const ref of references) {
      if (!anchorCache.has(ref.page)) {
        const page = path.join(root, ref.page);
        anchorCache.set(
          ref.page,
          existsSync(page) ? anchorsOf(readFileSync(page, 'utf8')) : new Set()
        );
      }
      if (!anchorCache.get(ref.page)!.has(ref.anchor))
        broken.push(`${ref.from}: ${ref.page}#${ref.anchor}`);
    }
    expect(broken).toEqual([]);
  });

  it('given every tracked file, then none points to a design note outside the repository or to an issue number', () => {
    const outside: string[] = [];
    for (const [file, text] of texts) {
      // Labelled customer messages are data written as customers write (a newsletter number), not references.
      if (file.endsWith('.jsonl')) continue;
      text.split('\n').forEach((line, index) => {
        const where = `${file}:${index + 1}`;
        // A design page is only ever this repository's docs/design.md (relative from inside docs/).
        for (const match of line.matchAll(/(?<![\w-])([\w./-]*)design\.md/g))
          if (match[1] !== 'docs/' && !(file.startsWith('docs/') && match[1] === ''))
            outside.push(`${where}: ${match[0]}`);
        if (/\/work\/|shared\/design|\u00a7/.test(line)) outside.push(`${where}: outside path`);
        if (/\bissues? ?#?\d+\b|\bissue \d+'s\b|(?<![\w&/])#1\d\b(?![\w-])/i.test(line))
          outside.push(`${where}: issue number`);
      });
    }
    expect(outside).toEqual([]);
  });
});
