/**
 * `npm run validate`: the offline metadata gate. Runs every check over one project root and
 * returns a report listing every problem (not just the first):
 *   0. sfdx-project.json and config/*.json against @salesforce/schemas;
 *   1. every XML file well formed;
 *   2. every source file resolved by source-deploy-retrieve, and the tree converted;
 *   3. every element a field of its Metadata API type (@salesforce/types) at the project's
 *      sourceApiVersion, required fields, enums,
 *      and no text longer than the org stores (text-limits.ts);
 *   4. cross-references between components (queue → routing config, rule → queue, ...).
 */
import path from 'node:path';
import { repoRoot, sourceApiVersion } from '../lib/project';
import { loadMetadataTypes } from './metadata-types';
import { checkProjectFiles } from './project-schemas';
import { checkReferences } from './references';
import { ValidationReport } from './report';
import { convertSourceTree, resolveSourceTree } from './resolve';
import { checkMetadataSchemas } from './schema-check';
import { checkTextLimits } from './text-limits';
import { readSourceTree } from './source-files';
import { checkXmlFiles } from './well-formed';

export interface ValidateOptions {
  /** Project root (holds sfdx-project.json). Default: this repository. */
  root?: string;
  /** Also convert the tree to Metadata API format in a temp folder (default true). */
  convert?: boolean;
  /** Progress lines for slow steps (default: none). */
  progress?: (message: string) => void;
}

/** The version a deploy parses each file as; undefined when sfdx-project.json names none (step 0 reports it). */
function projectApiVersion(root: string): number | undefined {
  try {
    const version = Number(sourceApiVersion(root));
    return Number.isFinite(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

export async function validateProject(options: ValidateOptions = {}): Promise<ValidationReport> {
  const root = path.resolve(options.root ?? repoRoot());
  const progress = options.progress ?? (() => undefined);
  const report = new ValidationReport(root);
  const timed = async <T>(label: string, step: () => T | Promise<T>): Promise<T> => {
    const started = Date.now();
    progress(`${label}...`);
    const result = await step();
    progress(`${label}: done in ${Date.now() - started} ms`);
    return result;
  };

  const types = await timed('Loading Metadata API types from @salesforce/types', () =>
    loadMetadataTypes()
  );
  const usable = checkProjectFiles(root, types, report);
  if (!usable) {
    report.notes.push('sfdx-project.json is unusable: source checks skipped');
    return report;
  }
  const tree = readSourceTree(root);
  for (const dir of tree.missingDirs)
    report.error(
      'project',
      'sfdx-project.json',
      `package directory ${report.relative(dir)} does not exist`
    );
  report.notes.push(
    `source folders: ${tree.sourceDirs.map((dir) => report.relative(dir)).join(', ')}`
  );

  const documents = await timed(
    `Checking the XML of ${tree.files.length} source files is well formed`,
    () => checkXmlFiles(tree.files, report)
  );
  const resolved = await timed('Resolving components with source-deploy-retrieve', () =>
    resolveSourceTree(tree, report)
  );
  if (options.convert !== false) {
    if (report.errors.some((e) => e.check === 'resolve'))
      report.notes.push('conversion skipped: some files do not resolve');
    else await timed('Converting to Metadata API format', () => convertSourceTree(tree, report));
  }
  await timed('Checking elements against Metadata API types', () =>
    checkMetadataSchemas(resolved.components, documents, types, report, projectApiVersion(root))
  );
  await timed('Checking text lengths against the documented limits', () =>
    checkTextLimits(documents, report)
  );
  await timed('Checking cross-references', () =>
    checkReferences({ root, tree, resolved, documents }, report)
  );
  return report;
}
