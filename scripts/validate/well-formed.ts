/** Step 1: every XML file parses. A file that does not is reported with its line and left out of later steps. */
import { readFileSync } from 'node:fs';
import { checkWellFormed } from '../lib/xml';
import type { ValidationReport } from './report';
import { parseXmlTree, type XmlElement } from './xml-tree';

/** Parsed XML documents by absolute path. */
export type XmlDocuments = Map<string, XmlElement>;

function isXmlFile(file: string): boolean {
  return file.endsWith('.xml');
}

export function checkXmlFiles(files: string[], report: ValidationReport): XmlDocuments {
  const documents: XmlDocuments = new Map();
  for (const file of files.filter(isXmlFile)) {
    report.counts.xmlFiles++;
    const xml = readFileSync(file, 'utf8');
    const problem = checkWellFormed(xml);
    if (problem) {
      report.error('well-formed', file, `XML is not well formed: ${problem.message}`, problem.line);
      continue;
    }
    try {
      documents.set(file, parseXmlTree(xml));
    } catch (error) {
      report.error('well-formed', file, `XML is not well formed: ${(error as Error).message}`);
    }
  }
  return documents;
}
