/** Where things are in this repository, derived from sfdx-project.json rather than repeated. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file that holds sfdx-project.json. */
export function repoRoot(start = __dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'sfdx-project.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No sfdx-project.json above ${start}`);
    dir = parent;
  }
}

interface PackageDirectory {
  path: string;
  default?: boolean;
}

/** Package directories from sfdx-project.json, as absolute paths. */
export function packageDirectories(root = repoRoot()): string[] {
  const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
    packageDirectories: PackageDirectory[];
  };
  return project.packageDirectories.map((dir) => path.join(root, dir.path));
}

/** Source folders that are not package directories but are validated and deployable on request. */
export const OPTIONAL_SOURCE_DIRS = ['optional/voice'];

/** Every source folder: package directories plus the optional ones that exist. */
export function allSourceDirectories(root = repoRoot()): string[] {
  const optional = OPTIONAL_SOURCE_DIRS.map((dir) => path.join(root, dir)).filter((dir) =>
    existsSync(dir)
  );
  return [...packageDirectories(root), ...optional];
}

/** The API version the project's source is written for (sfdx-project.json `sourceApiVersion`). */
export function sourceApiVersion(root = repoRoot()): string {
  const project = JSON.parse(readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')) as {
    sourceApiVersion?: string;
  };
  if (!project.sourceApiVersion) throw new Error('sfdx-project.json has no sourceApiVersion');
  return project.sourceApiVersion;
}
