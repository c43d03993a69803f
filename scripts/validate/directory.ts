/**
 * What exists in the tree (by metadata type and developer name), plus what the platform provides
 * without metadata in the tree: standard objects and fields, the standard Enhanced Chat and Voice
 * service channels, standard apps and tabs, platform components outside the `c` namespace.
 */
import path from 'node:path';
import { registry } from '@salesforce/source-deploy-retrieve';
import { repoRoot } from '../lib/project';
import type { NameIndex } from './resolve';
import { loadStandardNames, STANDARD_NAMES_FILE } from './standard-names';

export type TargetType =
  | 'ApexClass'
  | 'ApexPage'
  | 'CustomApplication'
  | 'CustomField'
  | 'CustomObject'
  | 'CustomPermission'
  | 'CustomTab'
  | 'FlexiPage'
  | 'Flow'
  | 'GlobalValueSet'
  | 'Group'
  | 'LightningComponentBundle'
  | 'Queue'
  | 'QueueRoutingConfig'
  | 'RecordType'
  | 'Report'
  | 'ReportType'
  | 'Role'
  | 'ServiceChannel'
  | 'ServicePresenceStatus'
  | 'Skill'
  | 'UserPermission';

/** Where a component lives in source format (for "expected ..." hints), from the SDR registry. */
function sourcePath(type: TargetType, name: string): string {
  const [object = '', child = ''] = name.split('.');
  switch (type) {
    case 'CustomObject':
      return `objects/${name}/${name}.object-meta.xml`;
    case 'CustomField':
      return `objects/${object}/fields/${child}.field-meta.xml`;
    case 'RecordType':
      return `objects/${object}/recordTypes/${child}.recordType-meta.xml`;
    case 'LightningComponentBundle':
      return `lwc/${name}/${name}.js-meta.xml`;
    case 'Report':
      return `reports/${name}.report-meta.xml`;
    case 'ReportType':
      return `reportTypes/${name.replace(/__c$/, '')}.reportType-meta.xml`;
    default: {
      const entry = registry.types[type.toLowerCase()];
      return entry ? `${entry.directoryName}/${name}.${entry.suffix}-meta.xml` : name;
    }
  }
}

/** Service channels every org with the feature has, with no metadata in the project. */
const STANDARD_SERVICE_CHANNELS: ReadonlySet<string> = new Set([
  'sfdc_livemessage', // Enhanced Chat / Messaging for In-App and Web
  'sfdc_phone' // Service Cloud Voice
]);

/** Public groups every org has. */
const STANDARD_GROUPS: ReadonlySet<string> = new Set([
  'AllInternalUsers',
  'AllCustomerPortal',
  'AllPartnerUsers'
]);

/** Suffixes of API names the project defines itself (a name without one is a standard object). */
const CUSTOM_SUFFIX = /__(c|mdt|e|b|x|xo|share|history|feed|chn)$/i;

function isCustomName(name: string): boolean {
  return CUSTOM_SUFFIX.test(name);
}

export class Directory {
  /** `index`: the components that may be referenced (package directories only, or all source folders). */
  constructor(private readonly index: NameIndex) {}

  private inTree(type: string, name: string): boolean {
    return this.index.get(type)?.has(name) ?? false;
  }

  /** Names of one type in the tree. */
  names(type: string): ReadonlySet<string> {
    return this.index.get(type) ?? new Set();
  }

  has(type: TargetType, name: string): boolean {
    switch (type) {
      case 'CustomObject':
        // A standard object (Case, Account, MessagingSession) needs no metadata in the tree.
        return !isCustomName(name) || this.inTree('CustomObject', name);
      case 'CustomField': {
        const [object = '', field = ''] = name.split('.');
        if (!this.has('CustomObject', object)) return false;
        // Standard fields cannot be defined in source; only custom fields must exist in the tree.
        return !isCustomName(field) || this.inTree('CustomField', name);
      }
      case 'ServiceChannel':
        return STANDARD_SERVICE_CHANNELS.has(name) || this.inTree(type, name);
      case 'Group':
        return STANDARD_GROUPS.has(name) || this.inTree(type, name);
      case 'CustomApplication':
        return name.startsWith('standard__') || this.inTree(type, name);
      case 'CustomTab':
        // Standard tabs by name from Salesforce's own lists, never by a `standard-*` pattern.
        return loadStandardNames().tabs.has(name) || this.inTree(type, name);
      case 'UserPermission':
        return loadStandardNames().userPermissions.has(name);
      case 'LightningComponentBundle': {
        const bundle = name.replace(/^c[:_]+/, '');
        return this.inTree(type, bundle) || this.inTree('AuraDefinitionBundle', bundle);
      }
      case 'ReportType':
        // Reports name a custom report type as <DeveloperName>__c; anything else is a standard type.
        return !name.endsWith('__c') || this.inTree(type, name.slice(0, -3));
      default:
        return this.inTree(type, name);
    }
  }

  /** "queues/Triage.queue-meta.xml": where the missing component was expected. */
  expectedPath(type: TargetType, name: string): string {
    if (type === 'UserPermission' || (type === 'CustomTab' && name.startsWith('standard-')))
      return path.relative(repoRoot(), STANDARD_NAMES_FILE).split(path.sep).join('/');
    if (type === 'CustomField' && !this.has('CustomObject', name.split('.')[0] ?? ''))
      return sourcePath('CustomObject', name.split('.')[0] ?? '');
    return sourcePath(
      type,
      type === 'LightningComponentBundle' ? name.replace(/^c[:_]+/, '') : name
    );
  }
}

/**
 * Which components a file may reference: a file in a package directory only those in package
 * directories (a plain `sf project deploy start` sends nothing else); a file in an optional folder
 * (optional/voice) anything.
 */
export class Directories {
  readonly core: Directory;
  readonly all: Directory;

  constructor(
    resolved: { names: NameIndex; coreNames: NameIndex },
    private readonly optionalDirs: string[],
    private readonly relative: (file: string) => string = (file) => file
  ) {
    this.core = new Directory(resolved.coreNames);
    this.all = new Directory(resolved.names);
  }

  private isOptional(file: string): boolean {
    return this.optionalDirs.some((dir) => file.startsWith(dir + path.sep));
  }

  for(file: string): Directory {
    return this.isOptional(file) ? this.all : this.core;
  }

  has(file: string, type: TargetType, name: string): boolean {
    return this.for(file).has(type, name);
  }

  /** Why `name` does not resolve for a reference from `file`, as the end of a sentence. */
  missing(file: string, type: TargetType, name: string): string {
    const directory = this.for(file);
    if (type === 'UserPermission')
      return (
        'is not a user permission Salesforce defines (the PermissionSet fields of @salesforce/types, ' +
        `or ${directory.expectedPath(type, name)} with its source)`
      );
    if (type === 'CustomTab' && name.startsWith('standard-'))
      return (
        'is not a standard tab Salesforce lists (expected in ' +
        `${directory.expectedPath(type, name)} with its source, or a tab in a source folder)`
      );
    if (directory === this.core && this.all.has(type, name))
      return `is only in ${this.optionalDirs.map(this.relative).join(', ')}, which a plain deploy does not send`;
    return `does not exist (expected ${directory.expectedPath(type, name)} in a source folder)`;
  }
}
