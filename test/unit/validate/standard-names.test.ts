/**
 * The standard names the validator accepts come from Salesforce's own metadata: user permissions
 * from the PermissionSet object of @salesforce/types, tabs and licence-gated permissions from a
 * list whose every entry cites its source.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  loadStandardNames,
  readStandardNamesFile,
  STANDARD_NAMES_FILE,
  userPermissionsFromTooling
} from '../../../scripts/validate/standard-names';

describe('user permissions from @salesforce/types', () => {
  it('given the installed tooling.d.ts, when read, then the PermissionSet permission fields become user permission names', () => {
    const names = userPermissionsFromTooling();
    expect(names.length).toBeGreaterThan(400);
    expect(names).toEqual(expect.arrayContaining(['ViewSetup', 'ApiEnabled', 'ManageCases']));
    expect(names.some((n) => n.startsWith('Permissions'))).toBe(false);
  });
});

describe('the checked-in list', () => {
  it('given the shipped list, when loaded, then every entry cites a known source and standard-* is not a wildcard', () => {
    const file = readStandardNamesFile(STANDARD_NAMES_FILE);
    for (const entry of [...file.tabs, ...file.userPermissions])
      expect(file.sources[entry.source]).toEqual(expect.stringMatching(/\S/));
    const names = loadStandardNames();
    expect(names.tabs.has('standard-OmniSupervisorLightning')).toBe(true);
    expect(names.tabs.has('standard-OmniSupervisor')).toBe(false);
    expect(names.tabs.has('standard-Anything')).toBe(false);
    expect(names.userPermissions.has('EmbeddedMessagingAgent')).toBe(true);
  });

  it('given an entry whose source is not listed, when read, then the file is refused', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'standard-names-'));
    const file = path.join(dir, 'names.json');
    writeFileSync(
      file,
      JSON.stringify({
        sources: {},
        tabs: [{ name: 'standard-X', source: 'nowhere' }],
        userPermissions: []
      })
    );
    try {
      expect(() => readStandardNamesFile(file)).toThrow(
        'standard-X cites the unknown source "nowhere"'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
