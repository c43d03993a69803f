/**
 * Standard names a project may use without defining them, taken from Salesforce's own metadata
 * rather than accepted by pattern: standard user permissions are the `Permissions*` fields of the
 * PermissionSet object in the installed @salesforce/types (lib/tooling.d.ts, generated from
 * Salesforce's Tooling WSDL); standard tabs, and the few licence-gated permissions that WSDL
 * snapshot lacks, are listed in standard-names.data.json, each with the Salesforce page (or retrieved
 * org metadata) that shows it. A name in neither is reported, so `standard-OmniSupervisor` (a
 * name no org has) fails the gate instead of the deploy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadMetadataTypes } from './metadata-types';

interface NamedEntry {
  name: string;
  source: string;
}

interface StandardNamesFile {
  sources: Record<string, string>;
  tabs: NamedEntry[];
  userPermissions: NamedEntry[];
}

export interface StandardNames {
  tabs: ReadonlySet<string>;
  userPermissions: ReadonlySet<string>;
  /** How many user permissions came from @salesforce/types (the rest from the JSON list). */
  userPermissionsFromTypes: number;
}

export const STANDARD_NAMES_FILE = path.join(__dirname, 'standard-names.data.json');

/** Where the installed @salesforce/types keeps tooling.d.ts (beside its compiled `./tooling` entry). */
function toolingDtsPath(): string {
  return path.join(path.dirname(require.resolve('@salesforce/types/tooling')), 'tooling.d.ts');
}

/** `ViewSetup` for `PermissionsViewSetup`: the PermissionSet object's boolean permission fields. */
export function userPermissionsFromTooling(file = toolingDtsPath()): string[] {
  const permissionSet = loadMetadataTypes(file).object('PermissionSet');
  if (!permissionSet) throw new Error(`${file} declares no PermissionSet type`);
  return [...permissionSet.fields.values()]
    .filter((f) => f.name.startsWith('Permissions') && f.type.kind === 'primitive')
    .map((f) => f.name.slice('Permissions'.length));
}

export function readStandardNamesFile(file: string): StandardNamesFile {
  const json = JSON.parse(readFileSync(file, 'utf8')) as StandardNamesFile;
  for (const entry of [...json.tabs, ...json.userPermissions])
    if (!json.sources[entry.source])
      throw new Error(`${file}: ${entry.name} cites the unknown source "${entry.source}"`);
  return json;
}

let cached: StandardNames | undefined;

export function loadStandardNames(): StandardNames {
  if (cached) return cached;
  const list = readStandardNamesFile(STANDARD_NAMES_FILE);
  const fromTypes = userPermissionsFromTooling();
  cached = {
    tabs: new Set(list.tabs.map((t) => t.name)),
    userPermissions: new Set([...fromTypes, ...list.userPermissions.map((p) => p.name)]),
    userPermissionsFromTypes: fromTypes.length
  };
  return cached;
}
