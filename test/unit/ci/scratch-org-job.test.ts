/**
 * The CI job that runs against a real scratch org: it must assign what the Apex tests need before
 * they run (deployed fields give nobody access), run every local test and the smoke test, and be
 * skipped, with a clear message, when no Dev Hub secret is configured.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const workflow = readFileSync(path.resolve(__dirname, '../../../.github/workflows/ci.yml'), 'utf8');
const job = workflow.slice(workflow.indexOf('\n  scratch-org:'));

/** The job's steps as { if, run } pairs (`run: |` blocks joined). */
function steps(): { name: string; condition: string; run: string }[] {
  return job
    .split(/\n {6}- /)
    .slice(1)
    .map((step) => ({
      name: /^name: (.*)$/m.exec(step)?.[1] ?? /uses: (.*)$/m.exec(step)?.[1] ?? '',
      condition: /^\s*if: (.*)$/m.exec(step)?.[1] ?? '',
      run: (/run: \|\n([\s\S]*)$/.exec(step)?.[1] ?? /run: (.*)$/m.exec(step)?.[1] ?? '').trim()
    }));
}

it('given the workflow, when the Dev Hub secret is missing, then one step says the job is skipped and every other step is off', () => {
  const all = steps();
  expect(all[0]).toMatchObject({ condition: "env.SFDX_AUTH_URL == ''" });
  expect(all[0]!.run).toMatch(
    /::notice::No DEVHUB_SFDX_AUTH_URL secret: the scratch-org job .* is skipped/
  );
  for (const step of all.slice(1)) expect(step.condition).toMatch(/env\.SFDX_AUTH_URL != ''/);
});

it('given the workflow, when the secret is present, then it deploys without tests, assigns, seeds, runs all Apex tests and then the smoke test', () => {
  const runs = steps().map((s) => s.run);
  const at = (pattern: RegExp) => {
    const index = runs.findIndex((r) => pattern.test(r));
    expect(index).toBeGreaterThan(-1);
    return index;
  };
  const deploy = at(/^npm run deploy -- --target-org ci-scratch$/);
  const seed = at(/^npm run seed -- --target-org ci-scratch$/);
  const tests = at(/^npx sf apex run test --target-org ci-scratch --test-level RunLocalTests /);
  const smoke = at(/^npm run smoke -- --target-org ci-scratch$/);
  expect([deploy, seed, tests, smoke]).toEqual(
    [...[deploy, seed, tests, smoke]].sort((a, b) => a - b)
  );
  // Tests inside the deploy would run before any permission set is assigned.
  expect(runs[deploy]).not.toMatch(/--test-level/);
});
