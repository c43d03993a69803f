/**
 * The files the validator looks at: every file under the package directories of
 * sfdx-project.json plus the optional source folders (optional/voice), minus what .forceignore
 * keeps out of deploys (tests, tooling), exactly as `sf project deploy` would see them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import { OPTIONAL_SOURCE_DIRS, packageDirectories } from '../lib/project';

export interface SourceTree {
  root: string;
  /** Package directories and optional source folders that exist, absolute. */
  sourceDirs: string[];
  /** The optional source folders among them (not package directories: deployed only on request). */
  optionalDirs: string[];
  /** Package directories named in sfdx-project.json that are missing on disk. */
  missingDirs: string[];
  /** Every file not denied by .forceignore, absolute, sorted. */
  files: string[];
  forceIgnore: ForceIgnore;
}

function walk(dir: string, ignore: ForceIgnore, found: string[]): void {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (ignore.denies(full)) continue;
    if (statSync(full).isDirectory()) walk(full, ignore, found);
    else found.push(full);
  }
}

export function readSourceTree(root: string): SourceTree {
  const declared = packageDirectories(root);
  const optional = OPTIONAL_SOURCE_DIRS.map((dir) => path.join(root, dir)).filter((dir) =>
    existsSync(dir)
  );
  const sourceDirs = [...declared.filter((dir) => existsSync(dir)), ...optional];
  const missingDirs = declared.filter((dir) => !existsSync(dir));
  const forceIgnore = new ForceIgnore(path.join(root, '.forceignore'));
  const files: string[] = [];
  for (const dir of sourceDirs) walk(dir, forceIgnore, files);
  return {
    root,
    sourceDirs,
    optionalDirs: optional,
    missingDirs,
    files: files.sort(),
    forceIgnore
  };
}

/** True when `file` lies in an optional source folder (e.g. optional/voice). */
export function isInOptionalDir(tree: SourceTree, file: string): boolean {
  return tree.optionalDirs.some((dir) => file.startsWith(dir + path.sep));
}
