/** Runs the test-user rule (test-users.ts) over files on disk. */
import { readFileSync } from 'node:fs';
import type { Finding } from './findings';
import { findTestUserViolations, parseClass, userModeMethods } from './test-users';

export interface TestUserRun {
  findings: Finding[];
  testClasses: number;
  userModeMethods: number;
}

export function runTestUserCheck(files: string[]): TestUserRun {
  const sources = files
    .filter((file) => file.endsWith('.cls'))
    .map((file) => ({ file, source: readFileSync(file, 'utf8') }));
  const classes = sources.flatMap((source) => parseClass(source.file, source.source) ?? []);
  const userMode = userModeMethods(classes);
  return {
    findings: findTestUserViolations(sources),
    testClasses: classes.filter((cls) => cls.isTest).length,
    userModeMethods: [...userMode.values()].reduce((sum, names) => sum + names.size, 0)
  };
}
