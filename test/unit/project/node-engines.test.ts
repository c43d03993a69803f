/**
 * The Node versions the project says it runs on (package.json `engines`, the README) must be
 * versions every installed package accepts: a dependency bump that needs a newer Node fails here,
 * offline, instead of as EBADENGINE warnings (or crashes) on a newcomer's first `npm ci`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { repoRoot } from '../../../scripts/lib/project';

interface LockFile {
  packages: Record<string, { version?: string; engines?: unknown }>;
}

const root = repoRoot();
const readJson = <T>(file: string): T =>
  JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
const pkg = readJson<{ engines?: { node?: string } }>('package.json');
const lock = readJson<LockFile>('package-lock.json');
const nodeRange = pkg.engines?.node ?? '';

/** Packages whose declared engines.node does not accept every version of `range`. */
function packagesRejecting(range: string, lockFile: LockFile): string[] {
  const rejecting: string[] = [];
  for (const [location, entry] of Object.entries(lockFile.packages)) {
    if (location === '') continue;
    const engines = entry.engines;
    if (typeof engines !== 'object' || engines === null || Array.isArray(engines)) continue;
    const node = (engines as { node?: unknown }).node;
    if (typeof node !== 'string') continue;
    if (semver.validRange(node) === null || !semver.subset(range, node))
      rejecting.push(`${location.replace(/^.*node_modules\//, '')}@${entry.version}: node ${node}`);
  }
  return rejecting.sort();
}

describe('Node versions', () => {
  it('given package.json, then engines.node is a valid range that includes Node 20', () => {
    expect(semver.validRange(nodeRange)).not.toBeNull();
    expect(semver.intersects(nodeRange, '20.x')).toBe(true);
  });

  it('given the lock file, then every package that declares engines.node accepts every Node version package.json allows', () => {
    expect(packagesRejecting(nodeRange, lock)).toEqual([]);
  });

  it('given a package that needs Node 22, then the check names it', () => {
    const bumped: LockFile = {
      packages: {
        '': {},
        'node_modules/some-cli': { version: '9.0.0', engines: { node: '>=22' } },
        'node_modules/old-friend': { version: '1.0.0', engines: { node: '>=18' } }
      }
    };
    expect(packagesRejecting(nodeRange, bumped)).toEqual(['some-cli@9.0.0: node >=22']);
  });

  it('given the lock file root and the README, then both state the same range as package.json', () => {
    const lockRoot = lock.packages[''] as { engines?: { node?: string } };
    expect(lockRoot.engines?.node).toBe(nodeRange);
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(`\`${nodeRange}\``);
  });

  it('given the Node running the tests, then package.json accepts it', () => {
    expect(semver.satisfies(process.version, nodeRange)).toBe(true);
  });
});
