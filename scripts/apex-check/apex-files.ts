/** The Apex source of a project: every .cls and .trigger under its source folders. */
import { existsSync } from 'node:fs';
import { allSourceDirectories } from '../lib/project';
import { findSourceFiles } from '../lib/source-files';

export function isApexFile(file: string): boolean {
  return file.endsWith('.cls') || file.endsWith('.trigger');
}

/** Files under `dir` (recursively) that pass `keep`, sorted. */
export function walk(dir: string, keep: (file: string) => boolean): string[] {
  return findSourceFiles([dir], keep);
}

/** The project's source folders (package directories plus optional ones) that exist. */
export function sourceDirs(root: string): string[] {
  return allSourceDirectories(root).filter((dir) => existsSync(dir));
}

/** Every Apex class and trigger of the project. */
export function apexFiles(root: string): string[] {
  return sourceDirs(root).flatMap((dir) => walk(dir, isApexFile));
}
