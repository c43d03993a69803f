/** The Apex source of a project: every .cls and .trigger under its source folders. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { allSourceDirectories } from '../lib/project';

const SKIP_DIRS = new Set(['node_modules', '.sfdx', '.sf', '__tests__']);

export function isApexFile(file: string): boolean {
  return file.endsWith('.cls') || file.endsWith('.trigger');
}

/** Files under `dir` (recursively) that pass `keep`, sorted. */
export function walk(dir: string, keep: (file: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walk(full, keep));
    } else if (keep(full)) out.push(full);
  }
  return out.sort();
}

/** The project's source folders (package directories plus optional ones) that exist. */
export function sourceDirs(root: string): string[] {
  return allSourceDirectories(root).filter((dir) => existsSync(dir));
}

/** Every Apex class and trigger of the project. */
export function apexFiles(root: string): string[] {
  return sourceDirs(root).flatMap((dir) => walk(dir, isApexFile));
}
