import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readJsonLines } from '../../../scripts/lib/json-lines';

describe('readJsonLines', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'json-lines-'));

  it('given blank lines and a line that is not JSON, when read, then values keep their line numbers and the bad line is named file:line, in order', () => {
    writeFileSync(path.join(root, 'a.jsonl'), '{"id":1}\n\n  \n{"id":\n[2]\n');
    const lines = readJsonLines(root, 'a.jsonl')!;
    expect(lines.map((l) => [l.where, l.ok])).toEqual([
      ['a.jsonl:1', true],
      ['a.jsonl:4', false],
      ['a.jsonl:5', true]
    ]);
    expect(lines[0]).toMatchObject({ line: 1, value: { id: 1 } });
    expect(lines[1]).toMatchObject({
      problem: expect.stringMatching(/^a\.jsonl:4: not valid JSON \(/)
    });
    expect(lines[2]).toMatchObject({ line: 5, value: [2] });
  });

  it('given a file that does not exist, when read, then it says so with null instead of throwing', () => {
    expect(readJsonLines(root, 'missing.jsonl')).toBeNull();
  });
});
