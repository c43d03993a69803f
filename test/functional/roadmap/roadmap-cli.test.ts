/** `npm run roadmap` as a process: writing, --check and its exit status. */
import { runCliSync } from '../../builders/cli';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const roadmap = (args: string[]) => runCliSync('roadmap', args);

describe('npm run roadmap', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'roadmap-cli-'));

  it('given an empty folder outside the repository, when checked, then it exits 1 and names every missing page by its full path, never ../../', () => {
    const result = roadmap(['--check', '--out', out]);
    expect(result.status).toBe(1);
    for (const page of ['index.md', 'phone.md', 'email.md', 'chat.md'])
      expect(result.stderr).toContain(`differs or missing: ${out}/${page}`);
    expect(result.stderr).not.toContain('../');
  });

  it('given the committed road map, when checked, then it is named relative to the repository', () => {
    const result = roadmap(['--check']);
    expect(result.stdout).toBe('roadmap: docs/roadmap is up to date (4 pages)\n');
    expect(result.status).toBe(0);
  });

  it('given a folder, when generated, then it writes the four pages and a check then passes', () => {
    const written = roadmap(['--out', out]);
    expect(written.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['chat.md', 'email.md', 'index.md', 'phone.md']);
    const checked = roadmap(['--check', '--out', out]);
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('is up to date (4 pages)');
  });

  it('given a folder that cannot be made (a file in its path), when generated, then it says so in one line, exit 1', () => {
    const file = path.join(out, 'a-file');
    writeFileSync(file, 'not a folder');
    const result = roadmap(['--out', path.join(file, 'pages')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^roadmap: --out ${file}/pages: cannot write the pages there \\(ENOTDIR[^\\n]*\\)\\.\\n$`
      )
    );
  });

  it('given an unknown flag, when run, then it exits 1 with a pointer to --help', () => {
    const result = roadmap(['--nope']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--help');
  });
});
