import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh project root in a temporary directory holding these files, each given as its lines. */
export function aProjectWith(files: Record<string, string[]>, prefix = 'project-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [file, lines] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), lines.join('\n') + '\n');
  }
  return root;
}
