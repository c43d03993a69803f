/** `npm run validate` as a process: summary, every error with its file, exit status, --json, --dir. */
import { runCliSync } from '../../builders/cli';
import path from 'node:path';
import { repoRoot } from '../../../scripts/lib/project';
import { FixtureProject, SOURCE, VALID_PROJECT } from '../../builders/validate';

const root = repoRoot();
const validate = (args: string[]) => runCliSync('validate', args);

jest.setTimeout(60_000);

describe('npm run validate', () => {
  it('given --help, when run, then it explains the flags and exits 0', () => {
    const result = validate(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run validate');
    expect(result.stdout).toMatch(/--dir <value>/);
    expect(result.stdout).toMatch(/--json/);
  });

  it('given the valid fixture project, when run, then it prints what it checked, progress on stderr, and exits 0', () => {
    const result = validate(['--dir', VALID_PROJECT]);
    expect(result.stderr).toContain('validate: Converting to Metadata API format');
    expect(result.stdout).toMatch(
      /2 project\/scratch definition file\(s\) against @salesforce\/schemas/
    );
    expect(result.stdout).toMatch(/files per type: .*QueueRoutingConfig 1/);
    expect(result.stdout).toMatch(/queue → routing configuration: 1/);
    expect(result.stdout).toContain('Metadata is valid: no errors.');
    expect(result.status).toBe(0);
  });

  describe('given a project with an unknown element in a routing configuration and a rule naming a missing queue', () => {
    let project: FixtureProject;
    beforeAll(() => {
      project = FixtureProject.copyOfValid()
        .replace(
          `${SOURCE}/queueRoutingConfigs/Triage.queueRoutingConfig-meta.xml`,
          '<pushTimeout>',
          '<overflowQueue>Triage</overflowQueue>\n    <pushTimeout>'
        )
        .replace(
          `${SOURCE}/customMetadata/RoutingRule.Triage_Everything_Else.md-meta.xml`,
          /(<field>PhoneQueue__c<\/field>\s*<value[^>]*>)Triage/,
          '$1Triage_Phone'
        );
    });
    afterAll(() => project.remove());

    it('when run, then both errors are listed with file and line, and it exits 1', () => {
      const result = validate(['--dir', project.root, '--quiet']);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(
        `${SOURCE}/queueRoutingConfigs/Triage.queueRoutingConfig-meta.xml:6: <overflowQueue> is not a field of QueueRoutingConfig`
      );
      expect(result.stdout).toMatch(
        /RoutingRule\.Triage_Everything_Else\.md-meta\.xml:\d+: routing rule → queue: PhoneQueue__c names "Triage_Phone", which does not exist/
      );
      expect(result.stdout).toContain('Metadata validation failed with 2 error(s).');
      expect(result.status).toBe(1);
    });

    it('when run with --json, then the report is JSON with ok false and the errors', () => {
      const result = validate(['--dir', project.root, '--json', '--quiet', '--no-convert']);
      const report = JSON.parse(result.stdout) as {
        ok: boolean;
        errors: { check: string; file: string }[];
      };
      expect(report.ok).toBe(false);
      expect(report.errors.map((e) => e.check).sort()).toEqual(['reference', 'schema']);
      expect(result.status).toBe(1);
    });
  });

  it('given --dir without an sfdx-project.json, when run, then it says so and exits 1', () => {
    const result = validate(['--dir', path.join(root, 'docs')]);
    expect(result.stderr).toContain('no sfdx-project.json there');
    expect(result.status).toBe(1);
  });
});
