/**
 * Step 3: every element of every metadata file is a field of its Metadata API type, appears once
 * unless the field is a list, holds a value of the field's kind (an allowed enum value, a number,
 * true/false), and every required field is present. The types come from @salesforce/types
 * (metadata-types.ts), walked recursively through nested types.
 */
import path from 'node:path';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import type { FieldDef, MetadataTypes, ObjectType, Primitive } from './metadata-types';
import type { ValidationReport } from './report';
import type { XmlDocuments } from './well-formed';
import { isNil, type XmlElement } from './xml-tree';

const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';
/** The Tooling API namespace, which some tools write into -meta.xml files; deploys accept it too. */
const TOOLING_NAMESPACE = 'urn:metadata.tooling.soap.sforce.com';

/**
 * Fields the d.ts declares without `?` that source format does not need. The d.ts marks a field
 * required when the WSDL gives it minOccurs=1, but the Metadata API fills some of them in on
 * deploy or derives them from the file name. Keep this list small; each entry says why.
 */
const NOT_REQUIRED_IN_SOURCE: ReadonlyMap<string, string> = new Map([
  [
    'CustomPermission.isLicensed',
    'defaults to false; Salesforce sample projects (trailheadapps/lwc-recipes) deploy without it'
  ],
  [
    'GenAiPluginInstructionDef.sortOrder',
    'instructions keep file order; trailheadapps/coral-cloud deploys without it'
  ],
  [
    'EmbeddedServiceMessagingChannel.shouldShowAgentforceTagline',
    'newer than most source; trailheadapps/coral-cloud deploys without it'
  ]
]);

/**
 * Fields and enum values deploys accept that @salesforce/types 1.9.0 lacks, each seen in a
 * Salesforce sample app that deploys. Only for gaps actually met; the d.ts stays the source.
 */
const FIELDS_MISSING_FROM_TYPES: ReadonlyMap<string, Primitive> = new Map<string, Primitive>([
  ['CustomField.displayLocationInDecimal', 'boolean'], // Geolocation fields (trailheadapps/dreamhouse-lwc)
  ['CustomSite.allowGuestPaymentsApi', 'boolean'] // Experience Cloud sites (trailheadapps/coral-cloud)
]);
const ENUM_VALUES_MISSING_FROM_TYPES: ReadonlyMap<string, readonly string[]> = new Map([
  ['SiteType', ['ChatterNetwork', 'ChatterNetworkPicasso']] // Experience Cloud sites (trailheadapps/coral-cloud)
]);

/**
 * Fields @salesforce/types has that older API versions lack: a deploy at an older
 * `sourceApiVersion` refuses them (the Metadata API parses each file as the type of that version),
 * and they are not required there. Each with the version its Metadata API page gives.
 */
const FIELDS_SINCE_API_VERSION: ReadonlyMap<string, number> = new Map([
  ['Queue.doesIncludeBosses', 67] // Metadata API, Queue: "Available in API version 67.0 and later"
]);

/**
 * Fields whose content the d.ts types as a plain string but which source format writes as free
 * XML (the Lightning component's targetConfigs is passed through verbatim).
 */
const OPAQUE_FIELDS: ReadonlySet<string> = new Set(['LightningComponentBundle.targetConfigs']);

/** xsi:type values a custom metadata record value may carry. */
const CUSTOM_METADATA_VALUE_TYPES: ReadonlySet<string> = new Set([
  'xsd:string',
  'xsd:boolean',
  'xsd:double',
  'xsd:int',
  'xsd:long',
  'xsd:date',
  'xsd:dateTime',
  'xsd:time'
]);

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const XSD_FORMATS: Record<string, RegExp> = {
  'xsd:boolean': /^(true|false)$/,
  'xsd:double': NUMBER,
  'xsd:int': /^[-+]?\d+$/,
  'xsd:long': /^[-+]?\d+$/,
  'xsd:date': /^\d{4}-\d{2}-\d{2}$/,
  'xsd:dateTime': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[-+]\d{2}:\d{2})?$/,
  'xsd:time': /^\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/
};

/** The d.ts type a component's XML file must hold as its root element. */
function expectedRootType(component: SourceComponent): string {
  // Every org setting is the one SDR type "Settings"; its root is <CaseSettings> for Case.settings-meta.xml.
  if (component.type.name === 'Settings') return `${component.fullName}Settings`;
  return component.type.name;
}

function missingFromTypes(type: ObjectType, name: string): FieldDef | undefined {
  const primitive = FIELDS_MISSING_FROM_TYPES.get(`${type.name}.${name}`);
  return primitive
    ? { name, optional: true, list: false, type: { kind: 'primitive', primitive } }
    : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest field name, when one is close enough to be a likely typo. */
export function suggestField(name: string, type: ObjectType): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
  for (const field of type.fields.keys()) {
    const distance =
      field.toLowerCase() === name.toLowerCase()
        ? 0
        : levenshtein(name.toLowerCase(), field.toLowerCase());
    if (distance < bestDistance) {
      best = field;
      bestDistance = distance;
    }
  }
  return best;
}

function describeValues(values: ReadonlySet<string>): string {
  const list = [...values];
  return list.length <= 12
    ? list.join(', ')
    : `${list.slice(0, 12).join(', ')}, … (${list.length} values)`;
}

class SchemaWalker {
  constructor(
    private readonly types: MetadataTypes,
    private readonly report: ValidationReport,
    private readonly file: string,
    private readonly apiVersion: number | undefined
  ) {}

  /** The API version a field first appears in, when it is newer than the project's. */
  private newerThanProject(type: ObjectType, name: string): number | undefined {
    const since = FIELDS_SINCE_API_VERSION.get(`${type.name}.${name}`);
    return since !== undefined && this.apiVersion !== undefined && this.apiVersion < since
      ? since
      : undefined;
  }

  private error(message: string, element: XmlElement): void {
    this.report.error('schema', this.file, message, element.line);
  }

  walk(element: XmlElement, type: ObjectType, where: string): void {
    const counts = new Map<string, number>();
    for (const item of element.children) {
      this.report.counts.elements++;
      const field = type.fields.get(item.name) ?? missingFromTypes(type, item.name);
      if (!field) {
        const suggestion = suggestField(item.name, type);
        this.error(
          `<${item.name}> is not a field of ${type.name} (in ${where})` +
            (suggestion ? `; did you mean <${suggestion}>?` : ''),
          item
        );
        continue;
      }
      const since = this.newerThanProject(type, item.name);
      if (since !== undefined) {
        this.error(
          `<${item.name}> is a field of ${type.name} only from API ${since.toFixed(1)}; this project deploys at ${this.apiVersion!.toFixed(1)} (sourceApiVersion), where the org refuses it`,
          item
        );
        continue;
      }
      const count = (counts.get(item.name) ?? 0) + 1;
      counts.set(item.name, count);
      if (count === 2 && !field.list)
        this.error(
          `<${item.name}> appears more than once but ${type.name}.${item.name} is not a list`,
          item
        );
      this.value(item, field, type, `${where}.${item.name}`);
    }
    if (element.text !== '')
      this.error(
        `<${element.name}> holds text "${short(element.text)}" but ${type.name} has fields, not a value`,
        element
      );
    for (const field of type.fields.values()) {
      if (field.optional || field.list || counts.has(field.name)) continue;
      if (NOT_REQUIRED_IN_SOURCE.has(`${type.name}.${field.name}`)) continue;
      if (this.newerThanProject(type, field.name) !== undefined) continue;
      this.error(
        `<${element.name}> is missing required field <${field.name}> of ${type.name} (in ${where})`,
        element
      );
    }
  }

  private value(item: XmlElement, field: FieldDef, owner: ObjectType, where: string): void {
    if (isNil(item) || OPAQUE_FIELDS.has(`${owner.name}.${field.name}`)) return;
    const xsiType = item.attributes['xsi:type'];
    const { type } = field;
    if (type.kind === 'object') {
      const actual = xsiType ? this.types.object(xsiType.replace(/^\w+:/, '')) : undefined;
      if (xsiType && !actual) {
        this.error(
          `<${item.name}> has xsi:type="${xsiType}", which is not a Metadata API type`,
          item
        );
        return;
      }
      const nested = actual ?? this.types.object(type.name);
      if (nested) this.walk(item, nested, where);
      return;
    }
    const firstChild = item.children[0];
    if (firstChild && (type.kind === 'enum' || type.primitive !== 'any')) {
      this.error(
        `<${item.name}> must hold a value, not elements (found <${firstChild.name}>)`,
        firstChild
      );
      return;
    }
    if (type.kind === 'enum') {
      if (
        !type.values.has(item.text) &&
        !ENUM_VALUES_MISSING_FROM_TYPES.get(type.name)?.includes(item.text)
      )
        this.error(
          `<${item.name}> value "${short(item.text)}" is not allowed for ${owner.name}.${field.name}; ` +
            `${type.name} allows ${describeValues(type.values)}`,
          item
        );
      return;
    }
    if (type.primitive === 'boolean' && !/^(true|false)$/.test(item.text))
      this.error(`<${item.name}> must be true or false, found "${short(item.text)}"`, item);
    else if (type.primitive === 'number' && !NUMBER.test(item.text))
      this.error(`<${item.name}> must be a number, found "${short(item.text)}"`, item);
    else if (type.primitive === 'any' && xsiType !== undefined) this.xsdValue(item, xsiType);
  }

  /** A custom metadata record value: `<value xsi:type="xsd:double">50</value>`. */
  private xsdValue(item: XmlElement, xsiType: string): void {
    if (!CUSTOM_METADATA_VALUE_TYPES.has(xsiType)) {
      this.error(
        `<${item.name}> has xsi:type="${xsiType}"; allowed: ${[...CUSTOM_METADATA_VALUE_TYPES].join(', ')}`,
        item
      );
      return;
    }
    const format = XSD_FORMATS[xsiType];
    if (format && !format.test(item.text))
      this.error(`<${item.name}> "${short(item.text)}" is not a valid ${xsiType}`, item);
  }
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Checks one metadata file: its root element, namespace and every element below it. */
export function checkMetadataFile(
  file: string,
  root: XmlElement,
  expectedType: string,
  types: MetadataTypes,
  report: ValidationReport,
  apiVersion?: number
): void {
  report.counts.metadataFiles++;
  const type = types.object(expectedType);
  const rootType = types.object(root.name);
  const fileName = path.basename(file);
  if (!type) {
    if (root.name !== expectedType)
      report.error(
        'schema',
        file,
        `root element <${root.name}> but ${fileName} must hold <${expectedType}>`,
        root.line
      );
    report.warn(
      'schema',
      file,
      `@salesforce/types has no definition for ${expectedType} (newer than the installed package?): elements not checked`,
      root.line
    );
    return;
  }
  if (root.name !== expectedType) {
    report.error(
      'schema',
      file,
      `root element <${root.name}> but ${fileName} is a ${expectedType} file and must hold <${expectedType}>` +
        (rootType ? '' : ` (<${root.name}> is not a Metadata API type)`),
      root.line
    );
    return;
  }
  const namespace = root.attributes.xmlns;
  if (namespace !== METADATA_NAMESPACE && namespace !== TOOLING_NAMESPACE)
    report.error(
      'schema',
      file,
      `<${root.name}> must declare xmlns="${METADATA_NAMESPACE}"`,
      root.line
    );
  new SchemaWalker(types, report, file, apiVersion).walk(root, type, type.name);
}

/** Checks the metadata XML of every resolved component against its type. */
export function checkMetadataSchemas(
  components: Iterable<SourceComponent>,
  documents: XmlDocuments,
  types: MetadataTypes,
  report: ValidationReport,
  apiVersion?: number
): void {
  const checked = new Set<string>();
  for (const component of components) {
    // Children of a non-decomposed type (a CustomLabel, a SharingOwnerRule) share their parent's
    // file, which comes first and is checked as a whole.
    if (!component.xml || checked.has(component.xml)) continue;
    checked.add(component.xml);
    const root = documents.get(component.xml);
    if (!root) continue; // not well formed: already reported
    checkMetadataFile(component.xml, root, expectedRootType(component), types, report, apiVersion);
  }
}
