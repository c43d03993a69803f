/** Reading Salesforce metadata XML the same way everywhere (routing rules, validator, simulator, road map). */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { ToolError } from './cli';

/**
 * A metadata file that is not well formed: a problem in the user's files, reported as
 * `file:line: …` without a stack trace (exit status 1), like any other input error.
 */
class MetadataXmlError extends ToolError {
  constructor(message: string) {
    super(`${message} (npm run validate lists every problem in the metadata)`);
    this.name = 'MetadataXmlError';
  }
}

export interface XmlProblem {
  line: number;
  message: string;
}

/** Returns the first well-formedness problem, or undefined when the XML is well formed. */
export function checkWellFormed(xml: string): XmlProblem | undefined {
  const result = XMLValidator.validate(xml);
  if (result === true) return undefined;
  return { line: result.err.line, message: result.err.msg };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: true,
  jPath: true,
  // Lists in metadata are repeated elements: keep every element an array so a single entry looks like many.
  isArray: (_name, jpath, _isLeaf, isAttribute) =>
    !isAttribute && String(jpath).split('.').length > 1
});

/** A parsed element: child elements are arrays; text content is `#text`; attributes are `@_name`. */
export type XmlNode = { [key: string]: XmlNode[] | string | undefined };

/** Parses a metadata file into { rootName, root }. Throws when the XML is not well formed. */
function parseMetadataXml(xml: string, file = '<xml>'): { rootName: string; root: XmlNode } {
  const problem = checkWellFormed(xml);
  if (problem)
    throw new MetadataXmlError(
      `${file}:${problem.line}: XML is not well formed: ${problem.message}`
    );
  const doc = parser.parse(xml) as Record<string, unknown>;
  const rootName = Object.keys(doc).find((key) => key !== '?xml');
  if (!rootName) throw new MetadataXmlError(`${file}: no root element`);
  const root = doc[rootName];
  return { rootName, root: (typeof root === 'object' && root !== null ? root : {}) as XmlNode };
}

export function readMetadataFile(file: string): { rootName: string; root: XmlNode } {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (error) {
    throw new MetadataXmlError(`${file}: cannot be read: ${(error as Error).message}`);
  }
  return parseMetadataXml(xml, file);
}

/** Text of the first child element `name`, or undefined. */
export function text(node: XmlNode | undefined, name: string): string | undefined {
  const child = node?.[name];
  if (!Array.isArray(child) || child.length === 0) return undefined;
  const first = child[0];
  if (typeof first === 'string') return first;
  if (first?.['@_xsi:nil'] === 'true') return undefined;
  const value = first?.['#text'];
  return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}

/** All child elements called `name`. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const child = node?.[name];
  if (!Array.isArray(child)) return [];
  return child.map((item) => (typeof item === 'string' ? { '#text': item } : item));
}
