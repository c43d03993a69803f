/**
 * Step 2: every source file belongs to a metadata component that @salesforce/source-deploy-retrieve
 * (the library `sf project deploy` uses) can resolve, and the components convert to Metadata API
 * format. SDR stops at the first unknown file, so files are resolved one at a time to list every
 * problem; it also silently drops a class or trigger without its -meta.xml, so that is checked here.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ComponentSet,
  MetadataConverter,
  MetadataResolver,
  registry,
  type SourceComponent
} from '@salesforce/source-deploy-retrieve';
import type { ValidationReport } from './report';
import { isInOptionalDir, type SourceTree } from './source-files';

export interface ResolvedTree {
  /** Every component and decomposed child (e.g. a CustomField of a CustomObject), once each. */
  components: SourceComponent[];
  /** The component that owns each metadata XML file, by absolute path. */
  byXmlFile: Map<string, SourceComponent>;
  /** Full names per SDR type name (`Queue` → {`Triage`, ...}; `CustomField` → {`Case.RoutingTeam__c`}). */
  names: NameIndex;
  /** The same, for components in package directories only (what a plain deploy sends). */
  coreNames: NameIndex;
}

export type NameIndex = Map<string, Set<string>>;

function addName(index: NameIndex, type: string, name: string): void {
  let names = index.get(type);
  if (!names) index.set(type, (names = new Set()));
  names.add(name);
}

function explain(error: unknown): string {
  const err = error as Error & { name?: string };
  const message = (err.message ?? String(error)).replace(/^\S+: /, '');
  if (err.name === 'TypeInferenceError')
    return 'source-deploy-retrieve cannot resolve this file to a metadata type (unknown folder or file suffix)';
  return `source-deploy-retrieve cannot resolve this file: ${message}`;
}

/**
 * Whether `sf project deploy` would try to resolve this file (and fail the deploy when it cannot):
 * metadata XML and files with a registered suffix. Anything else that belongs to no component
 * (a stray script or note) is skipped silently by SDR: not deployed, but not a deploy failure.
 */
function looksLikeMetadata(file: string): boolean {
  const name = path.basename(file);
  if (name.endsWith('-meta.xml')) return true;
  const suffix = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  return suffix in registry.suffixes;
}

const SKIPPED =
  'belongs to no metadata component: source-deploy-retrieve skips it, so it is never deployed ' +
  '(add it to .forceignore if that is intended)';

function coveredFiles(component: SourceComponent): string[] {
  const files: string[] = [];
  if (component.xml) files.push(component.xml);
  if (component.content) {
    files.push(component.content);
    files.push(...component.walkContent());
  }
  for (const child of component.getChildren()) files.push(...coveredFiles(child));
  return files;
}

function withChildren(component: SourceComponent): SourceComponent[] {
  return [component, ...component.getChildren().flatMap(withChildren)];
}

export function resolveSourceTree(tree: SourceTree, report: ValidationReport): ResolvedTree {
  const resolver = new MetadataResolver();
  const covered = new Set<string>();
  /** Metadata file of each component seen, by type and full name. */
  const seen = new Map<string, string | undefined>();
  const resolved: ResolvedTree = {
    components: [],
    byXmlFile: new Map(),
    names: new Map(),
    coreNames: new Map()
  };
  const add = (component: SourceComponent) => {
    for (const item of withChildren(component)) {
      const key = `${item.type.name}:${item.fullName}`;
      if (seen.has(key)) {
        const first = seen.get(key);
        // The same component defined twice (e.g. in two package directories): one silently wins the deploy.
        if (first && item.xml && first !== item.xml)
          report.error(
            'resolve',
            item.xml,
            `${item.type.name} ${item.fullName} is also defined in ${report.relative(first)}`
          );
        continue;
      }
      seen.set(key, item.xml);
      resolved.components.push(item);
      if (item.xml && !resolved.byXmlFile.has(item.xml)) resolved.byXmlFile.set(item.xml, item);
      addName(resolved.names, item.type.name, item.fullName);
      if (!item.xml || !isInOptionalDir(tree, item.xml))
        addName(resolved.coreNames, item.type.name, item.fullName);
    }
  };
  for (const file of tree.files) {
    report.counts.sourceFiles++;
    if (covered.has(file)) continue;
    let components: SourceComponent[];
    try {
      components = resolver.getComponentsFromPath(file);
    } catch (error) {
      if (looksLikeMetadata(file)) report.error('resolve', file, explain(error));
      else report.warn('resolve', file, SKIPPED);
      continue;
    }
    if (components.length === 0) {
      report.warn('resolve', file, SKIPPED);
      continue;
    }
    for (const component of components) {
      for (const part of coveredFiles(component)) covered.add(part);
      if (component.xml && !existsSync(component.xml)) {
        report.error(
          'resolve',
          file,
          `${component.type.name} ${component.fullName} has no ${path.basename(component.xml)} beside it: ` +
            'source-deploy-retrieve silently drops it from deploys'
        );
        continue;
      }
      add(component);
    }
  }
  for (const component of resolved.components) report.countType(component.type.name);
  report.counts.components = resolved.components.length;
  return resolved;
}

/**
 * Converts the package directories to Metadata API format in a temporary folder, as
 * `sf project convert source` would, proving the conversion works. Skipped by the caller when
 * resolution already failed (the converter would stop at the first bad file).
 */
export async function convertSourceTree(tree: SourceTree, report: ValidationReport): Promise<void> {
  const output = mkdtempSync(path.join(os.tmpdir(), 'validate-convert-'));
  try {
    const set = ComponentSet.fromSource({ fsPaths: tree.sourceDirs });
    const result = await new MetadataConverter().convert(set, 'metadata', {
      type: 'directory',
      outputDirectory: output,
      genUniqueDir: false
    });
    report.counts.convertedComponents = result.converted?.length ?? set.size;
  } catch (error) {
    const err = error as Error;
    const file = /(\/\S+?)(?::|\s|$)/.exec(err.message)?.[1];
    report.error(
      'convert',
      file ?? 'sfdx-project.json',
      `conversion to Metadata API format failed: ${err.message}`
    );
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
