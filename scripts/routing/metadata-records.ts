/**
 * Reads custom metadata records (`customMetadata/<Type>.<Name>.md-meta.xml`) from the source
 * folders: the files the org deploys and leads edit in Setup, read as they are.
 */
import path from 'node:path';
import { findSourceFiles } from '../lib/source-files';
import { children, readMetadataFile, text } from '../lib/xml';

export interface CustomMetadataRecord {
  type: string;
  developerName: string;
  label: string;
  file: string;
  values: Map<string, string | undefined>;
}

/** Every custom metadata record file in the project's source folders, sorted by path. */
function customMetadataFiles(sourceDirs: string[]): string[] {
  return findSourceFiles(
    sourceDirs,
    (file) =>
      file.endsWith('.md-meta.xml') && path.basename(path.dirname(file)) === 'customMetadata'
  );
}

function readCustomMetadataRecord(file: string): CustomMetadataRecord {
  const base = path.basename(file, '.md-meta.xml');
  const dot = base.indexOf('.');
  const { root } = readMetadataFile(file);
  const values = new Map<string, string | undefined>();
  for (const value of children(root, 'values')) {
    const field = text(value, 'field');
    if (field) values.set(field, text(value, 'value'));
  }
  return {
    type: base.slice(0, dot),
    developerName: base.slice(dot + 1),
    label: text(root, 'label') ?? base.slice(dot + 1),
    file,
    values
  };
}

/** Reads records of the given types (e.g. RoutingRule) from the source folders. */
export function readRecords(
  types: string[],
  sourceDirs: string[]
): Map<string, CustomMetadataRecord[]> {
  const byType = new Map<string, CustomMetadataRecord[]>(types.map((t) => [t, []]));
  for (const file of customMetadataFiles(sourceDirs)) {
    const type = path.basename(file).split('.')[0] ?? '';
    if (!byType.has(type)) continue;
    byType.get(type)!.push(readCustomMetadataRecord(file));
  }
  return byType;
}
