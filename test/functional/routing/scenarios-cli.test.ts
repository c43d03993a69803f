/** `npm run scenarios` as a process: help, the mode it requires, and the committed file up to date. */
import { runCliSync } from '../../builders/cli';

describe('npm run scenarios', () => {
  it('given --help, then it names both modes and the retraining steps', () => {
    const run = runCliSync('scenarios', ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--refresh');
    expect(run.stdout).toContain('--check');
    expect(run.stdout).toContain('npm run triage:train, then npm run scenarios -- --refresh');
  });

  it('given neither --refresh nor --check, then it says so and exits 1', () => {
    const run = runCliSync('scenarios', []);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('name one of --refresh');
  });

  it('given the committed scenarios and model, when checked, then they are up to date', () => {
    const run = runCliSync('scenarios', ['--check']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      'scenarios: force-app/routing-engine/staticresources/RoutingScenarios.json up to date\n'
    );
  }, 60_000);
});
