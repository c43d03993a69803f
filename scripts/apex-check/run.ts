/**
 * `npm run apex:check`: the offline Apex checks in order (semantic, PMD, test users, formatting),
 * each timed, with findings mapped to the real files. Without Java the two Java-based checks are
 * skipped with a warning, unless CI is set: CI must run them.
 */
import path from 'node:path';
import { repoRoot } from '../lib/project';
import { apexFiles, sourceDirs } from './apex-files';
import type { CheckName, CheckResult, Finding } from './findings';
import { runFormatCheck } from './format';
import { findJava, javaMajor, type JavaTools } from './java';
import { runPmd, PMD_SELECTOR } from './pmd';
import { runSemanticCheck } from './semantic';
import { runTestUserCheck } from './test-users-check';

export const CHECKS: CheckName[] = ['semantic', 'pmd', 'test-users', 'format'];

/** Checks that need no Java. */
const WITHOUT_JAVA = new Set<CheckName>(['test-users', 'format']);

export interface ApexCheckOptions {
  /** The SFDX project to check (default: this repository). */
  root?: string;
  checks?: CheckName[];
  keepTemp?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Called as each check finishes. */
  onResult?: (result: CheckResult) => void;
}

export interface ApexCheckReport {
  root: string;
  results: CheckResult[];
  errors: Finding[];
  warnings: Finding[];
  /** Checks that did not run, and why. */
  skipped: { check: CheckName; reason: string }[];
  /** True when a skipped check must count as a failure (CI without Java). */
  skipIsFailure: boolean;
  ok: boolean;
}

const TITLES: Record<CheckName, string> = {
  semantic: 'semantic check (ApexLink 2.3.7 with platform stubs)',
  pmd: `PMD (${PMD_SELECTOR})`,
  'test-users': 'test users (user-mode code only in System.runAs of a TestUserFactory user)',
  format: 'formatting (Prettier + prettier-plugin-apex)'
};

function usableJava(env: NodeJS.ProcessEnv): { java?: JavaTools; reason?: string } {
  const java = findJava(env);
  if (!java)
    return {
      reason:
        'Java not found (install a JDK 17, e.g. `apt-get install openjdk-17-jdk`, or set JAVA_HOME)'
    };
  if (javaMajor(java.version) < 11)
    return {
      reason: `Java ${java.version} is too old: ApexLink and PMD 7 need Java 11+ (17 recommended)`
    };
  return { java };
}

export async function runApexCheck(options: ApexCheckOptions = {}): Promise<ApexCheckReport> {
  const toolRoot = repoRoot(__dirname);
  const root = path.resolve(options.root ?? toolRoot);
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const checks = options.checks ?? CHECKS;
  const cacheDir = path.join(toolRoot, '.cache', 'apex-check');
  const files = apexFiles(root);
  const dirs = sourceDirs(root);
  const needsJava = checks.some((check) => !WITHOUT_JAVA.has(check));
  const { java, reason } = needsJava ? usableJava(env) : {};

  const results: CheckResult[] = [];
  const skipped: ApexCheckReport['skipped'] = [];
  for (const [index, check] of checks.entries()) {
    log(`[${index + 1}/${checks.length}] ${TITLES[check]}`);
    const started = Date.now();
    const done = (findings: Finding[], scope: string, skip?: string): void => {
      const result: CheckResult = { check, findings, scope, millis: Date.now() - started };
      if (skip) result.skipped = skip;
      results.push(result);
      options.onResult?.(result);
    };
    if (files.length === 0) {
      done([], 'no Apex files');
      continue;
    }
    if (!WITHOUT_JAVA.has(check) && !java) {
      skipped.push({ check, reason: reason ?? 'Java not available' });
      done([], 'skipped', reason);
      continue;
    }
    if (check === 'semantic' && java) {
      const workDir = path.join(cacheDir, `work-${process.pid}-${Date.now()}`);
      const run = runSemanticCheck({
        root,
        cacheDir,
        workDir,
        toolRoot,
        java,
        keepTemp: options.keepTemp ?? false
      });
      const notes = [`${run.files} Apex files`];
      if (run.rewrites) notes.push(`${run.rewrites} user-mode clauses rewritten for the parser`);
      if (run.platformJarBuilt) notes.push('platform stubs compiled');
      done(run.findings, notes.join(', '));
    } else if (check === 'pmd') {
      const run = await runPmd(dirs, files);
      done(run.findings, `${run.files} Apex files, ${run.rules} rules`);
    } else if (check === 'test-users') {
      const run = runTestUserCheck(files);
      done(
        run.findings,
        `${run.testClasses} test classes, ${run.userModeMethods} user-mode methods`
      );
    } else if (check === 'format') {
      const run = await runFormatCheck(files, root, toolRoot);
      done(run.findings, `${run.files} Apex files`);
    }
  }
  const all = results.flatMap((result) => result.findings);
  const errors = all.filter((finding) => finding.severity === 'error');
  const warnings = all.filter((finding) => finding.severity === 'warning');
  const skipIsFailure = skipped.length > 0 && Boolean(env.CI);
  return {
    root,
    results,
    errors,
    warnings,
    skipped,
    skipIsFailure,
    ok: errors.length === 0 && !skipIsFailure
  };
}
