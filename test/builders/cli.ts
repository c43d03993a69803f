/**
 * Runs one of the project's CLIs (scripts/cli/<name>.ts) as a real process, the way `npm run <name>`
 * does, for the functional tests. ts-node runs in transpile-only mode, as in package.json.
 */
import { execFile, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../../scripts/lib/project';

const root = repoRoot();

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Standard input. */
  input?: string;
  /** The whole environment (default: this process's); TS_NODE_TRANSPILE_ONLY is added. */
  env?: NodeJS.ProcessEnv;
}

function command(name: string, args: readonly string[]): string[] {
  return [
    path.join(root, 'node_modules/ts-node/dist/bin.js'),
    path.join(root, 'scripts/cli', `${name}.ts`),
    ...args
  ];
}

const environment = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => ({
  ...env,
  TS_NODE_TRANSPILE_ONLY: 'true'
});

/** Blocks until the CLI ends: for CLIs that need nothing from this process while they run. */
export function runCliSync(
  name: string,
  args: readonly string[],
  options: CliOptions = {}
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, command(name, args), {
    cwd: root,
    input: options.input,
    encoding: 'utf8',
    env: environment(options.env)
  });
}

/** Lets this process go on while the CLI runs: for CLIs that call a fake server in this process. */
export function runCliAsync(
  name: string,
  args: readonly string[],
  options: CliOptions = {}
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      command(name, args),
      { cwd: root, env: environment(options.env), maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    );
  });
}
