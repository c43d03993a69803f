/**
 * The files the validator looks at: every file under the package directories of
 * sfdx-project.json plus the optional source folders (optional/voice), minus what .forceignore
 * keeps out of deploys (tests, tooling), exactly as `sf project deploy` would see them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import { OPTIONAL_SOURCE_DIRS, packageDirectories } from '../lib/project';
import { findSourceFiles } from '../lib/source-files';

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

export function readSourceTree(root: string): SourceTree {
  const declared = packageDirectories(root);
  const optional = OPTIONAL_SOURCE_DIRS.map((dir) => path.join(root, dir)).filter((dir) =>
    existsSync(dir)
  );
  const sourceDirs = [...declared.filter((dir) => existsSync(dir)), ...optional];
  const missingDirs = declared.filter((dir) => !existsSync(dir));
  const forceIgnore = new ForceIgnore(path.join(root, '.forceignore'));
  const files = findSourceFiles(sourceDirs, () => true, {
    denies: (file) => forceIgnore.denies(file)
  });
  return {
    root,
    sourceDirs,
    optionalDirs: optional,
    missingDirs,
    files,
    forceIgnore
  };
}

/** True when `file` lies in an optional source folder (e.g. optional/voice). */
export function isInOptionalDir(tree: SourceTree, file: string): boolean {
  return tree.optionalDirs.some((dir) => file.startsWith(dir + path.sep));
}
