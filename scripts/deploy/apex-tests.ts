/**
 * Runs the org's Apex tests with the Salesforce CLI installed with the project
 * (`sf apex run test`), after the deploy and after the running admin holds the project's
 * permission sets: fields deployed through the Metadata API give nobody field access, so tests of
 * user-mode code fail on field access when they run inside the deploy, before any assignment.
 * The CLI's own report streams through; its exit status (100 when a test fails) decides ours.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../lib/cli';

export interface ApexTestRequest {
  /** Alias or username the Salesforce CLI knows. */
  targetOrg: string;
  testLevel: 'RunSpecifiedTests' | 'RunLocalTests' | 'RunAllTestsInOrg';
  /** Test classes, with RunSpecifiedTests. */
  tests: string[];
  log: (line: string) => void;
}

/** Returns the CLI's exit status: 0 when every test passed. */
export type ApexTestRunner = (request: ApexTestRequest) => Promise<number>;

export function apexTestArgs(request: ApexTestRequest): string[] {
  return [
    'apex',
    'run',
    'test',
    '--target-org',
    request.targetOrg,
    ...(request.testLevel === 'RunSpecifiedTests'
      ? request.tests.flatMap((name) => ['--class-names', name])
      : ['--test-level', request.testLevel]),
    '--code-coverage',
    '--result-format',
    'human',
    '--wait',
    '60'
  ];
}

/** `sf apex run test` from node_modules/.bin, its output streamed line by line. */
export function sfApexTestRunner(root: string): ApexTestRunner {
  return (request) =>
    new Promise((resolve, reject) => {
      const bin = path.join(root, 'node_modules', '.bin', 'sf');
      if (!existsSync(bin))
        return reject(
          new ToolError('The Salesforce CLI is not installed (node_modules/.bin/sf): run npm ci.')
        );
      const child = spawn(bin, apexTestArgs(request), {
        cwd: root,
        env: { ...process.env, SF_AUTOUPDATE_DISABLE: 'true', FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe']
      });
      let partial = '';
      const take = (chunk: Buffer) => {
        const lines = (partial + chunk.toString('utf8')).split('\n');
        partial = lines.pop() ?? '';
        lines.forEach((line) => request.log(`    │ ${line}`));
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.on('error', reject);
      child.on('close', (code) => {
        if (partial) request.log(`    │ ${partial}`);
        resolve(code ?? 1);
      });
    });
}
