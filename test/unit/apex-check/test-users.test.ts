/**
 * The test-user rule: an Apex test that calls user-mode code must do it inside System.runAs of a
 * user built by TestUserFactory. Fixtures: test/fixtures/apex-check/test-users (shared production
 * classes, a failing test class and a passing one); then the project's own Apex.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { apexFiles } from '../../../scripts/apex-check/apex-files';
import { runTestUserCheck } from '../../../scripts/apex-check/test-users-check';
import {
  findTestUserViolations,
  parseClass,
  stripCommentsAndStrings,
  userModeMethods
} from '../../../scripts/apex-check/test-users';
import { repoRoot } from '../../../scripts/lib/project';

const fixtures = path.join(repoRoot(), 'test/fixtures/apex-check/test-users');

function sources(...folders: string[]) {
  return folders.flatMap((folder) =>
    ['CaseReader', 'CaseController', 'TestUserFactory', 'CaseControllerTest']
      .map((name) => path.join(fixtures, folder, `${name}.cls`))
      .filter((file) => {
        try {
          readFileSync(file);
          return true;
        } catch {
          return false;
        }
      })
      .map((file) => ({ file, source: readFileSync(file, 'utf8') }))
  );
}

describe('test-user rule (apex:check test-users)', () => {
  it('given a class with WITH USER_MODE and a class calling it, when analysed, then both methods are user-mode code and the plain one is not', () => {
    const classes = sources('shared').flatMap((s) => parseClass(s.file, s.source) ?? []);

    const userMode = userModeMethods(classes);

    expect([...(userMode.get('casereader') ?? [])]).toEqual(['read']);
    expect([...(userMode.get('casecontroller') ?? [])]).toEqual(['subjectof']);
  });

  it('given tests that call user-mode code as the running user, an admin, through a helper given the running user, or through a helper without runAs, when checked, then each is reported with its line', () => {
    const findings = findTestUserViolations(sources('shared', 'failing'));

    const lines = findings.map((finding) => `${finding.line}: ${finding.message}`);
    expect(lines).toEqual([
      expect.stringMatching(
        /^24: test CaseControllerTest\.it_reads_as_the_running_user calls user-mode CaseController\.subjectOf\(…\) outside System\.runAs/
      ),
      expect.stringMatching(
        /^36: test CaseControllerTest\.it_reads_as_an_admin_it_did_not_build_with_the_factory calls user-mode CaseController\.subjectOf\(…\) in System\.runAs\(someone\), a user not built by TestUserFactory$/
      ),
      expect.stringMatching(
        /^48: test CaseControllerTest\.it_reads_through_a_helper_given_the_running_user passes new User\(Id = UserInfo\.getUserId\(\)\) to readAs/
      ),
      expect.stringMatching(
        /^56: test CaseControllerTest\.it_reads_through_a_helper_without_run_as calls user-mode CaseControllerTest\.readDirectly\(…\) outside System\.runAs/
      )
    ]);
    expect(findings.every((finding) => finding.severity === 'error')).toBe(true);
    expect(findings.every((finding) => finding.rule === 'TestUserWithPermissionSets')).toBe(true);
  });

  it('given tests that run user-mode code as factory users (directly, through a helper, or deliberately without permission sets) and plain code as anyone, when checked, then nothing is reported', () => {
    expect(findTestUserViolations(sources('shared', 'passing'))).toEqual([]);
  });

  it('given a call inside a comment or a string, when stripped, then it is no longer code and offsets are kept', () => {
    const source = "x(); // CaseReader.read(id)\nString s = 'CaseReader.read(id)';";

    const stripped = stripCommentsAndStrings(source);

    expect(stripped).not.toContain('CaseReader');
    expect(stripped).toHaveLength(source.length);
    expect(stripped.split('\n')).toHaveLength(2);
  });

  it("given the project's Apex, when checked, then no test calls user-mode code outside System.runAs of a TestUserFactory user", () => {
    const run = runTestUserCheck(apexFiles(repoRoot()));

    expect(
      run.findings.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`)
    ).toEqual([]);
    expect(run.userModeMethods).toBeGreaterThan(5);
    expect(run.testClasses).toBeGreaterThan(10);
  });
});
