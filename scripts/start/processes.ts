/**
 * The child processes `npm start` runs: the project's other CLIs (through ts-node, their output
 * streamed with an indent so long steps show progress as they go) and the Salesforce CLI
 * installed with the project (`sf … --json`, with a heartbeat while it works).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../lib/cli';

export interface ProcessResult {
  code: number;
  /** stdout and stderr as they came. */
  output: string;
  stdout: string;
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void }
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    let stdout = '';
    let partial = '';
    const take = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      if (!options.onLine) return;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      lines.forEach((line) => options.onLine!(line));
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      take(chunk);
    });
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial && options.onLine) options.onLine(partial);
      resolve({ code: code ?? 1, output, stdout });
    });
  });
}

/** Where the project's CLI for `name` is, or undefined when this checkout has none. */
export function projectCli(root: string, name: string): string | undefined {
  const file = path.join(root, 'scripts', 'cli', `${name}.ts`);
  return existsSync(file) ? file : undefined;
}

/** Runs a project CLI (`npm run <name>` without npm's noise), streaming its output indented. */
export function runProjectCli(
  root: string,
  file: string,
  args: string[],
  log: (line: string) => void,
  indent = '    │ '
): Promise<ProcessResult> {
  return run(
    process.execPath,
    [path.join(root, 'node_modules', 'ts-node', 'dist', 'bin.js'), file, ...args],
    {
      cwd: root,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', FORCE_COLOR: '0' },
      onLine: (line) => log(`${indent}${line}`)
    }
  );
}

/** `sf <args> --json`: the parsed `result`, or a ToolError with the CLI's own message. */
export type SfRunner = (args: string[]) => Promise<Record<string, unknown>>;

export function sfRunner(root: string, log: (line: string) => void): SfRunner {
  return async (args) => {
    const bin = path.join(root, 'node_modules', '.bin', 'sf');
    if (!existsSync(bin))
      throw new ToolError(
        'The Salesforce CLI is not installed (node_modules/.bin/sf): run npm install.'
      );
    const started = Date.now();
    const heartbeat = setInterval(
      () => log(`    … still working (${Math.round((Date.now() - started) / 1000)} s)`),
      20_000
    );
    let result: ProcessResult;
    try {
      result = await run(bin, [...args, '--json'], {
        cwd: root,
        env: {
          ...process.env,
          SF_DISABLE_TELEMETRY: 'true',
          SF_AUTOUPDATE_DISABLE: 'true',
          FORCE_COLOR: '0'
        }
      });
    } finally {
      clearInterval(heartbeat);
    }
    // --json puts one JSON document on stdout; warnings go to stderr.
    const start = result.stdout.indexOf('{');
    let parsed: {
      status?: number;
      result?: Record<string, unknown>;
      message?: string;
      name?: string;
    };
    try {
      parsed = JSON.parse(result.stdout.slice(start)) as typeof parsed;
    } catch {
      throw new ToolError(
        `sf ${args.slice(0, 3).join(' ')} failed (exit ${result.code}):\n${result.output.trim()}`
      );
    }
    if (result.code !== 0 || parsed.status !== 0)
      throw new ToolError(
        `sf ${args.slice(0, 3).join(' ')}: ${parsed.name ? `${parsed.name}: ` : ''}${parsed.message ?? result.output.trim()}`
      );
    return parsed.result ?? {};
  };
}
