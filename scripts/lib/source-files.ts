/**
 * The one walk over the project's source folders: every file under them that a reader asks for,
 * sorted by path, never looking into node_modules, dot folders or LWC `__tests__` folders. The
 * routing records, the road map's inputs, the validator, the Apex check, the deploy pre-flight and
 * the simulator's org reader all ask it instead of walking the tree their own way.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders no reader wants: installed packages and Jest tests of components. */
const SKIPPED_DIRS = new Set(['node_modules', '__tests__']);

export interface WalkOptions {
  /** Leaves out a file or a whole folder (the validator passes .forceignore's rules). */
  denies?: (fullPath: string) => boolean;
}

function walk(
  dir: string,
  accept: (file: string) => boolean,
  options: WalkOptions,
  found: string[]
): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (options.denies?.(full)) continue;
    if (entry.isDirectory()) walk(full, accept, options, found);
    else if (accept(full)) found.push(full);
  }
}

/** Every file under the folders (those that exist) that `accept` takes, sorted by path. */
export function findSourceFiles(
  dirs: string[],
  accept: (file: string) => boolean,
  options: WalkOptions = {}
): string[] {
  const found: string[] = [];
  for (const dir of dirs) if (existsSync(dir)) walk(dir, accept, options, found);
  return found.sort();
}

/** Every file under the folders whose name ends with `suffix`, sorted by path. */
export function filesEndingWith(dirs: string[], suffix: string): string[] {
  return findSourceFiles(dirs, (file) => file.endsWith(suffix));
}
