/**
 * `npm run apex:check` as a process, on a copy of a tiny SFDX project (test/fixtures/apex-check):
 * the checks must catch a misspelled PendingServiceRouting field and a PMD severity-2 violation,
 * and pass the same project when it is right. Needs Java (the checker's own requirement); slow.
 */
import { runCliSync } from '../../builders/cli';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findJava } from '../../../scripts/apex-check/java';
import { repoRoot } from '../../../scripts/lib/project';

const root = repoRoot();
const fixtures = path.join(root, 'test/fixtures/apex-check');
const classes = 'force-app/main/default/classes';
const temps: string[] = [];

/** A fresh copy of the fixture project. */
function projectCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'apex-check-'));
  temps.push(dir);
  cpSync(path.join(fixtures, 'project'), dir, { recursive: true });
  return dir;
}

function apexCheck(project: string, only?: string, env: NodeJS.ProcessEnv = process.env) {
  return runCliSync('apex-check', ['--project', project, ...(only ? ['--only', only] : [])], {
    env
  });
}

afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An environment whose PATH holds only node: no java, javac or anything else. */
function environmentWithoutJava(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'apex-check-bin-'));
  temps.push(bin);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin, ...extra };
  delete env.JAVA_HOME;
  if (!('CI' in extra)) delete env.CI;
  return env;
}

const withJava = findJava() ? describe : describe.skip;

withJava('npm run apex:check', () => {
  jest.setTimeout(240_000);

  it('given a class that misspells a PendingServiceRouting field, when the semantic check runs, then it fails naming the file, line and field', () => {
    const project = projectCopy();
    const file = path.join(project, classes, 'PsrRouting.cls');
    const source = readFileSync(file, 'utf8');
    const line =
      source.split('\n').findIndex((text) => text.includes('IsReadyForRouting = false')) + 1;
    writeFileSync(file, source.replace('IsReadyForRouting = false', 'IsReadyForRoutng = false'));

    const result = apexCheck(project, 'semantic');

    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${file}:${line}:13: error: Unknown field 'IsReadyForRoutng' on SObject 'Schema.PendingServiceRouting' [Missing]`
    );
    expect(result.stdout).toContain('apex:check: FAILED with 1 error(s)');
  });

  it('given the same class spelled right, with user mode and Assert, when every check runs, then all four pass', () => {
    const project = projectCopy();

    const result = apexCheck(project);

    expect(result.stdout).toMatch(/\[1\/4\] semantic[\s\S]*passed: 0 error\(s\)/);
    expect(result.stdout).toMatch(/\[2\/4\] PMD[\s\S]*passed: 0 error\(s\)/);
    expect(result.stdout).toMatch(/\[3\/4\] test users[\s\S]*passed: 0 error\(s\)/);
    expect(result.stdout).toMatch(/\[4\/4\] formatting[\s\S]*passed: 0 error\(s\)/);
    expect(result.stdout).toContain('apex:check: passed');
    expect(result.status).toBe(0);
  });

  it('given a class with a PMD severity-2 violation, when PMD runs, then the check fails naming the rule, file and line', () => {
    const project = projectCopy();
    for (const name of ['SystemModeQuery.cls', 'SystemModeQuery.cls-meta.xml'])
      cpSync(path.join(fixtures, 'pmd-violation', name), path.join(project, classes, name));
    const file = path.join(project, classes, 'SystemModeQuery.cls');
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('FROM Account')) + 1;

    const result = apexCheck(project, 'pmd');

    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:${line}:\\d+: error: .*\\(severity 2\\) \\[ApexCRUDViolation\\]`
      )
    );
  });
});

describe('npm run apex:check without Java', () => {
  jest.setTimeout(60_000);

  it('given no Java on the machine, when the semantic check is asked for, then it is skipped with a warning and exit 0', () => {
    const result = apexCheck(projectCopy(), 'semantic', environmentWithoutJava());

    expect(result.stdout).toContain('SKIPPED: Java not found');
    expect(result.stdout).toContain('apex:check: WARNING: semantic skipped');
    expect(result.status).toBe(0);
  });

  it('given no Java and CI set, when the semantic check is asked for, then the check fails', () => {
    const result = apexCheck(projectCopy(), 'semantic', environmentWithoutJava({ CI: 'true' }));

    expect(result.stdout).toContain('CI must run every check');
    expect(result.status).toBe(1);
  });

  it('given a test that calls user-mode code as the running user, when the test-user check runs (no Java needed), then it fails naming the test, line and call', () => {
    const project = projectCopy();
    const test = [
      '@IsTest',
      'private class PsrRoutingTest {',
      '    @IsTest',
      '    static void it_creates_a_routing() {',
      '        PendingServiceRouting routing = PsrRouting.pending(null, null);',
      "        Assert.isNotNull(routing, 'created');",
      '    }',
      '}',
      ''
    ].join('\n');
    writeFileSync(path.join(project, classes, 'PsrRoutingTest.cls'), test);

    const result = apexCheck(project, 'test-users', environmentWithoutJava({ CI: 'true' }));

    expect(result.stdout).toContain(
      `${path.join(project, classes, 'PsrRoutingTest.cls')}:5: error: test PsrRoutingTest.it_creates_a_routing calls user-mode PsrRouting.pending(…) outside System.runAs`
    );
    expect(result.stdout).toContain('apex:check: FAILED with 1 error(s)');
    expect(result.status).toBe(1);
  });
});
